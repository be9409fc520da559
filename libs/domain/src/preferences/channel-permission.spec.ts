import { channelPermission, formatNeedsOf, isKindMuted, isPaperOnly, preferredLanguage } from './channel-permission';
import type { GlobalPreferences, RecipientPreferences, ServicePreferences } from './recipient-preferences.model';

const aGlobalLayer = (overrides: Partial<GlobalPreferences> = {}): GlobalPreferences => ({
  channels: {},
  paperOnly: false,
  language: null,
  formatNeeds: [],
  ...overrides,
});

const aServiceLayer = (overrides: Partial<ServicePreferences> = {}): ServicePreferences => ({ channels: {}, mutedKinds: [], ...overrides });

const aPerson = (layers: { global?: Partial<GlobalPreferences>; service?: Partial<ServicePreferences> }, recipientKey = 'key-1'): RecipientPreferences => ({
  recipientKey,
  global: layers.global ? aGlobalLayer(layers.global) : null,
  service: layers.service ? aServiceLayer(layers.service) : null,
  source: 'citizen',
  updatedAt: new Date('2026-01-01T00:00:00Z'),
});

describe('channelPermission', () => {
  it('R-PR-4: global SMS off and per-service SMS on allows SMS, decided by the per-service choice', () => {
    const person = aPerson({ global: { channels: { sms: false } }, service: { channels: { sms: true } } });
    expect(channelPermission([person], 'sms', true)).toEqual({ allowed: true, decidedBy: 'citizen_service' });
  });

  it('R-PR-4: global SMS on and per-service SMS off refuses SMS, decided by the per-service choice', () => {
    const person = aPerson({ global: { channels: { sms: true } }, service: { channels: { sms: false } } });
    expect(channelPermission([person], 'sms', true)).toEqual({ allowed: false, decidedBy: 'citizen_service' });
  });

  it('R-PR-4: the global choice decides when the service layer says nothing about the channel', () => {
    const person = aPerson({ global: { channels: { email: false } }, service: { channels: { sms: true } } });
    expect(channelPermission([person], 'email', true)).toEqual({ allowed: false, decidedBy: 'citizen_global' });
  });

  it('R-PR-4: a global choice overrides the service default either way', () => {
    const person = aPerson({ global: { channels: { letter: true } } });
    expect(channelPermission([person], 'letter', false)).toEqual({ allowed: true, decidedBy: 'citizen_global' });
  });

  it('R-PR-4: with no choice stored, the service default decides', () => {
    expect(channelPermission([], 'email', true)).toEqual({ allowed: true, decidedBy: 'service_default' });
    expect(channelPermission([aPerson({ global: {} })], 'sms', false)).toEqual({ allowed: false, decidedBy: 'service_default' });
  });

  it('R-PR-4: with several keys, a channel any of them switched off is off, whatever order the keys come in', () => {
    const byEmail = aPerson({ service: { channels: { sms: true } } }, 'email-key');
    const byPhone = aPerson({ global: { channels: { sms: false } } }, 'phone-key');
    expect(channelPermission([byEmail, byPhone], 'sms', true)).toEqual({ allowed: false, decidedBy: 'citizen_global' });
    expect(channelPermission([byPhone, byEmail], 'sms', true)).toEqual({ allowed: false, decidedBy: 'citizen_global' });
  });

  it('R-PR-4: with several keys, one key that switched a channel on beats the service default of the others', () => {
    const silent = aPerson({ global: {} }, 'email-key');
    const on = aPerson({ global: { channels: { letter: true } } }, 'phone-key');
    expect(channelPermission([silent, on], 'letter', false)).toEqual({ allowed: true, decidedBy: 'citizen_global' });
  });
});

describe('isKindMuted', () => {
  it('R-PR-3: statutory cannot be muted, even when a stored layer says so', () => {
    const person = aPerson({ service: { mutedKinds: ['service', 'optional', 'statutory' as never] } });
    expect(isKindMuted([person], 'statutory')).toBe(false);
  });

  it('R-PR-3: service and optional messages can be muted per service', () => {
    const person = aPerson({ service: { mutedKinds: ['optional'] } });
    expect(isKindMuted([person], 'optional')).toBe(true);
    expect(isKindMuted([person], 'service')).toBe(false);
  });

  it('R-PR-3: any of the person’s keys muting a kind mutes it', () => {
    expect(isKindMuted([aPerson({ global: {} }, 'a'), aPerson({ service: { mutedKinds: ['service'] } }, 'b')], 'service')).toBe(true);
  });
});

describe('the global layer’s other choices', () => {
  it('R-PR-2: paper only when any key asked for it', () => {
    expect(isPaperOnly([aPerson({ global: {} }, 'a'), aPerson({ global: { paperOnly: true } }, 'b')])).toBe(true);
    expect(isPaperOnly([aPerson({ global: {} })])).toBe(false);
  });

  it('R-PR-1: the language and the format needs of every key', () => {
    const people = [
      aPerson({ global: { formatNeeds: ['large_print'] } }, 'a'),
      aPerson({ global: { language: 'cy', formatNeeds: ['large_print', 'braille'] } }, 'b'),
    ];
    expect(preferredLanguage(people)).toBe('cy');
    expect(preferredLanguage([])).toBeNull();
    expect(formatNeedsOf(people)).toEqual(['large_print', 'braille']);
  });
});
