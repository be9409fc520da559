import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationSearch, NotificationSearchRepository } from './notification-search.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('searching notifications by part of a recipient or reference on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let search: NotificationSearchRepository;
  let serviceId: string;
  let otherServiceId: string;
  const templates = new Map<string, string>();
  const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 12, minutes));

  const aService = async (): Promise<string> => {
    const id = (await app.get(ServiceRepository).create({ name: `Search ${randomUUID()}`, restricted: false })).id;
    for (const type of ['email', 'sms'] as const) {
      templates.set(
        `${id}:${type}`,
        (await app.get(TemplateRepository).create(id, { name: type, type, subject: type === 'sms' ? null : 'Hi', content: 'Hello' })).id,
      );
    }
    return id;
  };

  const aNotification = async (
    channel: TemplateType,
    recipient: string,
    normalisedRecipient: string,
    options: { service?: string; reference?: string; status?: NotificationStatus; createdAt: Date; createdById?: string },
  ): Promise<string> => {
    const id = randomUUID();
    const service = options.service ?? serviceId;
    await app.get(NotificationRepository).insert({
      id,
      serviceId: service,
      templateId: templates.get(`${service}:${channel}`)!,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: channel,
      recipient,
      normalisedRecipient,
      personalisation: {},
      clientReference: options.reference ?? null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: options.createdById ?? null,
      createdAt: options.createdAt,
    });
    if (options.status) await app.get(DataSource).query(`UPDATE notifications SET status = '${options.status}' WHERE id = '${id}'`);
    return id;
  };

  const ids = async (query: Partial<NotificationSearch>): Promise<{ ids: string[]; limited: boolean }> => {
    const results = search.search(serviceId, { scanLimit: 10_000, ...query });
    const found: string[] = [];
    for await (const row of results.rows) found.push(row.id);
    return { ids: found, limited: results.limited };
  };
  const term = (text: string, fragments: string[], normalisedRecipients: string[] = []) => ({ search: { normalisedRecipients, fragments, reference: text } });

  let ada: string;
  let adaText: string;
  let charles: string;
  let percent: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    search = app.get(NotificationSearchRepository);
    serviceId = await aService();
    otherServiceId = await aService();
    ada = await aNotification('email', 'Ada.Lovelace@Example.com', 'ada.lovelace@example.com', {
      reference: 'claim-1815',
      status: 'delivered',
      createdAt: at(1),
    });
    adaText = await aNotification('sms', '07700 900123', '447700900123', { status: 'permanent-failure', createdAt: at(2), createdById: randomUUID() });
    charles = await aNotification('email', 'charles@example.com', 'charles@example.com', { reference: 'CLAIM-1791', createdAt: at(3) });
    percent = await aNotification('email', 'pc@example.com', 'pc@example.com', { reference: '50%_off', createdAt: at(4) });
    await aNotification('email', 'ada.lovelace@example.com', 'ada.lovelace@example.com', { service: otherServiceId, createdAt: at(5) });
  });
  afterAll(() => app.close());

  it('finds an email address by part of it, newest first, in this service only', async () => {
    expect((await ids(term('lovelace', ['lovelace']))).ids).toEqual([ada]);
    expect((await ids(term('example.com', ['example.com']))).ids).toEqual([percent, charles, ada]);
  });

  it('finds a phone number by part of its digits, as typed or in international form', async () => {
    expect((await ids(term('900 123', ['900123']))).ids).toEqual([adaText]);
    expect((await ids(term('+44 7700', ['+447700', '447700']))).ids).toEqual([adaText]);
  });

  it('finds by part of a reference in any case, taking % and _ literally', async () => {
    expect((await ids(term('claim-17', ['claim-17']))).ids).toEqual([charles]);
    expect((await ids(term('%_', ['%_']))).ids).toEqual([percent]);
  });

  it('filters by channel and status, and gives who sent each one', async () => {
    expect((await ids({ ...term('e', ['e']), channels: ['sms'] })).ids).toEqual([]);
    expect((await ids({ ...term('7', ['7']), statuses: ['permanent-failure'] })).ids).toEqual([adaText]);
    const results = search.search(serviceId, { ...term('900', ['900']), scanLimit: 100 });
    const [row] = [(await results.rows.next()).value];
    expect(row).toMatchObject({ id: adaText, channel: 'sms', recipient: '07700 900123', createdById: expect.any(String), apiKeyId: null });
  });

  it('lists every notification newest first when nothing is searched, from an offset', async () => {
    expect((await ids({})).ids).toEqual([percent, charles, adaText, ada]);
    expect((await ids({ offset: 2 })).ids).toEqual([adaText, ada]);
  });

  it('past the scan limit, finds older ones by a whole recipient or part of a reference only, and says the search was limited', async () => {
    const service = await aService();
    const old = await aNotification('email', 'old.friend@example.com', 'old.friend@example.com', { service, reference: 'case-old', createdAt: at(0) });
    for (let i = 0; i < 500; i += 1) await aNotification('sms', '07700 900000', '447700900000', { service, createdAt: at(10) });
    const found = async (query: NotificationSearch['search']) => {
      const results = search.search(service, { search: query, scanLimit: 500 });
      const rows: string[] = [];
      for await (const row of results.rows) if (row.channel === 'email') rows.push(row.id);
      return { rows, limited: results.limited };
    };
    expect(await found({ normalisedRecipients: [], fragments: ['friend'], reference: 'friend' })).toEqual({ rows: [], limited: true });
    expect(
      await found({ normalisedRecipients: ['old.friend@example.com'], fragments: ['old.friend@example.com'], reference: 'old.friend@example.com' }),
    ).toEqual({
      rows: [old],
      limited: true,
    });
    expect(await found({ normalisedRecipients: [], fragments: ['se-ol'], reference: 'se-ol' })).toEqual({ rows: [old], limited: true });
    expect(await found({ normalisedRecipients: [], fragments: ['%'], reference: '%' })).toEqual({ rows: [], limited: true });
  });
});
