import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AuditLog, UserAdministration } from '@herald/administration';
import { aTestConfig, bearerFor, HeraldUnderTest, nextTotpCode, runHeraldCli, TestUser } from '@herald/testing';

const json = async (config: Parameters<typeof runHeraldCli>[0], ...args: string[]) => {
  const result = await runHeraldCli(config, ...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, string>;
};

/** A session token for a user, through the admin's sign-in (password, then the authenticator code). */
async function signedIn(api: HeraldUnderTest, user: TestUser): Promise<string> {
  const challenge = await request(api.baseUrl).post('/internal/sign-in').send({ emailAddress: user.emailAddress, password: user.password }).expect(200);
  const session = await request(api.baseUrl)
    .post('/internal/sign-in/code')
    .send({ challengeToken: challenge.body.challengeToken, code: await nextTotpCode(user) })
    .expect(200);
  return String(session.body.sessionToken);
}

describe('the CLI operator', () => {
  it('authors what the CLI creates (created_by in the API) and leaves the admin’s audit record, as a user that cannot sign in', async () => {
    const operatorEmail = `cli-${randomUUID().slice(0, 8)}@example.gov.uk`;
    const config = await aTestConfig({ CLI_OPERATOR_EMAIL: operatorEmail });
    const service = (await json(config, 'service', 'create', '--name', `Operator ${randomUUID().slice(0, 8)}`, '--live')).id;
    const key = await json(config, 'api-key', 'create', '--service', service, '--name', 'k', '--type', 'normal');
    const file = join(config.dataDir, 'email.md');
    writeFileSync(file, 'Hello ((name))');
    const fromCli = await json(
      config,
      'template',
      'create',
      '--service',
      service,
      '--type',
      'email',
      '--name',
      'From the CLI',
      '--subject',
      'Hi',
      '--content-file',
      file,
    );

    const api = await HeraldUnderTest.start(config);
    try {
      const template = await request(api.baseUrl)
        .get(`/v2/template/${fromCli.id}`)
        .set('Authorization', bearerFor(service, key.key.slice(-36)))
        .expect(200);
      expect(template.body.created_by).toBe(operatorEmail);

      const operator = await api.get(UserAdministration).operator();
      expect(operator).toMatchObject({ emailAddress: operatorEmail, name: 'Herald CLI', platformAdmin: false });
      // It has no password: whatever is tried, the sign-in is refused.
      expect(
        (await request(api.baseUrl).post('/internal/sign-in').send({ emailAddress: operatorEmail, password: 'any password at all' })).status,
      ).toBeGreaterThanOrEqual(400);

      const editor = await api.scenario.aUser({ serviceId: service, permissions: ['manage_templates'], name: 'Editor' });
      const session = await signedIn(api, editor);
      const fromAdmin = (
        await request(api.baseUrl)
          .post(`/internal/services/${service}/templates`)
          .set('Authorization', `Bearer ${session}`)
          .send({ type: 'email', name: 'From the admin', subject: 'Hi', content: 'Hello ((name))' })
          .expect(201)
      ).body as { id: string };

      const audit = await api.get(AuditLog).list({ serviceId: service, action: 'template.created', limit: 10 });
      const shape = (templateId: string) => {
        const event = audit.find((e) => e.subject === templateId)!;
        return { action: event.action, serviceId: event.serviceId, detailKeys: Object.keys(event.details).sort(), type: event.details.type };
      };
      expect(shape(fromCli.id)).toEqual(shape(fromAdmin.id));
      expect(audit.find((e) => e.subject === fromCli.id)).toMatchObject({ userId: operator.id, details: { name: 'From the CLI', type: 'email' } });
      expect(audit.find((e) => e.subject === fromAdmin.id)).toMatchObject({ userId: editor.id, details: { name: 'From the admin', type: 'email' } });
      expect(await api.get(AuditLog).list({ serviceId: service, action: 'api-key.created', limit: 5 })).toEqual([
        expect.objectContaining({ userId: operator.id, subject: key.id, details: { name: 'k', keyType: 'normal' } }),
      ]);
    } finally {
      await api.stop();
    }
  });
});
