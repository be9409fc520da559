import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource, loadConfig } from '@herald/config';
import { liveSmsProviders } from '@herald/providers';
import { smsProviderNames } from '@herald/redis';

const load = (source: ConfigSource) => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-sms-names-')), ...source });

describe('the SMS provider names readers of the shared health use', () => {
  it.each<[string, ConfigSource]>([
    ['no Twilio account (the outbox)', {}],
    [
      'two Twilio accounts by priority',
      {
        SMS_PROVIDERS: 'twilio:5,twilio-b:20',
        TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
        TWILIO_AUTH_TOKEN: 'token-a',
        TWILIO_FROM_NUMBER: '+447700900999',
        TWILIO_B_ACCOUNT_SID: `AC${'b'.repeat(32)}`,
        TWILIO_B_AUTH_TOKEN: 'token-b',
        TWILIO_B_FROM_NUMBER: '+447700900998',
      },
    ],
  ])('are the names of the providers the worker sends through, in order, with %s', (_, source) => {
    const config = load(source);
    expect(smsProviderNames(config)).toEqual(liveSmsProviders(config).map((provider) => provider.name));
  });
});
