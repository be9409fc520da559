import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeraldConfig } from '@herald/config';
import { aSqliteTestConfig, aTestConfig, bearerFor, HeraldUnderTest, runHeraldCli } from '@herald/testing';
import request from 'supertest';

const herald = runHeraldCli;

const json = async (config: HeraldConfig, ...args: string[]) => {
  const result = await herald(config, ...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, unknown>;
};

describe('the herald CLI', () => {
  it('sets up a service that can send an email, with nothing but CLI commands', async () => {
    const config = await aTestConfig();
    const service = await json(config, 'service', 'create', '--name', `CLI service ${Date.now()}`, '--live');
    expect(service.id).toEqual(expect.any(String));
    const key = await json(config, 'api-key', 'create', '--service', String(service.id), '--name', 'Back office', '--type', 'normal');
    expect(key.key).toMatch(new RegExp(`^back_office-${service.id}-[0-9a-f-]{36}$`));
    const file = join(config.dataDir, 'template.md');
    writeFileSync(file, 'Hello ((name))');
    const template = await json(
      config,
      'template',
      'create',
      '--service',
      String(service.id),
      '--type',
      'email',
      '--name',
      'Hi',
      '--subject',
      'Hi ((name))',
      '--content-file',
      file,
    );
    expect(template.version).toBe(1);
    writeFileSync(file, 'Hello again ((name))');
    const updated = await json(config, 'template', 'update', '--service', String(service.id), '--id', String(template.id), '--content-file', file);
    expect(updated).toEqual({ id: template.id, version: 2 });
    const replyTo = await json(config, 'reply-to', 'add', '--service', String(service.id), '--email', 'help@example.gov.uk', '--default');
    expect(replyTo.id).toEqual(expect.any(String));

    const herald = await HeraldUnderTest.start(config);
    try {
      const secret = String(key.key).slice(-36);
      const sent = await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(String(service.id), secret))
        .send({ email_address: 'x@example.com', template_id: template.id, personalisation: { name: 'Kim' } })
        .expect(201);
      expect(sent.body.content.body).toBe('Hello again Kim');
      expect(sent.body.template.version).toBe(2);
    } finally {
      await herald.stop();
    }
    // Six commands, each opening the database, then an API: minutes on a busy machine.
  }, 180_000);

  it('adds a user to a team, on the embedded SQLite database', async () => {
    const config = await aSqliteTestConfig();
    const service = await json(config, 'service', 'create', '--name', 'Team service');
    const user = await json(config, 'user', 'create', '--email', 'Lee@Example.gov.uk', '--name', 'Lee', '--platform-admin');
    expect(await json(config, 'team', 'add', '--service', String(service.id), '--user', String(user.id))).toEqual({ service_id: service.id, user_id: user.id });
  });

  it('explains mistakes on stderr and exits 1, or as JSON on stdout with --json', async () => {
    const config = await aSqliteTestConfig();
    const missing = await herald(config, 'api-key', 'create', '--service', 'nope', '--name', 'k', '--type', 'normal', '--json');
    expect(missing).toEqual({ code: 1, out: `${JSON.stringify({ error: { code: 'not_found', message: 'Service nope not found' } })}\n`, err: '' });
    expect(await herald(config, 'api-key', 'create', '--service', 'nope', '--name', 'k', '--type', 'normal')).toEqual({
      code: 1,
      out: '',
      err: 'herald: Service nope not found\n',
    });
    const service = await json(config, 'service', 'create', '--name', 'Strict service');
    const noSubject = await herald(
      config,
      'template',
      'create',
      '--service',
      String(service.id),
      '--type',
      'email',
      '--name',
      'x',
      '--content-file',
      __filename,
    );
    expect(noSubject).toMatchObject({ code: 1, err: 'herald: An email template needs --subject\n' });
    const letterWithoutSubject = await herald(
      config,
      'template',
      'create',
      '--service',
      String(service.id),
      '--type',
      'letter',
      '--name',
      'x',
      '--content-file',
      __filename,
    );
    expect(letterWithoutSubject).toMatchObject({ code: 1, err: 'herald: A letter template needs --subject\n' });
    const badEmail = await herald(config, 'reply-to', 'add', '--service', String(service.id), '--email', 'not an email');
    expect(badEmail.code).toBe(1);
  });

  it('reports usage errors with commander’s message and exit code instead of exiting the process', async () => {
    const config = await aSqliteTestConfig();
    const badChoice = await herald(config, 'template', 'create', '--service', 'x', '--type', 'fax', '--name', 'x', '--content-file', __filename);
    expect(badChoice.code).toBe(1);
    expect(badChoice.err).toContain("option '--type <type>' argument 'fax' is invalid");
    const missingOption = await herald(config, 'service', 'create');
    expect(missingOption.code).toBe(1);
    expect(missingOption.err).toContain("required option '--name <name>' not specified");
  });
});
