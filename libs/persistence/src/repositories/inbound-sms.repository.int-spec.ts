import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewInboundText } from '@herald/domain';
import { InboundSmsRepository } from './inbound-sms.repository';
import { ServiceRepository } from './service.repository';

describe.each(BOTH_DATABASES)('received texts on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let texts: InboundSmsRepository;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    texts = app.get(InboundSmsRepository);
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Inbound ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Inbound other ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  const aText = (overrides: Partial<NewInboundText> = {}): NewInboundText => ({
    serviceId,
    notifyNumber: '447700900500',
    userNumber: '447700900111',
    content: 'Hi',
    provider: 'twilio',
    providerReference: null,
    ...overrides,
  });

  it('keeps the sender’s number and the message encrypted, and returns them decrypted', async () => {
    const stored = await texts.insert(aText({ content: 'Plain words', providerReference: `SM${randomUUID()}` }));
    const [raw] = await app.get(DataSource).query(`SELECT user_number, content FROM inbound_sms WHERE id = '${stored!.id}'`);
    expect(raw.user_number).not.toContain('447700900111');
    expect(raw.content).not.toContain('Plain');
    expect(stored).toMatchObject({ userNumber: '447700900111', content: 'Plain words' });
  });

  it('stores a provider’s message once', async () => {
    const providerReference = `SM${randomUUID()}`;
    expect(await texts.insert(aText({ providerReference }))).not.toBeNull();
    expect(await texts.insert(aText({ providerReference }))).toBeNull();
  });

  it('pages newest first, ordering texts of the same instant by id, within one service', async () => {
    const at = new Date('2026-11-01T10:00:00.123Z');
    const owner = (await app.get(ServiceRepository).create({ name: `Pager ${randomUUID()}`, restricted: true })).id;
    for (let i = 0; i < 5; i++) await texts.insert(aText({ serviceId: owner, content: `t${i}`, createdAt: i < 2 ? at : new Date(at.getTime() + i * 1000) }));
    const all = await texts.listForService(owner, { limit: 10 });
    expect(all.map((t) => t.content).slice(0, 3)).toEqual(['t4', 't3', 't2']);
    expect(all[3].id > all[4].id).toBe(true);

    const page1 = await texts.listForService(owner, { limit: 4 });
    const page2 = await texts.listForService(owner, { limit: 4, olderThanId: page1[3].id });
    expect([...page1, ...page2].map((t) => t.id)).toEqual(all.map((t) => t.id));
    expect(await texts.listForService(otherServiceId, { limit: 10, olderThanId: page1[0].id })).toEqual([]);
    expect(await texts.listForService(owner, { limit: 10, olderThanId: randomUUID() })).toEqual([]);
  });
});
