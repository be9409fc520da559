import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Service, TeamPermission } from '@herald/domain';
import { AuditRepository, RecipientKeys, RecipientPreferenceRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** The internal endpoints behind the admin's recipient-preferences page. */
describe('recipient preferences (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let otherService: Service;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService();
    otherService = await herald.scenario.aService();
  });
  afterAll(() => herald.stop());

  async function staffOf(serviceId: string, permissions: TeamPermission[] = ['send_messages'], name = 'Sam Caseworker') {
    const user = await herald.scenario.aUser({ serviceId, permissions, name });
    return { ...user, session: `Bearer ${await herald.scenario.aSession(user.id)}` };
  }

  const path = (serviceId: string) => `/internal/services/${serviceId}/recipient-preferences`;
  const show = (session: string, serviceId: string, query: Record<string, string>) =>
    request(herald.baseUrl).get(path(serviceId)).query(query).set('Authorization', session);
  const record = (session: string, serviceId: string, body: object) => request(herald.baseUrl).post(path(serviceId)).set('Authorization', session).send(body);
  const aPerson = () => `Pat.${randomUUID().slice(0, 8)}@example.org`;

  it('R-PR-1: a staff member records an assisted change; the history and the audit event name them, never the address', async () => {
    const staff = await staffOf(service.id);
    const email = aPerson();
    const first = await record(staff.session, service.id, { email_address: email, scope: 'global', channels: { email: false }, language: 'cy' }).expect(200);
    expect(first.body).toMatchObject({ global: { channels: { email: false }, language: 'cy', paper_only: false, format_needs: [] }, service: null });
    await record(staff.session, service.id, {
      email_address: email.toUpperCase(),
      scope: 'service',
      channels: { sms: true },
      muted_kinds: ['optional'],
    }).expect(200);

    const shown = await show(staff.session, service.id, { email_address: ` ${email} ` }).expect(200);
    expect(shown.body.recipient).toBe(`p•••@example.org`);
    expect(shown.body.service).toEqual({ channels: { sms: true }, muted_kinds: ['optional'] });
    expect(shown.body.history).toHaveLength(4);
    expect(shown.body.history[0]).toMatchObject({ scope: 'service', source: 'assisted', recorded_by: 'Sam Caseworker' });
    expect(shown.body.history.map((h: { field: string }) => h.field).sort()).toEqual(['channels.email', 'channels.sms', 'language', 'muted_kinds']);
    expect(shown.body.history.find((h: { field: string }) => h.field === 'language')).toMatchObject({ old_value: null, new_value: 'cy', scope: 'global' });

    const key = herald.get(RecipientKeys).forEmail(email)!;
    expect(shown.body.recipient_key).toBe(key);
    const history = await herald.get(RecipientPreferenceRepository).history(key);
    expect(history.every((c) => c.actorId === staff.id && c.source === 'assisted')).toBe(true);
    const audit = await herald.get(AuditRepository).list({ serviceId: service.id, action: 'recipient-preference.changed', userId: staff.id, limit: 5 });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      subject: key,
      details: { recordedBy: 'Sam Caseworker', scope: 'global', source: 'assisted', fields: ['channels.email', 'language'] },
    });
    expect(JSON.stringify(audit).toLowerCase()).not.toContain(email.split('@')[0].toLowerCase());
  });

  it('R-PR-4: another service’s staff cannot see this service’s layer, nor reach this service’s page', async () => {
    const mine = await staffOf(service.id);
    const theirs = await staffOf(otherService.id, ['send_messages'], 'Other Service Staff');
    const phone = '07700 900123';
    await record(mine.session, service.id, { phone_number: phone, scope: 'service', channels: { sms: false } }).expect(200);
    await record(mine.session, service.id, { phone_number: phone, scope: 'global', paper_only: true }).expect(200);

    await show(theirs.session, service.id, { phone_number: phone }).expect(404);
    await record(theirs.session, service.id, { phone_number: phone, scope: 'service', channels: { sms: true } }).expect(404);
    const theirView = await show(theirs.session, otherService.id, { phone_number: '+447700900123' }).expect(200);
    expect(theirView.body.service).toBeNull();
    expect(theirView.body.global).toMatchObject({ paper_only: true });
    expect(theirView.body.history.every((h: { scope: string }) => h.scope === 'global')).toBe(true);
    // Who recorded a global change is shown only to that person's own team.
    expect(theirView.body.history.every((h: { recorded_by: unknown }) => h.recorded_by === null)).toBe(true);
  });

  it('R-PR-1: a team member without "Send messages" is refused', async () => {
    const viewer = await staffOf(service.id, ['view_dashboard']);
    await show(viewer.session, service.id, { email_address: aPerson() }).expect(403);
    await record(viewer.session, service.id, { email_address: aPerson(), scope: 'global', paper_only: true }).expect(403);
  });

  it('R-PR-3: says what is wrong with a change, field by field, and refuses to mute statutory messages', async () => {
    const staff = await staffOf(service.id);
    const wrong = await record(staff.session, service.id, {
      email_address: 'not an address',
      scope: 'everywhere',
      channels: { fax: true },
      language: 'fr',
      format_needs: ['large_print', 'smoke_signals'],
      muted_kinds: ['statutory'],
    }).expect(400);
    expect(wrong.body.errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
      ['email_address', 'Not a valid email address'],
      ['scope', 'Choose global (every service) or service (this service only) as the scope'],
      ['channels', 'Unknown channel fax: use email, sms, letter, inbox'],
      ['language', 'Language must be one of en, cy'],
      ['format_needs', 'Format needs must be among large_print, braille, audio, easy_read, bsl (not smoke_signals)'],
      ['muted_kinds', 'Statutory messages cannot be muted'],
    ]);
    const globalOnly = await record(staff.session, service.id, { email_address: aPerson(), scope: 'service', format_needs: ['braille'] }).expect(400);
    expect(globalOnly.body.errors).toEqual([
      { error: 'ValidationError', field: 'format_needs', message: 'Format needs apply to every service: change them globally' },
    ]);
    const both = await show(staff.session, service.id, { email_address: aPerson(), phone_number: '07700900123' }).expect(400);
    expect(both.body.errors[0].message).toBe('Give an email address or a phone number, not both');
    const nothing = await record(staff.session, service.id, { email_address: aPerson(), scope: 'global' }).expect(400);
    expect(nothing.body.errors[0]).toMatchObject({ error: 'BadRequestError' });
  });
});
