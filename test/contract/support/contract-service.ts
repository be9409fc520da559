import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeraldConfig } from '@herald/config';
import { heraldCli } from './herald-cli';

/** What the contract suite sends with: everything made by `herald` CLI commands, nothing else. */
export interface ContractService {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly liveKey: string;
  readonly testKey: string;
  readonly authorEmail: string;
  readonly contactLink: string;
  readonly inboundNumber: string;
  readonly smsSender: string;
  readonly templates: {
    readonly email: ContractTemplate;
    readonly sms: ContractTemplate;
    readonly letter: ContractTemplate;
  };
}

export interface ContractTemplate {
  readonly id: string;
  readonly name: string;
  readonly subject: string | null;
  readonly content: string;
  readonly letterContactBlock: string | null;
}

export const EMAIL_TEMPLATE = {
  name: 'Contract email',
  subject: 'Your reference, ((name))',
  content: 'Dear ((name)),\n\nYour reference is ((reference number)).\n\nFile: ((file))',
};
export const SMS_TEMPLATE = { name: 'Contract text', subject: null, content: 'Hello ((name)), your code is ((code)).' };
export const LETTER_TEMPLATE = {
  name: 'Contract letter',
  subject: 'Your appointment, ((name))',
  content: 'Dear ((name)),\n\nYour appointment is on ((date)).',
  letterContactBlock: 'Passport Office\n((office phone))',
};

/**
 * A live service with a live and a test key, an email, a text and a letter template written by
 * a team member, an SMS sender with an inbound number and contact details for sending files,
 * set up only with the CLI, on the database the Herald under test uses.
 */
export async function aContractServiceFromCli(config: HeraldConfig): Promise<ContractService> {
  const cli = (...args: string[]) => heraldCli(config, ...args);
  const serviceName = `Contract Service ${Date.now()}`;
  const serviceId = String((await cli('service', 'create', '--name', serviceName, '--live')).id);
  const contactLink = 'https://contract.example.gov.uk/help';
  await cli('service', 'update', '--service', serviceId, '--contact-link', contactLink);
  const authorEmail = `author-${Date.now()}@contract.example.gov.uk`;
  const userId = String((await cli('user', 'create', '--email', authorEmail, '--name', 'Template Author')).id);
  await cli('team', 'add', '--service', serviceId, '--user', userId);
  const liveKey = String((await cli('api-key', 'create', '--service', serviceId, '--name', 'Contract live', '--type', 'normal')).key);
  const testKey = String((await cli('api-key', 'create', '--service', serviceId, '--name', 'Contract test', '--type', 'test')).key);
  const inboundNumber = `07700900${String(Date.now() % 1000).padStart(3, '0')}`;
  const smsSender = 'HERALDTEST';
  await cli('sms-sender', 'add', '--service', serviceId, '--sender', smsSender, '--default', '--inbound-number', inboundNumber);

  const file = (name: string, text: string) => {
    const path = join(config.dataDir, name);
    writeFileSync(path, text);
    return path;
  };
  const template = async (
    type: string,
    spec: { name: string; subject: string | null; content: string; letterContactBlock?: string },
  ): Promise<ContractTemplate> => {
    const args = [
      'template',
      'create',
      '--service',
      serviceId,
      '--type',
      type,
      '--name',
      spec.name,
      '--content-file',
      file(`${type}.txt`, spec.content),
      '--created-by',
      userId,
    ];
    if (spec.subject !== null) args.push('--subject', spec.subject);
    if (spec.letterContactBlock) args.push('--letter-contact-file', file(`${type}-contact.txt`, spec.letterContactBlock));
    const created = await cli(...args);
    return { id: String(created.id), name: spec.name, subject: spec.subject, content: spec.content, letterContactBlock: spec.letterContactBlock ?? null };
  };
  return {
    serviceId,
    serviceName,
    liveKey,
    testKey,
    authorEmail,
    contactLink,
    inboundNumber,
    smsSender,
    templates: { email: await template('email', EMAIL_TEMPLATE), sms: await template('sms', SMS_TEMPLATE), letter: await template('letter', LETTER_TEMPLATE) },
  };
}
