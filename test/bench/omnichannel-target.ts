import type { HeraldConfig } from '@herald/config';
import { TemplateSetAdministration, type TemplateSetRequest } from '@herald/administration';
import { ServiceRepository } from '@herald/persistence';
import { HeraldUnderTest, TestApiKey } from '@herald/testing';

const UNLIMITED = {
  rateLimit: 100_000_000,
  emailMessageLimit: 100_000_000,
  smsMessageLimit: 100_000_000,
  letterMessageLimit: 100_000_000,
  internationalSmsMessageLimit: 100_000_000,
};
const BODY = 'Dear ((name)),\n\nYour appointment is on ((date)).';

/** One message with a variant per channel, taking the same placeholders as the v2 floor's email template. */
const SET: TemplateSetRequest = {
  name: 'Benchmark appointment',
  kind: 'service',
  label: 'Your appointment',
  variants: [
    { channel: 'email', language: 'en', subject: 'Your appointment', content: BODY },
    { channel: 'sms', language: 'en', content: BODY },
    { channel: 'letter', language: 'en', subject: 'Your appointment', content: BODY },
  ],
};

/**
 * Herald's API (and, for the fallback phase, a worker) on loopback, with a live service without
 * Notify's limits, a normal key, an email template for the v2 floor and a published template set.
 */
export class OmnichannelTarget {
  private constructor(
    private readonly herald: HeraldUnderTest,
    readonly key: TestApiKey,
    readonly emailTemplateId: string,
    readonly templateSetId: string,
  ) {}

  static async start(config: HeraldConfig, options: { worker: boolean }): Promise<OmnichannelTarget> {
    const herald = await HeraldUnderTest.start(config, { worker: options.worker });
    try {
      const service = await herald.scenario.aService({ name: 'Omnichannel Benchmark Office', live: true, permissions: ['email', 'sms', 'letter'] });
      // The benchmark measures what Herald can take, not Notify's per-service limits.
      await herald.get(ServiceRepository).update(service.id, UNLIMITED);
      const key = await herald.scenario.anApiKey(service.id, 'normal', 'bench');
      const email = await herald.scenario.anEmailTemplate(service.id, { content: BODY });
      const user = await herald.scenario.aUser({ serviceId: service.id });
      const sets = herald.get(TemplateSetAdministration);
      const actor = { id: user.id, name: 'Benchmark user' };
      const published = await sets.publish(actor, service.id, (await sets.create(actor, service.id, SET)).id);
      return new OmnichannelTarget(herald, key, email.id, published.setId);
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
