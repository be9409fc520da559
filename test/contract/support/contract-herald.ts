import { NotifyClient } from 'notifications-node-client';
import { aTestConfig, HeraldUnderTest, LoopbackSmtp, LoopbackTwilio } from '@herald/testing';
import { aContractServiceFromCli, ContractService } from './contract-service';

/** The public base URL Herald writes into `uri` and `links`; the client talks to the loopback port. */
export const CONTRACT_BASE_URL = 'https://api.herald.example';

export type KeyKind = 'test' | 'live';
/** Every contract test runs once per key type the department would use. */
export const KEY_KINDS: ReadonlyArray<[string, KeyKind]> = [
  ['a test key', 'test'],
  ['a live key', 'live'],
];

/**
 * Herald (API and worker) with its vendors faked on loopback (SMTP, Twilio; letters go to the
 * outbox), a service set up by the CLI, and an unchanged `notifications-node-client` per key.
 */
export class ContractHerald {
  private constructor(
    readonly herald: HeraldUnderTest,
    readonly smtp: LoopbackSmtp,
    readonly twilio: LoopbackTwilio,
    readonly service: ContractService,
  ) {}

  static async start(): Promise<ContractHerald> {
    const smtp = await new LoopbackSmtp().start();
    const twilio = await new LoopbackTwilio().start();
    const config = await aTestConfig({
      API_BASE_URL: CONTRACT_BASE_URL,
      SMTP_URL: smtp.url,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM_NUMBER: '+447700900999',
      TWILIO_API_BASE_URL: twilio.url,
    });
    const service = await aContractServiceFromCli(config);
    const herald = await HeraldUnderTest.start(config, { worker: true });
    return new ContractHerald(herald, smtp, twilio, service);
  }

  client(kind: KeyKind): NotifyClient {
    return new NotifyClient(this.herald.baseUrl, kind === 'test' ? this.service.testKey : this.service.liveKey);
  }

  async stop(): Promise<void> {
    await this.herald.stop();
    await this.twilio.stop();
    await this.smtp.stop();
  }
}
