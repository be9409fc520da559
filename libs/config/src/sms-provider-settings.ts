import { ConfigError } from './config-error';
import type { ConfigVariable, TwilioAccountVariable } from './config-variables';
import type { SmsSettings, TwilioAccount, TwilioCredentials } from './herald-config';
import { wholeNumber } from './whole-number';

type Reader = (name: ConfigVariable | TwilioAccountVariable) => string | undefined;
type TwilioSetting = 'ACCOUNT_SID' | 'AUTH_TOKEN' | 'FROM_NUMBER' | 'MESSAGING_SERVICE_SID' | 'API_BASE_URL';

const PROVIDER_ENTRY = /^(twilio(?:-[a-z0-9]+)?):(\d{1,4})$/;
const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;
const DEFAULT_PRIORITY = 10;
const DEFAULT_API_BASE_URL = 'https://api.twilio.com';

/**
 * The SMS providers, highest priority first. `SMS_PROVIDERS=twilio:10,twilio-b:5` names the
 * Twilio accounts; `twilio` reads TWILIO_ACCOUNT_SID …, `twilio-b` reads TWILIO_B_ACCOUNT_SID ….
 * Unset, it is `twilio:10` when TWILIO_ACCOUNT_SID has a sender (TWILIO_FROM_NUMBER or
 * TWILIO_MESSAGING_SERVICE_SID) and empty (the outbox) otherwise.
 *
 * Receiving is separate from sending: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN alone make an
 * account whose inbound texts are accepted, while texts go out through the listed providers or the outbox.
 */
export function loadSmsSettings(read: Reader): SmsSettings {
  const twilio = providerEntries(read)
    .map(({ name, priority }) => twilioAccount(read, name, priority))
    .sort((a, b) => b.priority - a.priority);
  return {
    twilio,
    twilioWebhookAccounts: webhookAccounts(read, twilio),
    timeoutSeconds: wholeNumber(read, 'SMS_PROVIDER_TIMEOUT_SECONDS', 10, 1, 120),
    failover: {
      windowSeconds: wholeNumber(read, 'SMS_FAILOVER_WINDOW_SECONDS', 30, 1, 3600),
      minSends: wholeNumber(read, 'SMS_FAILOVER_MIN_SENDS', 10, 1, 100_000),
      errorRatePercent: wholeNumber(read, 'SMS_FAILOVER_ERROR_RATE_PERCENT', 30, 1, 100),
      p90LatencyMs: wholeNumber(read, 'SMS_FAILOVER_P90_LATENCY_MS', 5000, 1, 600_000),
      probeIntervalMs: wholeNumber(read, 'SMS_FAILOVER_PROBE_INTERVAL_MS', 5000, 100, 3_600_000),
      probeSuccesses: wholeNumber(read, 'SMS_FAILOVER_PROBE_SUCCESSES', 3, 1, 1000),
    },
  };
}

