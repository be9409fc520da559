import { HeraldConfig } from '@herald/config';
import { ServiceRepository } from '@herald/persistence';
import { HeraldUnderTest, TestApiKey } from '@herald/testing';
import { BenchChannel } from './bench-channel';

const UNLIMITED = {
  rateLimit: 100_000_000,
  emailMessageLimit: 100_000_000,
  smsMessageLimit: 100_000_000,
  letterMessageLimit: 100_000_000,
  internationalSmsMessageLimit: 100_000_000,
};
const LETTER_BODY = '# Your appointment\n\nDear ((name)),\n\nYour appointment is on ((date)).\n\n* bring this letter\n* bring your passport';

/** Herald's API listening on loopback, with a live service, a normal key and a template per channel. */
export class BenchTarget {
  private constructor(
    private readonly herald: HeraldUnderTest,
    readonly key: TestApiKey,
    readonly templateIds: Record<BenchChannel, string>,
  ) {}

  static async start(config: HeraldConfig): Promise<BenchTarget> {
    const herald = await HeraldUnderTest.start(config);
    try {
      const service = await herald.scenario.aService({ name: 'Benchmark Office', live: true });
      // The benchmark measures what Herald can take, not Notify's per-service limits.
      await herald.get(ServiceRepository).update(service.id, UNLIMITED);
      const key = await herald.scenario.anApiKey(service.id, 'normal', 'bench');
      const email = await herald.scenario.anEmailTemplate(service.id);
      const sms = await herald.scenario.anSmsTemplate(service.id);
      const letter = await herald.scenario.aTemplateOfType(service.id, 'letter', LETTER_BODY);
      return new BenchTarget(herald, key, { email: email.id, sms: sms.id, letter: letter.id });
    } catch (error) {
      await herald.stop();
      throw error;
    }
  }

  get baseUrl(): string {
    return this.herald.baseUrl;
  }

  async stop(): Promise<void> {
    await this.herald.stop();
  }
}
