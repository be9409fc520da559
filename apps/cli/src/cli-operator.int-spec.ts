import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AuditRepository, SessionRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, runHeraldCli } from '@herald/testing';

const json = async (config: Parameters<typeof runHeraldCli>[0], ...args: string[]) => {
  const result = await runHeraldCli(config, ...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, string>;
};

describe('the CLI operator', () => {
  it('authors what the CLI creates (created_by in the API) and leaves the admin’s audit record, as a user that cannot sign in', async () => {
    const operatorEmail = `cli-${randomUUID().slice(0, 8)}@example.gov.uk`;
    const config = await aTestConfig({ CLI_OPERATOR_EMAIL: operatorEmail });
    const service = (await json(config, 'service', 'create', '--name', `Operator ${randomUUID().slice(0, 8)}`, '--live')).id;
    const key = await json(config, 'api-key', 'create', '--service', service, '--name', 'k', '--type', 'normal');
    const file = join(config.dataDir, 'email.md');
    writeFileSync(file, 'Hello ((name))');
    const fromCli = await json(config, 'template', 'create', '--service', service, '--type', 'email', '--name', 'From the CLI', '--subject', 'Hi', '--content-file', file);

    const api = await HeraldUnderTest.start(config);
    try {
      const template = await request(api.baseUrl).get(`/v2/template/${fromCli.id}`).set('Authorization', bearerFor(service, key.key.slice(-36))).expect(200);
      expect(template.body.created_by).toBe(operatorEmail);

      const operator = (await api.get(UserRepository).findByEmail(operatorEmail))!;
      expect(operator).toMatchObject({ name: 'Herald CLI', platformAdmin: false });
      expect((await api.get(UserRepository).findCredentials(operatorEmail))?.passwordHash ?? null).toBeNull();

      const editor = await api.get(UserRepository).create({ emailAddress: `editor-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Editor', platformAdmin: false });
      await api.get(TeamMemberRepository).add(service, editor.id, ['manage_templates']);
      const session = (await api.get(SessionRepository).open(editor.id)).token;
      const fromAdmin = (await request(api.baseUrl).post(`/internal/services/${service}/templates`).set('Authorization', `Bearer ${session}`)
        .send({ type: 'email', name: 'From the admin', subject: 'Hi', content: 'Hello ((name))' }).expect(201)).body as { id: string };

      const audit = await api.get(AuditRepository).list({ serviceId: service, action: 'template.created', limit: 10 });
      const shape = (templateId: string) => {
        const event = audit.find((e) => e.subject === templateId)!;
        return { action: event.action, serviceId: event.serviceId, detailKeys: Object.keys(event.details).sort(), type: event.details.type };
      };
      expect(shape(fromCli.id)).toEqual(shape(fromAdmin.id));
      expect(audit.find((e) => e.subject === fromCli.id)).toMatchObject({ userId: operator.id, details: { name: 'From the CLI', type: 'email' } });
      expect(audit.find((e) => e.subject === fromAdmin.id)).toMatchObject({ userId: editor.id, details: { name: 'From the admin', type: 'email' } });
      expect(await api.get(AuditRepository).list({ serviceId: service, action: 'api-key.created', limit: 5 })).toEqual([
        expect.objectContaining({ userId: operator.id, subject: key.id, details: { name: 'k', keyType: 'normal' } }),
      ]);
    } finally {
      await api.stop();
    }
  });
});
