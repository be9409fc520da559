import { DataSource } from 'typeorm';
import { InternalApiClient } from '@herald/contracts';
import { Service, TemplateVersion } from '@herald/domain';
import { SessionRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';

/** Sending one message from the admin through the internal API (the v2 API's own send path). */
describe('send one message (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let template: TemplateVersion;
  let user: TestUser;
  let client: InternalApiClient;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService();
    template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Hello ((name))', content: 'Your code is ((code)).' });
    user = await herald.scenario.aUser({ serviceId: service.id, permissions: ['send_messages'] });
    client = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(user.id)).token);
  });
  afterAll(() => herald.stop());

  it('describes the form a template needs', async () => {
    expect(await client.send.template(service.id, template.id)).toMatchObject({
      type: 'email',
      recipientFields: ['email address'],
      placeholders: ['name', 'code'],
    });
    expect((await client.send.templates(service.id)).map((t) => t.id)).toContain(template.id);
  });

  it('says what is wrong, field by field, with the rule that refused (for the admin to word)', async () => {
    await expect(client.send.preview(service.id, template.id, { 'email address': 'nope', name: 'Kim', code: '' })).rejects.toMatchObject({
      status: 400,
      problems: [
        { error: 'ValidationError', field: 'email address', message: 'Not a valid email address', code: 'invalid-recipient' },
        { error: 'ValidationError', field: 'code', message: 'Empty: every placeholder needs a value', code: 'empty-cell' },
      ],
    });
  });

  it('previews, then sends as the signed-in user with a normal key type, and shows the notification', async () => {
    const values = { 'email address': 'kim@example.com', name: 'Kim', code: '1234' };
    expect(await client.send.preview(service.id, template.id, values)).toEqual({
      recipient: 'kim@example.com',
      subject: 'Hello Kim',
      body: 'Your code is 1234.',
    });
    const { notificationId } = await client.send.send(service.id, template.id, values);
    const [row] = await herald.get(DataSource).query('SELECT key_type, created_by_id, api_key_id FROM notifications WHERE id = $1', [notificationId]);
    expect(row).toEqual({ key_type: 'normal', created_by_id: user.id, api_key_id: null });
    expect(await client.send.notification(service.id, notificationId)).toMatchObject({
      id: notificationId,
      recipient: 'kim@example.com',
      status: 'created',
      finished: false,
      // Only a letter waiting to be printed names the next print run.
      nextPrintRun: null,
    });
  });

  it('names the next print run of a letter waiting to be printed', async () => {
    const letter = await herald.scenario.aTemplateOfType(service.id, 'letter', 'Dear ((name)), your payment is due.');
    const values = { 'address line 1': 'Kim Lee', 'address line 2': '1 High Street', 'address line 3': 'SW1A 1AA', name: 'Kim' };
    const { notificationId } = await client.send.send(service.id, letter.id, values);
    const sent = await client.send.notification(service.id, notificationId);
    expect(sent).toMatchObject({ type: 'letter', status: 'created' });
    expect(new Date(sent.nextPrintRun ?? 0).getTime()).toBeGreaterThan(Date.now());
  });

  it('never shows another service’s template or notification', async () => {
    const other = await herald.scenario.aService();
    const theirs = await herald.scenario.anEmailTemplate(other.id);
    await expect(client.send.template(service.id, theirs.id)).rejects.toMatchObject({ status: 404 });
    await expect(client.send.template(other.id, theirs.id)).rejects.toMatchObject({ status: 404 });
  });
});
