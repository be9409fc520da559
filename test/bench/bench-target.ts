import { HeraldConfig } from '@herald/config';
import { HeraldUnderTest, TestApiKey } from '@herald/testing';

/** Herald's API listening on loopback, with a live service, a normal key and an email template. */
export class BenchTarget {
  private constructor(
    private readonly herald: HeraldUnderTest,
    readonly key: TestApiKey,
    readonly templateId: string,
  ) {}

  static async start(config: HeraldConfig): Promise<BenchTarget> {
    const herald = await HeraldUnderTest.start(config);
    try {
      const service = await herald.scenario.aService({ name: 'Benchmark Office', live: true });
      const key = await herald.scenario.anApiKey(service.id, 'normal', 'bench');
      const template = await herald.scenario.anEmailTemplate(service.id);
      return new BenchTarget(herald, key, template.id);
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
