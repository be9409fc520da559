import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TemplateAdministration } from '@herald/administration';
import { aTestConfig, HeraldUnderTest, runHeraldCli } from '@herald/testing';

const herald = runHeraldCli;

describe('letter templates from the CLI', () => {
  it('sets the contact block and postage on create and changes them on update', async () => {
    const config = await aTestConfig();
    const service = JSON.parse((await herald(config, 'service', 'create', '--name', `Letters ${randomUUID().slice(0, 8)}`, '--live', '--json')).out) as {
      id: string;
    };
    const content = join(config.dataDir, 'letter.md');
    const contact = join(config.dataDir, 'contact.txt');
    writeFileSync(content, 'Dear ((name))');
    writeFileSync(contact, 'Claims Office\n((office))');
    const created = await herald(
      config,
      'template',
      'create',
      '--service',
      service.id,
      '--type',
      'letter',
      '--name',
      'Claim',
      '--subject',
      'Your claim',
      '--content-file',
      content,
      '--letter-contact-file',
      contact,
      '--postage',
      'first',
      '--json',
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    const { id } = JSON.parse(created.out) as { id: string };
    writeFileSync(contact, 'Claims Office\nYork');
    const updated = await herald(
      config,
      'template',
      'update',
      '--service',
      service.id,
      '--id',
      id,
      '--letter-contact-file',
      contact,
      '--postage',
      'economy',
      '--json',
    );
    expect(updated).toMatchObject({ code: 0, err: '' });

    const app = await HeraldUnderTest.start(config);
    try {
      // Newest first.
      expect(await app.get(TemplateAdministration).versions(service.id, id)).toEqual([
        expect.objectContaining({ version: 2, letterContactBlock: 'Claims Office\nYork', postage: 'economy' }),
        expect.objectContaining({ version: 1, letterContactBlock: 'Claims Office\n((office))', postage: 'first' }),
      ]);
    } finally {
      await app.stop();
    }
  });

  it('refuses letter options on other template types', async () => {
    const config = await aTestConfig();
    const service = JSON.parse((await herald(config, 'service', 'create', '--name', `Letters ${randomUUID().slice(0, 8)}`, '--json')).out) as { id: string };
    const content = join(config.dataDir, 'sms.txt');
    writeFileSync(content, 'Hello');
    const sms = await herald(
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
      content,
      '--postage',
      'first',
    );
    expect(sms.code).not.toBe(0);
    expect(sms.err).toContain('--letter-contact-file and --postage are for letter templates');
  });
});
