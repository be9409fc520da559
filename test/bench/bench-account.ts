import type { HeraldConfig } from '@herald/config';
import { ServiceRepository } from '@herald/persistence';
import { openPersistence, Scenario } from '@herald/testing';
import type { LoadTarget } from './notification-load';

const UNLIMITED = {
  rateLimit: 100_000_000,
  emailMessageLimit: 100_000_000,
  smsMessageLimit: 100_000_000,
  letterMessageLimit: 100_000_000,
  internationalSmsMessageLimit: 100_000_000,
};
const LETTER_BODY = '# Your appointment\n\nDear ((name)),\n\nYour appointment is on ((date)).\n\n* bring this letter\n* bring your passport';

/** What the load needs besides an address: a live service's normal key and a template per channel. */
export type BenchAccount = Omit<LoadTarget, 'baseUrl'>;

/**
 * Writes the benchmark's service, key and templates straight through Herald's repositories (no
 * API running), so that the API can then be started in a process of its own against them.
 */
export async function seedBenchAccount(config: HeraldConfig): Promise<BenchAccount> {
  const context = await openPersistence(config);
  try {
    const scenario = new Scenario(context);
    const service = await scenario.aService({ name: 'Benchmark Office', live: true });
    // The benchmark measures what Herald can take, not Notify's per-service limits.
    await context.get(ServiceRepository).update(service.id, UNLIMITED);
    const key = await scenario.anApiKey(service.id, 'normal', 'bench');
    const email = await scenario.anEmailTemplate(service.id);
    const sms = await scenario.anSmsTemplate(service.id);
    const letter = await scenario.aTemplateOfType(service.id, 'letter', LETTER_BODY);
    return { key: { serviceId: key.serviceId, secret: key.secret }, templateIds: { email: email.id, sms: sms.id, letter: letter.id } };
  } finally {
    await context.close();
  }
}
