import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { aNewNotification, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewComplaintReport } from '@herald/domain';
import { ComplaintRepository } from './complaint.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('complaints on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let complaints: ComplaintRepository;
  let serviceId: string;
  let notificationId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    complaints = app.get(ComplaintRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Complaints ${randomUUID()}`, restricted: false })).id;
    const templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Mail', type: 'email', subject: 'Hi', content: 'Hello' })).id;
    const email = aNewNotification(serviceId, templateId);
    await app.get(NotificationRepository).insert(email);
    notificationId = email.id;
  });
  afterAll(() => app.close());

  const aReport = (overrides: Partial<NewComplaintReport> = {}): NewComplaintReport => ({
    serviceId,
    notificationId,
    complaintType: 'abuse',
    complaintDate: new Date('2026-12-03T09:10:00Z'),
    source: 'ses',
    reportKey: `fb-${randomUUID()}`,
    ...overrides,
  });

  it('stores a report once, and writes one complaint callback to the outbox with the complaint’s id', async () => {
    const report = aReport();
    expect(await complaints.record(report)).toBe(true);
    expect(await complaints.record(report)).toBe(false);
    const [stored, ...others] = await complaints.findByNotification(serviceId, notificationId);
    expect(others.filter((c) => c.id === stored.id)).toEqual([]);
    expect(stored).toMatchObject({ notificationId, serviceId, complaintType: 'abuse', complaintDate: new Date('2026-12-03T09:10:00Z'), source: 'ses' });
    const events = await app.get(DataSource).query(`SELECT id, callback_type FROM notification_status_events WHERE id = '${stored.id}'`);
    expect(events).toEqual([{ id: stored.id, callback_type: 'complaint' }]);
  });

  it('does not show one service’s complaints to another', async () => {
    await complaints.record(aReport());
    expect(await complaints.findByNotification(randomUUID(), notificationId)).toEqual([]);
  });
});
