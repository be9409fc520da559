import request from 'supertest';
import type { Service, TemplateType } from '@herald/domain';
import { NotificationRepository, TeamMemberRepository } from '@herald/persistence';
import { aNewNotification, aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';
import { financialYearOf, ukMonthStart } from '../usage/financial-year';

/** Organisations behind the internal API: the list (platform admins), one organisation's services, usage and team. */
describe('organisations (internal API)', () => {
  let herald: HeraldUnderTest;
  const organisation = `Department for Tests / ${Date.now()}`;
  let pensions: Service;
  let benefits: Service;
  let elsewhere: Service;
  let alex: TestUser;
  let sam: TestUser;
  let admin: string;
  const thisYear = financialYearOf(new Date());
  const yearStart = ukMonthStart(thisYear, 3);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    pensions = await herald.scenario.aService({ name: 'Pensions', settings: { organisation } });
    benefits = await herald.scenario.aService({ name: 'Benefits', live: false, settings: { organisation } });
    elsewhere = await herald.scenario.aService({ name: 'Elsewhere', settings: { organisation: 'Another Department' } });
    alex = await herald.scenario.aUser({ serviceId: pensions.id, name: 'Alex Able', permissions: ['send_messages'] });
    await herald.scenario.aUser({ serviceId: elsewhere.id, name: 'Eve Elsewhere' });
    sam = await herald.scenario.aUser({ serviceId: benefits.id, name: 'Sam Smith' });
    await herald.get(NotificationRepository).insert(aNewNotification(pensions.id, (await herald.scenario.anEmailTemplate(pensions.id)).id));
    // Sam is in both services' teams.
    await herald.get(TeamMemberRepository).add(pensions.id, sam.id, ['view_dashboard']);
    admin = await sessionOf((await herald.scenario.aUser({ platformAdmin: true })).id);
  });
  afterAll(() => herald.stop());

  const sessionOf = async (userId: string) => `Bearer ${await herald.scenario.aSession(userId)}`;
  const get = (session: string, path: string, query: Record<string, string> = {}) =>
    request(herald.baseUrl).get(`/internal/${path}`).query(query).set('Authorization', session);
  const page = (name: string) => `organisations/${encodeURIComponent(name)}`;

  async function sent(serviceId: string, channel: TemplateType, at: Date, units = 0): Promise<void> {
    const template = channel === 'email' ? await herald.scenario.anEmailTemplate(serviceId) : await herald.scenario.aTemplateOfType(serviceId, channel);
    const recipient = channel === 'sms' ? '+447700900123' : 'jo@example.com';
    await herald
      .get(NotificationRepository)
      .insert(aNewNotification(serviceId, template.id, { type: channel, billableUnits: units, createdAt: at, recipient }));
  }

  it('lists every organisation with its services for platform admins, and the services with none', async () => {
    const body = (await get(admin, 'organisations').expect(200)).body;
    const ours = body.organisations.find((o: { name: string }) => o.name === organisation);
    expect(ours.services).toEqual([
      { id: benefits.id, name: 'Benefits', live: false, active: true },
      { id: pensions.id, name: 'Pensions', live: true, active: true },
    ]);
    expect(body.organisations.find((o: { name: string }) => o.name === 'Another Department').services.map((s: { id: string }) => s.id)).toEqual([elsewhere.id]);
    const names: string[] = body.organisations.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps the list from anyone but platform admins (403)', async () => {
    await get(await sessionOf(alex.id), 'organisations').expect(403);
  });

  it('shows an organisation’s services with this year’s usage per channel, and the totals', async () => {
    await sent(pensions.id, 'sms', yearStart, 2); // 1 April, 00:00 UK: this year
    await sent(pensions.id, 'sms', new Date(yearStart.getTime() - 1), 5); // 31 March: the year before
    await sent(benefits.id, 'letter', new Date(yearStart.getTime() + 86_400_000), 3);
    await sent(benefits.id, 'email', new Date(yearStart.getTime() + 86_400_000));
    await sent(elsewhere.id, 'email', new Date(yearStart.getTime() + 86_400_000));

    const body = (await get(admin, page(organisation)).expect(200)).body;
    expect(body).toMatchObject({ name: organisation, financialYear: thisYear, financialYears: [thisYear, thisYear - 1] });
    // The email inserted in beforeAll was sent today.
    expect(body.services).toEqual([
      {
        id: benefits.id,
        name: 'Benefits',
        live: false,
        active: true,
        usage: { emails: 1, textMessages: 0, textMessageFragments: 0, letters: 1, letterSheets: 2 },
      },
      {
        id: pensions.id,
        name: 'Pensions',
        live: true,
        active: true,
        usage: { emails: 1, textMessages: 1, textMessageFragments: 2, letters: 0, letterSheets: 0 },
      },
    ]);
    expect(body.total).toEqual({ emails: 2, textMessages: 1, textMessageFragments: 2, letters: 1, letterSheets: 2 });

    const before = (await get(admin, page(organisation), { year: String(thisYear - 1) }).expect(200)).body;
    expect(before.total).toEqual({ emails: 0, textMessages: 1, textMessageFragments: 5, letters: 0, letterSheets: 0 });
    await get(admin, page(organisation), { year: String(thisYear - 2) }).expect(404);
  });

  it('names the team of its services, each person once with the services they are in', async () => {
    const body = (await get(admin, page(organisation)).expect(200)).body;
    expect(body.team).toEqual([
      { name: 'Alex Able', emailAddress: alex.emailAddress, services: [{ id: pensions.id, name: 'Pensions' }] },
      {
        name: 'Sam Smith',
        emailAddress: sam.emailAddress,
        services: [
          { id: benefits.id, name: 'Benefits' },
          { id: pensions.id, name: 'Pensions' },
        ],
      },
    ]);
  });

  it('opens to members of its services, and to nobody else: 403 whether the organisation exists or not', async () => {
    await get(await sessionOf(alex.id), page(organisation)).expect(200);
    const eve = await herald.scenario.aUser({ serviceId: elsewhere.id });
    await get(await sessionOf(eve.id), page(organisation)).expect(403);
    await get(await sessionOf(eve.id), page('No Such Department')).expect(403);
    await get(admin, page('No Such Department')).expect(404);
  });
});
