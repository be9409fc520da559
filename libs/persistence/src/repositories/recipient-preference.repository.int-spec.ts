import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidFieldsError } from '@herald/domain';
import { aTestMobile, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { RecipientKeys } from './recipient-keys';
import { RecipientPreferenceRepository } from './recipient-preference.repository';

describe.each(BOTH_DATABASES)('recipient preferences on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let preferences: RecipientPreferenceRepository;
  let keys: RecipientKeys;
  const serviceId = randomUUID();
  const otherServiceId = randomUUID();
  const anEmail = () => `Person.${randomUUID().slice(0, 8)}@Example.gov.uk`;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    preferences = app.get(RecipientPreferenceRepository);
    keys = app.get(RecipientKeys);
  });
  afterAll(() => app.close());

  it('R-PR-1: the key is a keyed hash of the normalised address; an email and a phone number get different keys', () => {
    const email = anEmail();
    expect(keys.forEmail(`  ${email.toUpperCase()} `)).toBe(keys.forEmail(email.toLowerCase()));
    expect(keys.forEmail(email)).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.forPhone('07700 900123')).toBe(keys.forPhone('+44 7700 900123'));
    expect(keys.forPhone('07700900123')).not.toBe(keys.forEmail(email));
    expect(keys.forEmail('not an address')).toBeNull();
    expect(keys.forRecipient({ emailAddress: email, phoneNumber: '07700900123' })).toEqual([keys.forEmail(email), keys.forPhone('07700900123')]);
  });

  it('R-PR-1: after two updates the history has two entries with old and new values, newest first', async () => {
    const key = keys.forEmail(anEmail())!;
    const actorId = randomUUID();
    await preferences.change(key, null, { channels: { email: false } }, 'citizen', null, new Date('2026-03-01T10:00:00Z'));
    await preferences.change(key, null, { channels: { email: true } }, 'assisted', actorId, new Date('2026-03-02T10:00:00Z'));
    const history = await preferences.history(key);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ field: 'channels.email', oldValue: false, newValue: true, source: 'assisted', actorId, serviceId: null });
    expect(history[1]).toMatchObject({ field: 'channels.email', oldValue: null, newValue: false, source: 'citizen', actorId: null });
  });

  it('R-PR-1: the stored rows hold the keyed hash, never the address', async () => {
    const email = anEmail();
    const key = keys.forEmail(email)!;
    await preferences.change(key, null, { language: 'cy', paperOnly: true }, 'citizen', null);
    await preferences.change(key, serviceId, { channels: { sms: false } }, 'citizen', null);
    const raw = JSON.stringify([
      await app.get(DataSource).query(`SELECT * FROM recipient_preferences WHERE recipient_key = '${key}'`),
      await app.get(DataSource).query(`SELECT * FROM recipient_preference_changes WHERE recipient_key = '${key}'`),
    ]).toLowerCase();
    expect(raw).toContain(key);
    expect(raw).not.toContain(email.toLowerCase());
    expect(raw).not.toContain(email.split('@')[0].toLowerCase());
  });

  it('R-PR-1: an update that changes nothing writes no history; each changed field writes one entry', async () => {
    const key = keys.forEmail(anEmail())!;
    const first = await preferences.change(
      key,
      null,
      { channels: { sms: false, letter: true }, language: 'cy', formatNeeds: ['large_print'] },
      'citizen',
      null,
    );
    expect(first.map((c) => c.field).sort()).toEqual(['channels.letter', 'channels.sms', 'formatNeeds', 'language']);
    expect(await preferences.change(key, null, { channels: { sms: false }, language: 'cy', formatNeeds: ['large_print'] }, 'citizen', null)).toEqual([]);
    expect(await preferences.history(key)).toHaveLength(4);
  });

  it('R-PR-4: the global and a service’s layer are kept apart; a switch set to null is removed', async () => {
    const key = keys.forEmail(anEmail())!;
    await preferences.change(key, null, { channels: { sms: false }, paperOnly: false, language: 'cy' }, 'citizen', null);
    await preferences.change(key, serviceId, { channels: { sms: true, email: false }, mutedKinds: ['optional'] }, 'service', null);
    const [mine] = await preferences.load([key], serviceId);
    expect(mine).toMatchObject({
      recipientKey: key,
      global: { channels: { sms: false }, paperOnly: false, language: 'cy', formatNeeds: [] },
      service: { channels: { sms: true, email: false }, mutedKinds: ['optional'] },
      source: 'service',
    });
    const [elsewhere] = await preferences.load([key], otherServiceId);
    expect(elsewhere.service).toBeNull();
    expect(elsewhere.global?.channels).toEqual({ sms: false });

    await preferences.change(key, serviceId, { channels: { email: null } }, 'citizen', null);
    expect((await preferences.load([key], serviceId))[0].service?.channels).toEqual({ sms: true });
    const serviceHistory = await preferences.history(key, serviceId);
    expect(serviceHistory[0]).toMatchObject({ field: 'channels.email', oldValue: false, newValue: null, serviceId });
    expect(serviceHistory.some((c) => c.serviceId === null)).toBe(true);
    expect(await preferences.history(key, otherServiceId)).toEqual(serviceHistory.filter((c) => c.serviceId === null));
  });

  it('R-PR-1: load() with two keys gives one entry per key that has anything stored, in one call', async () => {
    const byEmail = keys.forEmail(anEmail())!;
    const byPhone = keys.forPhone(aTestMobile())!;
    const unknown = keys.forEmail(anEmail())!;
    await preferences.change(byEmail, null, { channels: { email: false } }, 'citizen', null);
    await preferences.change(byPhone, serviceId, { channels: { sms: false } }, 'citizen', null);
    const loaded = await preferences.load([byEmail, byPhone, unknown], serviceId);
    expect(loaded.map((p) => p.recipientKey)).toEqual([byEmail, byPhone]);
    expect(loaded[0]).toMatchObject({ global: { channels: { email: false } }, service: null });
    expect(loaded[1]).toMatchObject({ global: null, service: { channels: { sms: false }, mutedKinds: [] } });
    expect(await preferences.load([], serviceId)).toEqual([]);
  });

  it('R-PR-3: statutory messages cannot be muted, and muting is per service only', async () => {
    const key = keys.forEmail(anEmail())!;
    const muteStatutory = preferences.change(key, serviceId, { mutedKinds: ['statutory' as never] }, 'citizen', null);
    await expect(muteStatutory).rejects.toThrow(new InvalidFieldsError([{ field: 'muted_kinds', message: 'Statutory messages cannot be muted' }]));
    await expect(preferences.change(key, null, { mutedKinds: ['optional'] }, 'citizen', null)).rejects.toThrow(InvalidFieldsError);
    await expect(preferences.change(key, serviceId, { formatNeeds: ['braille'] }, 'citizen', null)).rejects.toThrow(InvalidFieldsError);
    expect(await preferences.load([key], serviceId)).toEqual([]);
    expect(await preferences.history(key)).toEqual([]);
  });

  it('R-PR-1: two changes in the same millisecond keep the order they were made in', async () => {
    const key = keys.forEmail(anEmail())!;
    const at = new Date('2026-04-01T09:00:00Z');
    await preferences.change(key, null, { language: 'cy' }, 'citizen', null, at);
    await preferences.change(key, null, { language: 'en' }, 'citizen', null, at);
    expect((await preferences.history(key)).map((c) => c.newValue)).toEqual(['en', 'cy']);
  });
});
