import request from 'supertest';
import type { Service, TeamPermission, TemplateType } from '@herald/domain';
import { NotificationRepository } from '@herald/persistence';
import { aNewNotification, aTestConfig, HeraldUnderTest } from '@herald/testing';
import { financialYearOf, ukMonthStart } from './financial-year';

/** Usage by UK month over a financial year (1 April to 31 March), behind the internal API, on PostgreSQL. */
describe('a service’s usage (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let member: string;
  // Relative to today, so the test means the same whichever financial year it runs in.
  const thisYear = financialYearOf(new Date());
  const yearStart = ukMonthStart(thisYear, 3);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ settings: { organisation: 'Department for Usage' } });
    member = await sessionOf(service.id);
  });
  afterAll(() => herald.stop());

  async function sessionOf(serviceId: string, permissions?: TeamPermission[]): Promise<string> {
    const user = await herald.scenario.aUser({ serviceId, permissions });
    return `Bearer ${await herald.scenario.aSession(user.id)}`;
  }

  async function sent(serviceId: string, channel: TemplateType, at: Date, units = 0): Promise<void> {
    const template = channel === 'email' ? await herald.scenario.anEmailTemplate(serviceId) : await herald.scenario.aTemplateOfType(serviceId, channel);
    await herald.get(NotificationRepository).insert(
      aNewNotification(serviceId, template.id, {
        type: channel,
        billableUnits: units,
        createdAt: at,
        recipient: channel === 'sms' ? '+447700900123' : 'jo@example.com',
      }),
    );
  }

  const usage = (session: string, query: Record<string, string> = {}, serviceId = service.id) =>
    request(herald.baseUrl).get(`/internal/services/${serviceId}/usage`).query(query).set('Authorization', session);

  it('shows this financial year month by month, with nothing sent yet, and only this year to switch to', async () => {
    const fresh = await herald.scenario.aService();
    const body = (await usage(await sessionOf(fresh.id), {}, fresh.id).expect(200)).body;
    expect(body.financialYear).toBe(thisYear);
    expect(body.financialYears).toEqual([thisYear]);
    expect(body.months.map((m: { month: string }) => m.month)).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `${thisYear}-${m}`),
      ...['01', '02', '03'].map((m) => `${thisYear + 1}-${m}`),
    ]);
    expect(body.total).toEqual({ emails: 0, textMessages: 0, textMessageFragments: 0, letters: 0, letterSheets: 0 });
    expect(body.organisation).toBeNull();
  });

  it('puts 31 March in the year before and 1 April (UK time) in this one, with fragments and sheets', async () => {
    await sent(service.id, 'email', new Date(yearStart.getTime() - 1)); // 31 March, 23:59:59.999 UK
    await sent(service.id, 'email', yearStart); // 1 April, 00:00 UK
    await sent(service.id, 'sms', new Date(yearStart.getTime() + 60_000), 3);
    await sent(service.id, 'letter', new Date(ukMonthStart(thisYear, 5).getTime() + 1), 5); // 1 June: 3 sheets

    const now = (await usage(member).expect(200)).body;
    expect(now).toMatchObject({ financialYear: thisYear, financialYears: [thisYear, thisYear - 1], organisation: 'Department for Usage' });
    expect(now.months[0]).toEqual({ month: `${thisYear}-04`, emails: 1, textMessages: 1, textMessageFragments: 3, letters: 0, letterSheets: 0 });
    expect(now.months[2]).toEqual({ month: `${thisYear}-06`, emails: 0, textMessages: 0, textMessageFragments: 0, letters: 1, letterSheets: 3 });
    expect(now.total).toEqual({ emails: 1, textMessages: 1, textMessageFragments: 3, letters: 1, letterSheets: 3 });

    const before = (await usage(member, { year: String(thisYear - 1) }).expect(200)).body;
    expect(before.financialYear).toBe(thisYear - 1);
    expect(before.months[11]).toEqual({ month: `${thisYear}-03`, emails: 1, textMessages: 0, textMessageFragments: 0, letters: 0, letterSheets: 0 });
    expect(before.total).toEqual({ emails: 1, textMessages: 0, textMessageFragments: 0, letters: 0, letterSheets: 0 });
  });

  it('answers "not found" for a year with no usage to see, a year to come, or one that is not a year', async () => {
    for (const year of [String(thisYear - 5), String(thisYear + 1), 'last', '2025-26']) {
      await usage(member, { year }).expect(404);
    }
  });

  it('is open to any member of the service, and closed to other services (404) and to no session (401)', async () => {
    await usage(await sessionOf(service.id, ['send_messages'])).expect(200);
    const other = await herald.scenario.aService();
    await usage(await sessionOf(other.id)).expect(404);
    await request(herald.baseUrl).get(`/internal/services/${service.id}/usage`).expect(401);
  });
});
