import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

/** R-CK from the CLI: `herald service check-rules`, and `template create` checked as the admin's save is. */
describe('content checks from the CLI', () => {
  let config: HeraldConfig;
  let serviceId: string;
  let contentFile: string;

  beforeAll(async () => {
    config = await aTestConfig();
    serviceId = String((await heraldJson(config, 'service', 'create', '--name', `Checked ${randomUUID().slice(0, 8)}`)).id);
    contentFile = join(config.dataDir, 'click-here.md');
    writeFileSync(contentFile, 'To apply, [Click here](https://x.gov.uk).');
  });

  const createTemplate = () =>
    runHeraldCli(
      config,
      'template',
      'create',
      '--service',
      serviceId,
      '--type',
      'email',
      '--name',
      'Apply',
      '--subject',
      'Apply',
      '--content-file',
      contentFile,
      '--json',
    );

  it('R-CK: shows every check with Herald’s defaults until the service changes them', async () => {
    const shown = await heraldJson(config, 'service', 'check-rules', '--service', serviceId);
    expect(shown).toEqual({
      id: serviceId,
      rules: {
        'words-to-avoid': 'warning',
        'link-text': 'error',
        'sentence-length': 'warning',
        'reading-age': 'warning',
        'passive-voice': 'warning',
        'letter-pages': 'error',
        parity: 'error',
      },
    });
    const text = await runHeraldCli(config, 'service', 'check-rules', '--service', serviceId);
    expect(text.out).toMatch(/link-text\s+error\s+Link text/);
  });

  it('R-CK-2: `template create` with vague link text is refused naming it, until link text is a warning for the service', async () => {
    const refused = await createTemplate();
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).error).toEqual({ code: 'invalid', message: expect.stringContaining('Link text (message, line 1, column 12)') });

    const changed = await heraldJson(config, 'service', 'check-rules', '--service', serviceId, '--rule', 'link-text=warning');
    expect((changed.rules as Record<string, string>)['link-text']).toBe('warning');
    expect(await createTemplate()).toMatchObject({ code: 0, err: '' });
  });

  it('R-CK: refuses an unknown check or severity, saying what it accepts', async () => {
    const unknown = await runHeraldCli(config, 'service', 'check-rules', '--service', serviceId, '--rule', 'spelling=error', '--json');
    expect(JSON.parse(unknown.out).error).toEqual({ code: 'invalid', message: expect.stringContaining('There is no check called spelling') });
    const severity = await runHeraldCli(config, 'service', 'check-rules', '--service', serviceId, '--rule', 'parity=loud', '--json');
    expect(JSON.parse(severity.out).error.message).toBe('Parity between variants: select error, warning or off');
    const malformed = await runHeraldCli(config, 'service', 'check-rules', '--service', serviceId, '--rule', 'parity', '--json');
    expect(JSON.parse(malformed.out).error.code).toBe('usage');
  });
});