function providerEntries(read: Reader): Array<{ name: string; priority: number }> {
  const raw = read('SMS_PROVIDERS');
  if (raw === undefined) {
    if (read('TWILIO_ACCOUNT_SID') !== undefined) return hasSender(read, 'twilio') ? [{ name: 'twilio', priority: DEFAULT_PRIORITY }] : [];
    const stray = (['TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID', 'TWILIO_API_BASE_URL'] as const).find(
      (name) => read(name) !== undefined,
    );
    if (stray) throw new ConfigError('TWILIO_ACCOUNT_SID', `is required when ${stray} is set`);
    return [];
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .map((entry) => {
      const match = PROVIDER_ENTRY.exec(entry);
      if (!match) {
        throw new ConfigError(
          'SMS_PROVIDERS',
          `must be a comma-separated list of name:priority, where a name is twilio or twilio-<letters/digits> (e.g. twilio:10,twilio-b:5), not "${entry}"`,
        );
      }
      return { name: match[1], priority: Number(match[2]) };
    });
  const names = entries.map((e) => e.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new ConfigError('SMS_PROVIDERS', `names ${repeated} twice`);
  return entries;
}

function hasSender(read: Reader, name: string): boolean {
  return read(twilioVariable(name, 'FROM_NUMBER')) !== undefined || read(twilioVariable(name, 'MESSAGING_SERVICE_SID')) !== undefined;
}

/**
 * The sending accounts, plus TWILIO_ACCOUNT_SID when it does not send: a department may receive
 * texts on a Twilio number and send through another account, or not send texts at all.
 */
function webhookAccounts(read: Reader, sending: readonly TwilioAccount[]): TwilioCredentials[] {
  const accounts: TwilioCredentials[] = sending.map(({ accountSid, authToken }) => ({ accountSid, authToken }));
  const accountSid = read('TWILIO_ACCOUNT_SID');
  if (accountSid === undefined || sending.some((account) => account.name === 'twilio')) return accounts;
  if (!ACCOUNT_SID.test(accountSid)) throw new ConfigError('TWILIO_ACCOUNT_SID', 'must be a Twilio account SID: AC followed by 32 hex characters');
  const authToken = read('TWILIO_AUTH_TOKEN');
  if (authToken === undefined) {
    throw new ConfigError(
      'TWILIO_AUTH_TOKEN',
      'is required with TWILIO_ACCOUNT_SID: it checks the signature of the texts Twilio posts to /webhooks/twilio/inbound',
    );
  }
  return [...accounts, { accountSid, authToken }];
}

/** `twilio` → TWILIO_ACCOUNT_SID, `twilio-b` → TWILIO_B_ACCOUNT_SID. */
export function twilioVariable(providerName: string, setting: TwilioSetting): ConfigVariable | TwilioAccountVariable {
  const suffix = providerName.slice('twilio'.length).replace(/^-/, '').toUpperCase();
  return (suffix ? `TWILIO_${suffix}_${setting}` : `TWILIO_${setting}`) as ConfigVariable | TwilioAccountVariable;
}

function twilioAccount(read: Reader, name: string, priority: number): TwilioAccount {
  const variable = (setting: TwilioSetting) => twilioVariable(name, setting);
  const accountSid = read(variable('ACCOUNT_SID'));
  if (accountSid === undefined) throw new ConfigError(variable('ACCOUNT_SID'), `is required for the SMS provider ${name}`);
  if (!ACCOUNT_SID.test(accountSid)) throw new ConfigError(variable('ACCOUNT_SID'), 'must be a Twilio account SID: AC followed by 32 hex characters');
  const authToken = read(variable('AUTH_TOKEN'));
  if (authToken === undefined) throw new ConfigError(variable('AUTH_TOKEN'), `is required for the SMS provider ${name}`);
  const messagingServiceSid = read(variable('MESSAGING_SERVICE_SID')) ?? null;
  if (messagingServiceSid !== null && !MESSAGING_SERVICE_SID.test(messagingServiceSid)) {
    throw new ConfigError(variable('MESSAGING_SERVICE_SID'), 'must be a Twilio messaging service SID: MG followed by 32 hex characters');
  }
  const fromNumber = read(variable('FROM_NUMBER')) ?? null;
  if (fromNumber === null && messagingServiceSid === null) {
    throw new ConfigError(
      variable('FROM_NUMBER'),
      `or ${variable('MESSAGING_SERVICE_SID')} is required for the SMS provider ${name}: texts need something to come from`,
    );
  }
  return { name, priority, accountSid, authToken, fromNumber, messagingServiceSid, apiBaseUrl: httpUrl(read, variable('API_BASE_URL')) };
}

function httpUrl(read: Reader, name: ConfigVariable | TwilioAccountVariable): string {
  const raw = read(name) ?? DEFAULT_API_BASE_URL;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) throw new ConfigError(name, 'must be a URL starting http:// or https://');
  return raw.replace(/\/+$/, '');
}
