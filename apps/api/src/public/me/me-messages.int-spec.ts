import request from 'supertest';
import { DataSource } from 'typeorm';
import type { MeExport, MeMessagesResponse } from '@herald/contracts';
import { DataRetentionRepository, ServiceRepository } from '@herald/persistence';
import { aPublishedSet, aTestConfig, bearerFor, HeraldUnderTest, LoopbackIdentityProvider, type OmnichannelDepartment } from '@herald/testing';

const EMAIL = 'eve.example@example.com';

/** R-TR-1, R-TR-2 (the reading side): a message's content while Herald keeps it, and a note once it is purged. */
describe('a person’s messages (GET /herald/v1/me/messages)', () => {
  const idp = new LoopbackIdentityProvider({ citizens: [{ id: 'eve', name: 'Eve Example', email: EMAIL }] });
  let herald: HeraldUnderTest;
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await idp.start();
    herald = await HeraldUnderTest.start(await aTestConfig(idp.configFor()));
    const service = await herald.scenario.aService({ name: 'Housing Office', live: true });
    const user = await herald.scenario.aUser({ serviceId: service.id });
    department = { serviceId: service.id, key: await herald.scenario.anApiKey(service.id), callbackPath: '', actor: { id: user.id, name: 'Test user' } };
    setId = (
      await aPublishedSet(herald, department, {
        name: 'Repairs',
        kind: 'service',
        label: 'Your repair appointment',
        variants: [{ channel: 'email', language: 'en', subject: 'Repair ((ref))', content: 'Dear ((name)), we will come on ((day)).' }],
      })
    ).setId;
  });
  afterAll(async () => {
    await herald?.stop();
    await idp.stop();
  });

  const send = async () => {
    const response = await request(herald.baseUrl)
      .post('/herald/v1/messages')
      .set('Authorization', bearerFor(department.key.serviceId, department.key.secret))
      .send({
        template_set_id: setId,
        recipient: { email_address: EMAIL },
        personalisation: { name: 'Eve', ref: 'R-77', day: 'Monday' },
        routing: { method: 'first_success', channels: ['email'] },
      })
      .expect(201);
    return response.body.id as string;
  };
  const messagesOfEve = async () =>
    (
      await request(herald.baseUrl)
        .get('/herald/v1/me/messages')
        .set('Authorization', await idp.bearerFor('eve'))
        .expect(200)
    ).body as MeMessagesResponse;

  it('R-TR-1: shows the content as the service wrote it, filled with the personalisation, while it is kept', async () => {
    const id = await send();
    const message = (await messagesOfEve()).messages.find((m) => m.id === id);
    expect(message).toMatchObject({
      organisation: null,
      service: 'Housing Office',
      label: 'Your repair appointment',
      status: 'created',
      channels: [{ channel: 'email', decision: 'pending', reason: 'permitted', status: null, description: 'Not tried yet' }],
      content: { subject: 'Repair R-77', body: 'Dear Eve, we will come on Monday.' },
      content_note: null,
    });
  });

  it('R-TR-2: after the content purge the entry stays, without content, saying how long the service keeps it', async () => {
    const id = await send();
    await herald.get(DataRetentionRepository).set(department.serviceId, 'email', 3);
    await herald.get(DataSource).query('UPDATE messages SET content_purged_at = $1 WHERE id = $2', [new Date(), id]);
    const message = (await messagesOfEve()).messages.find((m) => m.id === id);
    expect(message).toMatchObject({ id, label: 'Your repair appointment', status: 'created', content: null, content_note: 'deleted after 3 days' });
  });

  it('R-TR-1: names the organisation the service sends for beside the service, in the messages and in the export', async () => {
    await herald.get(ServiceRepository).update(department.serviceId, { organisation: 'Riverside Council' });
    const id = await send();
    const message = (await messagesOfEve()).messages.find((m) => m.id === id);
    expect(message).toMatchObject({ organisation: 'Riverside Council', service: 'Housing Office' });
    const exported = (
      await request(herald.baseUrl)
        .get('/herald/v1/me/export?format=json')
        .set('Authorization', await idp.bearerFor('eve'))
        .expect(200)
    ).body as MeExport;
    expect(exported.messages.find((m) => m.id === id)).toMatchObject({ organisation: 'Riverside Council', service: 'Housing Office' });
  });
});
