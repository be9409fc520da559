import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { HeraldConfig } from '@herald/config';
import { aTestConfig, bearerFor, HeraldUnderTest, runHeraldCli } from '@herald/testing';

const herald = runHeraldCli;

const json = async (config: HeraldConfig, ...args: string[]) => {
  const result = await herald(config, ...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, string>;
};

describe('template --created-by', () => {
  it('records who made each version, which the API shows as created_by: the CLI operator unless --created-by names another user', async () => {
    const config = await aTestConfig();
    const suffix = randomUUID().slice(0, 8);
    const author = await json(config, 'user', 'create', '--email', `author-${suffix}@example.gov.uk`, '--name', 'Author');
    const editor = await json(config, 'user', 'create', '--email', `editor-${suffix}@example.gov.uk`, '--name', 'Editor');
    const service = await json(config, 'service', 'create', '--name', `Created-by ${suffix}`, '--live');
    const key = await json(config, 'api-key', 'create', '--service', service.id, '--name', 'k', '--type', 'normal');
    const file = join(config.dataDir, 'template.md');
    writeFileSync(file, 'Hello ((name))');
    const template = await json(
      config,
      'template',
      'create',
      '--service',
      service.id,
      '--type',
      'email',
      '--name',
      'Hi',
      '--subject',
      'Hi',
      '--content-file',
      file,
      '--created-by',
      author.id,
    );
    const untouched = await json(config, 'template', 'update', '--service', service.id, '--id', template.id, '--name', 'Hi again');
    const edited = await json(config, 'template', 'update', '--service', service.id, '--id', template.id, '--name', 'Hi there', '--created-by', editor.id);
    expect([untouched.version, edited.version]).toEqual([2, 3]);

    const api = await HeraldUnderTest.start(config);
    try {
      const get = (path: string) =>
        request(api.baseUrl)
          .get(path)
          .set('Authorization', bearerFor(service.id, String(key.key).slice(-36)))
          .expect(200);
      expect((await get(`/v2/template/${template.id}/version/1`)).body.created_by).toBe(`author-${suffix}@example.gov.uk`);
      expect((await get(`/v2/template/${template.id}/version/2`)).body.created_by).toBe(config.cliOperatorEmail);
      expect((await get(`/v2/template/${template.id}`)).body.created_by).toBe(`editor-${suffix}@example.gov.uk`);
    } finally {
      await api.stop();
    }
  });

  it('refuses a user that does not exist', async () => {
    const config = await aTestConfig();
    const service = await json(config, 'service', 'create', '--name', `Created-by ${randomUUID().slice(0, 8)}`);
    const file = join(config.dataDir, 'template.md');
    writeFileSync(file, 'Hello');
    const missing = randomUUID();
    const result = await herald(
      config,
      'template',
      'create',
      '--service',
      service.id,
      '--type',
      'sms',
      '--name',
      'T',
      '--content-file',
      file,
      '--created-by',
      missing,
    );
    expect(result.code).not.toBe(0);
    expect(result.err).toContain(`User ${missing} not found`);
  });
});
