import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { ConfigSource } from './config-variables';
import { loadConfig } from './load-config';

const SID_A = `AC${'a'.repeat(32)}`;
const SID_B = `AC${'b'.repeat(32)}`;
const load = (source: ConfigSource) => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-sms-config-')), ...source });
const twilio = { TWILIO_ACCOUNT_SID: SID_A, TWILIO_AUTH_TOKEN: 'token-a', TWILIO_FROM_NUMBER: '+447700900999' };

describe('SMS provider settings', () => {
  it('uses the outbox when no Twilio account is configured', () => {
    expect(load({}).sms).toEqual({
      twilio: [],
      twilioWebhookAccounts: [],
      timeoutSeconds: 10,
      failover: { windowSeconds: 30, minSends: 10, errorRatePercent: 30, p90LatencyMs: 5000, probeIntervalMs: 5000, probeSuccesses: 3 },
    });
  });

  it('makes TWILIO_* one provider named twilio when SMS_PROVIDERS is unset', () => {
    expect(load(twilio).sms.twilio).toEqual([
      {
        name: 'twilio',
        priority: 10,
        accountSid: SID_A,
        authToken: 'token-a',
        fromNumber: '+447700900999',
        messagingServiceSid: null,
        apiBaseUrl: 'https://api.twilio.com',
      },
    ]);
  });

  it('reads each listed provider from its own variables, highest priority first', () => {
    const config = load({
      ...twilio,
      SMS_PROVIDERS: 'twilio:5, twilio-b:20',
      TWILIO_B_ACCOUNT_SID: SID_B,
      TWILIO_B_AUTH_TOKEN: 'token-b',
      TWILIO_B_MESSAGING_SERVICE_SID: `MG${'c'.repeat(32)}`,
      TWILIO_B_API_BASE_URL: 'http://127.0.0.1:4010/',
      SMS_PROVIDER_TIMEOUT_SECONDS: '2',
      SMS_FAILOVER_WINDOW_SECONDS: '5',
      SMS_FAILOVER_MIN_SENDS: '1',
      SMS_FAILOVER_ERROR_RATE_PERCENT: '50',
      SMS_FAILOVER_P90_LATENCY_MS: '800',
    });
    expect(config.sms.twilio.map((p) => [p.name, p.priority, p.accountSid])).toEqual([
      ['twilio-b', 20, SID_B],
      ['twilio', 5, SID_A],
    ]);
    expect(config.sms.twilio[0]).toMatchObject({ fromNumber: null, messagingServiceSid: `MG${'c'.repeat(32)}`, apiBaseUrl: 'http://127.0.0.1:4010' });
    expect(config.sms).toMatchObject({ timeoutSeconds: 2, failover: { windowSeconds: 5, minSends: 1, errorRatePercent: 50, p90LatencyMs: 800 } });
  });

  describe('receiving texts, apart from sending them', () => {
    const receiving = { TWILIO_ACCOUNT_SID: SID_A, TWILIO_AUTH_TOKEN: 'token-a' };

    it('makes an account SID and auth token alone an account that only receives: texts still go to the outbox', () => {
      const { sms } = load(receiving);
      expect(sms.twilio).toEqual([]);
      expect(sms.twilioWebhookAccounts).toEqual([{ accountSid: SID_A, authToken: 'token-a' }]);
    });

    it('receives on TWILIO_* while sending through another account listed in SMS_PROVIDERS', () => {
      const { sms } = load({
        ...receiving,
        SMS_PROVIDERS: 'twilio-b:10',
        TWILIO_B_ACCOUNT_SID: SID_B,
        TWILIO_B_AUTH_TOKEN: 'token-b',
        TWILIO_B_FROM_NUMBER: '+447700900998',
      });
      expect(sms.twilio.map((account) => [account.name, account.accountSid])).toEqual([['twilio-b', SID_B]]);
      expect(sms.twilioWebhookAccounts).toEqual([
        { accountSid: SID_B, authToken: 'token-b' },
        { accountSid: SID_A, authToken: 'token-a' },
      ]);
    });

    it('receives on TWILIO_* when SMS_PROVIDERS does not list it, even with a sender set', () => {
      const { sms } = load({
        ...twilio,
        SMS_PROVIDERS: 'twilio-b:10',
        TWILIO_B_ACCOUNT_SID: SID_B,
        TWILIO_B_AUTH_TOKEN: 'token-b',
        TWILIO_B_FROM_NUMBER: '+447700900998',
      });
      expect(sms.twilio.map((account) => account.name)).toEqual(['twilio-b']);
      expect(sms.twilioWebhookAccounts.map((account) => account.accountSid)).toEqual([SID_B, SID_A]);
    });

    it('needs nothing inbound to send: a sending account is also the one whose webhooks are accepted', () => {
      const { sms } = load(twilio);
      expect(sms.twilio.map((account) => account.name)).toEqual(['twilio']);
      expect(sms.twilioWebhookAccounts).toEqual([{ accountSid: SID_A, authToken: 'token-a' }]);
    });

    it('sends through TWILIO_* when it has a messaging service instead of a number', () => {
      const { sms } = load({ ...receiving, TWILIO_MESSAGING_SERVICE_SID: `MG${'c'.repeat(32)}` });
      expect(sms.twilio.map((account) => account.name)).toEqual(['twilio']);
    });
  });

  it.each<[string, ConfigSource, string]>([
    [
      'a malformed account SID',
      { ...twilio, TWILIO_ACCOUNT_SID: 'AC123' },
      'TWILIO_ACCOUNT_SID: must be a Twilio account SID: AC followed by 32 hex characters',
    ],
    ['a missing auth token', { ...twilio, TWILIO_AUTH_TOKEN: '' }, 'TWILIO_AUTH_TOKEN: is required for the SMS provider twilio'],
    [
      'a listed provider without a sender',
      { ...twilio, TWILIO_FROM_NUMBER: undefined, SMS_PROVIDERS: 'twilio:10' },
      'TWILIO_FROM_NUMBER: or TWILIO_MESSAGING_SERVICE_SID is required for the SMS provider twilio: texts need something to come from',
    ],
    [
      'a malformed messaging service SID',
      { ...twilio, TWILIO_MESSAGING_SERVICE_SID: 'MGxyz' },
      'TWILIO_MESSAGING_SERVICE_SID: must be a Twilio messaging service SID: MG followed by 32 hex characters',
    ],
    ['a base URL that is not http', { ...twilio, TWILIO_API_BASE_URL: 'ftp://x' }, 'TWILIO_API_BASE_URL: must be a URL starting http:// or https://'],
    ['Twilio settings without an account SID', { TWILIO_AUTH_TOKEN: 'token' }, 'TWILIO_ACCOUNT_SID: is required when TWILIO_AUTH_TOKEN is set'],
    [
      'a receiving account without its auth token',
      { TWILIO_ACCOUNT_SID: SID_A },
      'TWILIO_AUTH_TOKEN: is required with TWILIO_ACCOUNT_SID: it checks the signature of the texts Twilio posts to /webhooks/twilio/inbound',
    ],
    [
      'a malformed receiving account SID',
      { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'token' },
      'TWILIO_ACCOUNT_SID: must be a Twilio account SID: AC followed by 32 hex characters',
    ],
    [
      'an unlisted receiving account without its auth token',
      {
        TWILIO_ACCOUNT_SID: SID_A,
        SMS_PROVIDERS: 'twilio-b:10',
        TWILIO_B_ACCOUNT_SID: SID_B,
        TWILIO_B_AUTH_TOKEN: 'token-b',
        TWILIO_B_FROM_NUMBER: '+447700900998',
      },
      'TWILIO_AUTH_TOKEN: is required with TWILIO_ACCOUNT_SID',
    ],
    [
      'a listed provider without its SID',
      { ...twilio, SMS_PROVIDERS: 'twilio:10,twilio-b:5' },
      'TWILIO_B_ACCOUNT_SID: is required for the SMS provider twilio-b',
    ],
    [
      'an entry without a priority',
      { ...twilio, SMS_PROVIDERS: 'twilio' },
      'SMS_PROVIDERS: must be a comma-separated list of name:priority, where a name is twilio or twilio-<letters/digits> (e.g. twilio:10,twilio-b:5), not "twilio"',
    ],
    [
      'an unknown vendor',
      { ...twilio, SMS_PROVIDERS: 'mmg:10' },
      'SMS_PROVIDERS: must be a comma-separated list of name:priority, where a name is twilio or twilio-<letters/digits> (e.g. twilio:10,twilio-b:5), not "mmg:10"',
    ],
    ['a provider named twice', { ...twilio, SMS_PROVIDERS: 'twilio:10,twilio:5' }, 'SMS_PROVIDERS: names twilio twice'],
    ['a zero minimum of sends', { ...twilio, SMS_FAILOVER_MIN_SENDS: '0' }, 'SMS_FAILOVER_MIN_SENDS: must be a whole number from 1 to 100000, not "0"'],
    [
      'an error rate over 100%',
      { ...twilio, SMS_FAILOVER_ERROR_RATE_PERCENT: '101' },
      'SMS_FAILOVER_ERROR_RATE_PERCENT: must be a whole number from 1 to 100, not "101"',
    ],
  ])('refuses %s, naming the variable', (_case, source, message) => {
    expect(() => load(source)).toThrow(ConfigError);
    expect(() => load(source)).toThrow(message);
  });
});
