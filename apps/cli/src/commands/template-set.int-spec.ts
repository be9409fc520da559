import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

describe('herald template-set', () => {
  let config: HeraldConfig;
  let serviceId: string;
  const file = (name: string, text: string) => {
    const path = join(config.dataDir, `${randomUUID().slice(0, 8)}-${name}`);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    config = await aTestConfig();
    serviceId = String((await heraldJson(config, 'service', 'create', '--name', `Sets ${randomUUID().slice(0, 8)}`)).id);
  });

  const create = (...variants: string[]) =>
    runHeraldCli(
      config,
      'template-set',
      'create',
      '--service',
      serviceId,
      '--name',
      'Appointment',
      '--kind',
      'statutory',
      '--label',
      'Your appointment',
      '--sensitive',
      ...variants.flatMap((v) => ['--variant', v]),
      '--json',
    );

  it('creates a set from variant files and publishes it, with --json', async () => {
    const email = file('email.md', 'Subject: Your appointment ((ref))\n\nDear ((name)), see you on ((date)).\n');
    const letter = file(
      'letter.md',
      'Subject: Your appointment ((ref))\nWelsh-Subject: Eich apwyntiad ((ref))\n\nDear ((name)), ((date)).\n=== cy ===\nAnnwyl ((name)), ((date)).\n',
    );
    const sms = file('sms.txt', '[[cy]]((name)): ((ref)) ((date))[[/cy]]\n[[en]]((name)): ((ref)) ((date))[[/en]]\n');
    const created = await create(`email:en:${email}`, `letter:bilingual:${letter}`, `sms:bilingual:${sms}`);
    expect(created).toMatchObject({ code: 0, err: '' });
    const set = JSON.parse(created.out) as { id: string };
    expect(set).toMatchObject({ name: 'Appointment', variants: 3, published_version: null });

    const published = await heraldJson(config, 'template-set', 'publish', '--service', serviceId, '--set', set.id);
    expect(published).toMatchObject({ id: set.id, version: 1 });
    expect(published.variants).toHaveLength(3);
    const shown = await heraldJson(config, 'template-set', 'show', '--service', serviceId, '--set', set.id);
    expect(shown).toMatchObject({ kind: 'statutory', sensitive: true, published_version: 1 });
    expect(shown.variants).toEqual(published.variants);
  });

  it('R-RT-5: refuses to publish, naming the placeholder each variant lacks', async () => {
    const email = file('email.md', 'Subject: Your appointment\n\nDear ((name)).\n');
    const sms = file('sms.txt', '((name)): ((ref))');
    const set = JSON.parse((await create(`email:en:${email}`, `sms:en:${sms}`)).out) as { id: string };
    const refused = await runHeraldCli(config, 'template-set', 'publish', '--service', serviceId, '--set', set.id, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toEqual({ error: { code: 'invalid', message: 'email (en): missing ((ref))' } });
  });

  it('R-LF-3: refuses a bilingual letter whose Welsh text lacks a placeholder', async () => {
    const letter = file('letter.md', 'Subject: Appointment\nWelsh-Subject: Apwyntiad\n\nDear ((name)), ((date)).\n=== cy ===\nAnnwyl ((name)).\n');
    const refused = await create(`letter:bilingual:${letter}`);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).error.message).toBe('letter (bilingual): the Welsh text lacks ((date))');
  });

  it('says how to write a variant it cannot read', async () => {
    const refused = await create('sms-only');
    expect(JSON.parse(refused.out)).toEqual({ error: { code: 'usage', message: expect.stringContaining('<channel>:<language>:<file>') } });
  });
});
