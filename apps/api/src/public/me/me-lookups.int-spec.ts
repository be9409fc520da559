import request from 'supertest';
import type { MeLookupsResponse } from '@herald/contracts';
import { PurposeLogRepository, RecipientKeys } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, LoopbackIdentityProvider } from '@herald/testing';

const NATIONAL_ID = 'QQ123456C';

/** R-TR-3: the purpose log as the person it is about reads it, through their sign-in's identifier. */
describe('a person’s look-ups (GET /herald/v1/me/lookups)', () => {
  const idp = new LoopbackIdentityProvider({
    citizens: [
      { id: 'ann', name: 'Ann Example', nationalId: NATIONAL_ID },
      { id: 'bob', name: 'Bob Example', nationalId: 'QQ654321A' },
    ],
  });
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await idp.start();
    herald = await HeraldUnderTest.start(await aTestConfig(idp.configFor()));
  });
  afterAll(async () => {
    await herald?.stop();
    await idp.stop();
  });

  async function aLookup(serviceId: string, identifier: string, purposeLabel: string, at: Date) {
    const recipientKey = herald.get(RecipientKeys).forIdentifier({ scheme: 'national_id', value: identifier });
    return herald.get(PurposeLogRepository).insert({
      at,
      serviceId,
      register: 'population',
      recipientKey,
      purpose: 'benefit-letter',
      purposeLabel,
      messageId: null,
      fieldsRequested: ['address', 'email_address'],
      fieldsReturned: ['address'],
      outcome: 'found',
      requestHash: null,
    });
  }

  const lookupsOf = async (citizenId: string, query = '') =>
    (
      await request(herald.baseUrl)
        .get(`/herald/v1/me/lookups${query}`)
        .set('Authorization', await idp.bearerFor(citizenId))
        .expect(200)
    ).body as MeLookupsResponse;

  it('R-TR-3: a look-up of the person’s identifier appears with its citizen-facing purpose; a look-up of someone else does not', async () => {
    const service = await herald.scenario.aService({ name: 'Benefits Office' });
    const mine = await aLookup(service.id, ' qq 123456c ', 'To send you a letter about your benefit', new Date('2026-03-01T10:00:00Z'));
    await aLookup(service.id, 'QQ999999Z', 'To send someone else a letter', new Date('2026-03-02T10:00:00Z'));

    const seen = await lookupsOf('ann');
    expect(seen).toEqual({
      lookups: [
        {
          id: mine.id,
          at: '2026-03-01T10:00:00.000Z',
          organisation: null,
          service: 'Benefits Office',
          register: 'population',
          purpose: 'To send you a letter about your benefit',
          fields_requested: ['address', 'email_address'],
          outcome: 'found',
          message_id: null,
        },
      ],
      offset: 0,
      limit: 100,
      total: 1,
    });
    expect((await lookupsOf('bob')).lookups).toEqual([]);
  });

  it('R-TR-3: pages newest first with offset and limit, and refuses a limit over 500', async () => {
    const service = await herald.scenario.aService({ name: 'Council Tax' });
    const older = await aLookup(service.id, NATIONAL_ID, 'To check where to send your bill', new Date('2026-04-01T10:00:00Z'));
    const newer = await aLookup(service.id, NATIONAL_ID, 'To send your new bill', new Date('2026-04-02T10:00:00Z'));
    const first = await lookupsOf('ann', '?offset=0&limit=2');
    expect(first.lookups.map((l) => l.id)).toEqual([newer.id, older.id]);
    expect(first.total).toBe(3);
    expect((await lookupsOf('ann', '?offset=2&limit=2')).lookups.map((l) => l.purpose)).toEqual(['To send you a letter about your benefit']);

    const refused = await request(herald.baseUrl)
      .get('/herald/v1/me/lookups?limit=501')
      .set('Authorization', await idp.bearerFor('ann'))
      .expect(400);
    expect(refused.body).toEqual({ status_code: 400, errors: [{ error: 'ValidationError', message: 'limit must be a whole number from 1 to 500' }] });
  });

  it('R-TR-3: names the organisation of the service that asked, beside the service', async () => {
    const service = await herald.scenario.aService({ name: 'Pensions Service', settings: { organisation: 'Department for Work and Pensions' } });
    const asked = await aLookup(service.id, NATIONAL_ID, 'To send you your pension statement', new Date('2026-05-01T10:00:00Z'));
    const seen = (await lookupsOf('ann')).lookups.find((l) => l.id === asked.id);
    expect(seen).toMatchObject({ organisation: 'Department for Work and Pensions', service: 'Pensions Service' });
  });
});
