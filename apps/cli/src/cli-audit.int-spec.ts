import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { Administration, openAdministration } from '@herald/administration';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, aTestMobile, heraldJson } from '@herald/testing';
import { heraldCli } from './herald-cli';

/** Commands that change nothing, so leave no audit record. Every other command must be in WRITES below. */
const READ_ONLY = [
  'service list',
  'api-key list',
  'template list',
  'provider list',
  'migrate',
  'template-set show',
  'preference show',
  'message show',
  'register list',
  'register purposes',
];

/** The register `register add` makes, which `register grant` and `register revoke` then use. */
const AUDITED_REGISTER = `audited-${randomUUID().slice(0, 8)}`;

/** The user `user create` makes, whom `user auditor` then finds by email address. */
const AUDITED_USER_EMAIL = `audited-${randomUUID().slice(0, 8)}@example.gov.uk`;

/** What the write commands below share: the ids the earlier ones made. */
interface Made {
  service: string;
  template: string;
  user: string;
  provider: string;
  contentFile: string;
  templateSet: string;
}

/** Each write command, in an order where each finds what it needs, with the action its audit record names. */
const WRITES: ReadonlyArray<{ command: string; action: string; args: (made: Made) => string[]; keep?: (out: Record<string, unknown>, made: Made) => void }> = [
  {
    command: 'service create',
    action: 'service.created',
    args: () => ['--name', `Audited ${randomUUID().slice(0, 8)}`],
    keep: (out, made) => (made.service = String(out.id)),
  },
  { command: 'service update', action: 'service.updated', args: (m) => ['--service', m.service, '--sms-prefix', 'on'] },
  {
    command: 'service check-rules',
    action: 'check-rules.updated',
    args: (m) => ['--service', m.service, '--rule', 'words-to-avoid=error', '--rule', 'link-text=warning'],
  },
  { command: 'api-key create', action: 'api-key.created', args: (m) => ['--service', m.service, '--name', 'Audited key', '--type', 'test'] },
  {
    command: 'template create',
    action: 'template.created',
    args: (m) => ['--service', m.service, '--type', 'sms', '--name', 'Audited', '--content-file', m.contentFile],
    keep: (out, made) => (made.template = String(out.id)),
  },
  { command: 'template update', action: 'template.updated', args: (m) => ['--service', m.service, '--id', m.template, '--name', 'Audited again'] },
  { command: 'template archive', action: 'template.archived', args: (m) => ['--service', m.service, '--id', m.template] },
  { command: 'reply-to add', action: 'reply-to.added', args: (m) => ['--service', m.service, '--email', 'replies@example.gov.uk'] },
  {
    command: 'sms-sender add',
    action: 'sms-sender.added',
    args: (m) => ['--service', m.service, '--sender', '07700900500', '--inbound-number', aTestMobile()],
  },
  { command: 'guest-list add', action: 'guest-list.updated', args: (m) => ['--service', m.service, '--recipient', 'guest@example.gov.uk'] },
  {
    command: 'user create',
    action: 'user.created',
    args: () => ['--email', AUDITED_USER_EMAIL, '--name', 'Audited'],
    keep: (out, made) => (made.user = String(out.id)),
  },
  { command: 'user auditor', action: 'user.auditor-granted', args: () => ['--email', AUDITED_USER_EMAIL, '--on'] },
  { command: 'user auditor', action: 'user.auditor-removed', args: () => ['--email', AUDITED_USER_EMAIL, '--off'] },
  { command: 'team add', action: 'team.member-added', args: (m) => ['--service', m.service, '--user', m.user] },
  {
    command: 'callback set',
    action: 'callback.created',
    args: (m) => ['--service', m.service, '--type', 'delivery-status', '--url', 'https://example.gov.uk/cb', '--token', 'a long enough token'],
  },
  { command: 'callback remove', action: 'callback.removed', args: (m) => ['--service', m.service, '--type', 'delivery-status'] },
  { command: 'provider disable', action: 'sms-provider.switched-off', args: (m) => [m.provider] },
  { command: 'provider enable', action: 'sms-provider.switched-on', args: (m) => [m.provider] },
  { command: 'letters print-now', action: 'letters.sent-to-print', args: () => [] },
  {
    command: 'inbound-sms receive',
    action: 'inbound-sms.received-from-cli',
    args: (m) => ['--service', m.service, '--from', '07700 900 111', '--content', 'Audited'],
  },
  {
    command: 'template-set create',
    action: 'template-set.created',
    args: (m) => ['--service', m.service, '--name', 'Audited set', '--kind', 'service', '--label', 'Audited', '--variant', `sms:en:${m.contentFile}`],
    keep: (out, made) => (made.templateSet = String(out.id)),
  },
  { command: 'template-set publish', action: 'template-set.published', args: (m) => ['--service', m.service, '--set', m.templateSet] },
  // A trial service sends only to its team and guest list.
  { command: 'guest-list add', action: 'guest-list.updated', args: (m) => ['--service', m.service, '--recipient', '07700 900456'] },
  {
    command: 'message send',
    action: 'message.sent',
    args: (m) => [
      '--service',
      m.service,
      '--set',
      m.templateSet,
      '--phone',
      '07700 900456',
      '--method',
      'first_success',
      '--channels',
      'sms',
      '--personalisation',
      'name=Jo',
    ],
  },
  { command: 'preference set', action: 'recipient-preference.changed', args: (m) => ['--service', m.service, '--phone', '07700 900456', '--sms', 'off'] },
  {
    command: 'register add',
    action: 'register.added',
    args: (m) => {
      const file = join(dirname(m.contentFile), `${AUDITED_REGISTER}.json`);
      writeFileSync(file, JSON.stringify({ schemes: ['nino'], people: [] }));
      return ['--name', AUDITED_REGISTER, '--adapter', 'fake', '--settings-file', file];
    },
  },
  {
    command: 'register grant',
    action: 'register.purpose-granted',
    args: (m) => ['--service', m.service, '--register', AUDITED_REGISTER, '--purpose', 'audited', '--label', 'To test the audit trail'],
  },
  {
    command: 'register revoke',
    action: 'register.purpose-revoked',
    args: (m) => ['--service', m.service, '--register', AUDITED_REGISTER, '--purpose', 'audited'],
  },
];

