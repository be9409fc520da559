import request from 'supertest';
import {
  anOmnichannelDepartment,
  aPublishedSet,
  aTestConfig,
  created,
  eventually,
  getMessage,
  HeraldUnderTest,
  LoopbackCallbacks,
  LoopbackIdentityProvider,
  ManualClock,
  OmnichannelDepartment,
  postMessage,
} from '@herald/testing';
import { MessageRetentionService } from './message-retention.service';
import { NotificationRetentionService } from './notification-retention.service';

const DAY = 24 * 3_600_000;
const EMAIL = 'kit.retention@example.org';

/** R-TR-2: a message's content goes with the service's retention; what the person sees of it stays for months. */
describe('message retention', () => {
  const endpoints = new LoopbackCallbacks();
  const clock = new ManualClock();
  const identity = new LoopbackIdentityProvider({ citizens: [{ id: 'kit', name: 'Kit Example', email: EMAIL }] });
  let herald: HeraldUnderTest;
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await Promise.all([endpoints.start(), identity.start()]);
    const config = await aTestConfig({ ALLOW_PRIVATE_CALLBACK_URLS: 'true', MESSAGE_METADATA_RETENTION_MONTHS: '24', ...identity.configFor() });
    herald = await HeraldUnderTest.start(config, { worker: true, clock });
    department = await anOmnichannelDepartment(herald, endpoints);
    setId = (await aPublishedSet(herald, department)).setId;
  });
  afterAll(async () => {
    await herald?.stop();
    await Promise.all([endpoints.stop(), identity.stop()]);
  });

  const myMessages = async () =>
    (
      await request(herald.baseUrl)
        .get('/herald/v1/me/messages')
        .set('Authorization', await identity.bearerFor('kit'))
        .expect(200)
    ).body as {
      messages: Array<{ id: string; status: string; content: { body: string } | null; content_note: string | null; label: string }>;
    };
  const purge = async () => {
    await herald.worker!.get(NotificationRetentionService).purge(clock.now());
    await herald.worker!.get(MessageRetentionService).purge();
  };

  it('R-TR-2: after the content purge the entry remains, saying the content was deleted after 7 days; after the metadata retention it goes', async () => {
    const { id } = created(
      await postMessage(herald, department.key, {
        template_set_id: setId,
        recipient: { email_address: EMAIL },
        personalisation: { name: 'Kit', ref: 'K-3310' },
        routing: { method: 'first_success', channels: ['email'] },
      }),
    );
    await eventually(async () => expect((await getMessage(herald, department.key, id)).status).toBe('delivered'));
    const before = (await myMessages()).messages.find((m) => m.id === id);
    expect(before?.content?.body).toContain('K-3310');

    clock.advance(6 * DAY);
    await purge();
    expect((await myMessages()).messages.find((m) => m.id === id)?.content?.body).toContain('K-3310');

    clock.advance(2 * DAY);
    await purge();
    const after = (await myMessages()).messages.find((m) => m.id === id);
    expect(after).toMatchObject({ id, status: 'delivered', label: 'Your appointment', content: null, content_note: 'deleted after 7 days' });
    expect(JSON.stringify(after)).not.toContain('K-3310');

    clock.advance(24 * 31 * DAY);
    await purge();
    expect((await myMessages()).messages.find((m) => m.id === id)).toBeUndefined();
  });
});
