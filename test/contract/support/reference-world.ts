import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import {
  aPublishedSet,
  aTestConfig,
  bearerFor,
  ENGLISH_SET,
  HeraldUnderTest,
  LoopbackIdentityProvider,
  LoopbackSmtp,
  LoopbackTwilio,
  type TestApiKey,
} from '@herald/testing';
import { CONTRACT_BASE_URL } from './contract-herald';
import { aContractServiceFromCli, type ContractService } from './contract-service';

/** The person of the `/herald/v1/me` calls: the messages go to their verified email address. */
export const PERSON = { id: 'pat', name: 'Pat Example', email: 'pat.example@example.com', nationalId: 'QQ123456C' };

/**
 * Herald (API and worker) with SMTP, Twilio and an OpenID Connect provider on loopback; the
 * contract service (made by the CLI) with a published template set; a second service whose daily
 * text limit is one, to be refused with 429.
 */
export class ReferenceWorld {
  private constructor(
    readonly herald: HeraldUnderTest,
    readonly service: ContractService,
    readonly templateSetId: string,
    readonly limited: { key: TestApiKey; smsTemplateId: string },
    private readonly servers: { smtp: LoopbackSmtp; twilio: LoopbackTwilio; idp: LoopbackIdentityProvider },
  ) {}

  static async start(): Promise<ReferenceWorld> {
    const smtp = await new LoopbackSmtp().start();
    const twilio = await new LoopbackTwilio().start();
    const idp = await new LoopbackIdentityProvider({ citizens: [PERSON] }).start();
    const config = await aTestConfig({ API_BASE_URL: CONTRACT_BASE_URL, SMTP_URL: smtp.url, ...twilio.configFor('TWILIO_'), ...idp.configFor() });
    const service = await aContractServiceFromCli(config);
    const herald = await HeraldUnderTest.start(config, { worker: true });
    const author = await herald.scenario.aUser({ serviceId: service.serviceId });
    const department = { serviceId: service.serviceId, key: await herald.scenario.anApiKey(service.serviceId), callbackPath: '', actor: author };
    const set = await aPublishedSet(herald, department, ENGLISH_SET);
    const limitedService = await herald.scenario.aService({ live: true, settings: { smsMessageLimit: 1 } });
    const limited = {
      key: await herald.scenario.anApiKey(limitedService.id, 'normal'),
      smsTemplateId: (await herald.scenario.aTemplateOfType(limitedService.id, 'sms', 'Hello ((name))')).id,
    };
    return new ReferenceWorld(herald, service, set.setId, limited, { smtp, twilio, idp });
  }

  /** A fresh token of the contract service's live key (the official clients make one per request). */
  liveKey(): string {
    return bearerOfKey(this.service.liveKey);
  }

  testKey(): string {
    return bearerOfKey(this.service.testKey);
  }

  /** The person's access token from the loopback identity provider. */
  personalToken(): Promise<string> {
    return this.servers.idp.bearerFor(PERSON.id);
  }

  /** A text to the contract service's inbound number, posted as Twilio posts it, with its signature. */
  async aReceivedText(body: string): Promise<void> {
    const params = {
      ToCountry: 'GB',
      NumMedia: '0',
      From: '+447700900111',
      To: this.service.inboundNumber,
      Body: body,
      MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
      AccountSid: this.servers.twilio.accountSid,
      NumSegments: '1',
      ApiVersion: '2010-04-01',
    };
    const signature = getExpectedTwilioSignature(this.servers.twilio.authToken, `${CONTRACT_BASE_URL}/webhooks/twilio/inbound`, params);
    await request(this.herald.baseUrl).post('/webhooks/twilio/inbound').type('form').set('X-Twilio-Signature', signature).send(params).expect(200);
  }

  async stop(): Promise<void> {
    await this.herald.stop();
    await this.servers.idp.stop();
    await this.servers.twilio.stop();
    await this.servers.smtp.stop();
  }
}

/** `<key name>-<service id>-<secret>`: the last 36 characters are the secret, the 36 before them the service id. */
function bearerOfKey(apiKey: string): string {
  return bearerFor(apiKey.slice(-73, -37), apiKey.slice(-36));
}