/** Every command the CLI offers, as typed after `herald` (`provider disable`), read from its commander tree. */
function commandsOf(command: Command, path: string[] = []): string[] {
  return command.commands.flatMap((sub) => (sub.commands.length ? commandsOf(sub, [...path, sub.name()]) : [[...path, sub.name()].join(' ')]));
}

describe('the CLI’s audit trail', () => {
  it('knows every command: each is read-only or a write this suite checks', () => {
    const commands = commandsOf(heraldCli(undefined, false));
    const checked = WRITES.map((w) => w.command);
    expect(commands.filter((c) => !READ_ONLY.includes(c) && !checked.includes(c))).toEqual([]);
    // A command that no longer exists is not checked either.
    expect([...READ_ONLY, ...checked].filter((c) => !commands.includes(c))).toEqual([]);
  });

  describe('every write leaves one audit record, by the CLI operator', () => {
    let config: HeraldConfig;
    let administration: Administration;
    let operatorId: string;
    const made = {} as Made;
    const seen = new Set<string>();

    beforeAll(async () => {
      config = await aTestConfig({ CLI_OPERATOR_EMAIL: `audit-${randomUUID().slice(0, 8)}@example.gov.uk` });
      made.contentFile = join(config.dataDir, 'audited.txt');
      writeFileSync(made.contentFile, 'Hello ((name))');
      made.provider = String(((await heraldJson(config, 'provider', 'list')).providers as Array<{ name: string }>)[0].name);
      administration = await openAdministration(config);
      operatorId = (await administration.users.operator()).id;
    });

    afterAll(() => administration?.close());

    it.each(WRITES.map((write) => [write.command, write]))('%s', async (command, write) => {
      const out = await heraldJson(config, ...command.split(' '), ...write.args(made));
      write.keep?.(out, made);
      const added = (await administration.auditLog.list({ userId: operatorId, limit: 100 })).filter((event) => !seen.has(event.id));
      added.forEach((event) => seen.add(event.id));
      expect(added.map((event) => event.action)).toEqual([write.action]);
    });
  });
});
