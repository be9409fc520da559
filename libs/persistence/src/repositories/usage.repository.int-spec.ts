import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';
import { aNewNotification, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';
import { UsageRepository } from './usage.repository';

// The financial year 2025 to 2026 in UK time: 1 April 2025 and 1 May 2025 start at 23:00 UTC the day before (BST).
const APRIL_2025 = new Date('2025-03-31T23:00:00.000Z');
const MAY_2025 = new Date('2025-04-30T23:00:00.000Z');
const APRIL_2026 = new Date('2026-03-31T23:00:00.000Z');
const JUST_BEFORE = (instant: Date) => new Date(instant.getTime() - 1);

describe.each(BOTH_DATABASES)('usage on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let usage: UsageRepository;
  let postgres: boolean;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    usage = app.get(UsageRepository);
    postgres = app.get(DataSource).options.type === 'postgres';
  });
  afterAll(() => app.close());

  async function aService(): Promise<{ id: string; templates: Record<TemplateType, string> }> {
    const id = (await app.get(ServiceRepository).create({ name: `Usage ${randomUUID()}`, restricted: false })).id;
    const templates = app.get(TemplateRepository);
    return {
      id,
      templates: {
        email: (await templates.create(id, { name: 'Email', type: 'email', subject: 'Hi', content: 'Hello' })).id,
        sms: (await templates.create(id, { name: 'Text', type: 'sms', subject: null, content: 'Hello' })).id,
        letter: (await templates.create(id, { name: 'Letter', type: 'letter', subject: 'Hi', content: 'Hello' })).id,
      },
    };
  }

  type Sent = { channel: TemplateType; at: Date; units?: number; keyType?: KeyType; status?: NotificationStatus };

  async function sent(service: { id: string; templates: Record<TemplateType, string> }, { channel, at, units = 0, keyType = 'normal', status }: Sent) {
    const notification = aNewNotification(service.id, service.templates[channel], {
      type: channel,
      keyType,
      billableUnits: units,
      createdAt: at,
      recipient: channel === 'sms' ? '+447700900123' : 'jo@example.com',
    });
    await app.get(NotificationRepository).insert(notification);
    if (status) await app.get(DataSource).query(`UPDATE notifications SET status = '${status}' WHERE id = '${notification.id}'`);
  }

  /** A notification the retention purge has moved to history. */
  async function purged(service: { id: string; templates: Record<TemplateType, string> }, { channel, at, units = 0 }: Sent) {
    const p = (i: number) => (postgres ? `$${i}` : '?');
    const time = (d: Date) => (postgres ? d : d.toISOString().replace('T', ' ').replace('Z', ''));
    await app.get(DataSource).query(
      `INSERT INTO notification_history (id, service_id, template_id, template_version, key_type, notification_type, status, billable_units, created_at, purged_at)
         VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(p).join(', ')})`,
      [randomUUID(), service.id, service.templates[channel], 1, 'normal', channel, 'delivered', units, time(at), time(new Date())],
    );
  }

  it('counts messages, text fragments and letter sheets per UK month, from midnight on 1 April to the end of 31 March', async () => {
    const service = await aService();
    await sent(service, { channel: 'email', at: JUST_BEFORE(APRIL_2025) }); // 31 March 2025, 23:59 UK: the year before
    await sent(service, { channel: 'email', at: APRIL_2025 }); // 1 April 2025, 00:00 UK
    await sent(service, { channel: 'sms', at: JUST_BEFORE(MAY_2025), units: 3 }); // 30 April, 23:59 UK
    await sent(service, { channel: 'sms', at: MAY_2025, units: 2 }); // 1 May, 00:00 UK
    await sent(service, { channel: 'letter', at: JUST_BEFORE(APRIL_2026), units: 3 }); // 31 March 2026, 23:59 UK: 3 pages, 2 sheets
    await sent(service, { channel: 'letter', at: new Date('2025-12-15T12:00:00Z'), units: 4 }); // 2 sheets
    await sent(service, { channel: 'letter', at: APRIL_2026, units: 1 }); // 1 April 2026: the next year
    await purged(service, { channel: 'sms', at: new Date('2025-08-01T09:00:00Z'), units: 4 });

    expect(await usage.usage([service.id], [APRIL_2025, MAY_2025, APRIL_2026])).toEqual([
      { serviceId: service.id, period: 0, channel: 'email', messages: 1, billableUnits: 0, sheets: 0 },
      { serviceId: service.id, period: 0, channel: 'sms', messages: 1, billableUnits: 3, sheets: 0 },
      { serviceId: service.id, period: 1, channel: 'letter', messages: 2, billableUnits: 7, sheets: 4 },
      { serviceId: service.id, period: 1, channel: 'sms', messages: 2, billableUnits: 6, sheets: 0 },
    ]);
  });

  it('leaves out test keys, messages never sent and other services, and counts each service apart', async () => {
    const service = await aService();
    const sister = await aService();
    const stranger = await aService();
    const at = new Date('2025-06-10T10:00:00Z');
    await sent(service, { channel: 'email', at, keyType: 'test' });
    await sent(service, { channel: 'email', at, status: 'cancelled' });
    await sent(service, { channel: 'sms', at, units: 1, status: 'technical-failure' });
    await sent(service, { channel: 'email', at, status: 'permanent-failure' });
    await sent(service, { channel: 'email', at, status: 'delivered' });
    await sent(sister, { channel: 'sms', at, units: 2 });
    await sent(stranger, { channel: 'email', at });

    const counted = await usage.usage([service.id, sister.id], [APRIL_2025, APRIL_2026]);
    expect(counted).toEqual(
      [
        { serviceId: service.id, period: 0, channel: 'email', messages: 2, billableUnits: 0, sheets: 0 },
        { serviceId: sister.id, period: 0, channel: 'sms', messages: 1, billableUnits: 2, sheets: 0 },
      ].sort((a, b) => a.serviceId.localeCompare(b.serviceId)),
    );
  });

  it('finds when a service first sent, ignoring test keys and messages never sent, and including purged ones', async () => {
    const service = await aService();
    expect(await usage.firstSentAt([service.id])).toBeNull();
    await sent(service, { channel: 'email', at: new Date('2019-05-01T10:00:00Z'), keyType: 'test' });
    await sent(service, { channel: 'email', at: new Date('2020-05-01T10:00:00Z'), status: 'cancelled' });
    await sent(service, { channel: 'email', at: new Date('2024-02-01T10:00:00Z') });
    expect(await usage.firstSentAt([service.id])).toEqual(new Date('2024-02-01T10:00:00Z'));
    await purged(service, { channel: 'letter', at: new Date('2023-03-31T23:30:00.250Z') });
    expect(await usage.firstSentAt([service.id])).toEqual(new Date('2023-03-31T23:30:00.250Z'));
  });
});
