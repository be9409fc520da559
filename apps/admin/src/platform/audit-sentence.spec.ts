import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformAuditEvent } from '@herald/contracts';
import { actionsOfKind, AUDIT_KINDS, auditSentence, auditTime, KNOWN_ACTIONS } from './audit-sentence';

const ROOT = join(__dirname, '../../../..');

/** An action named in a template literal: every value it can take. */
const TEMPLATE_ACTIONS: Readonly<Record<string, readonly string[]>> = { 'go-live.${status}': ['go-live.approved', 'go-live.rejected'] };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The text after `from` up to the first closing bracket outside brackets and strings (or the first comma, when `toComma`). */
function expressionAt(source: string, from: number, toComma = true): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < source.length; i += 1) {
    const c = source[i];
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return source.slice(from, i);
      depth -= 1;
    } else if (toComma && c === ',' && depth === 0) return source.slice(from, i);
  }
  return source.slice(from);
}

/** The actions one `action:` expression can record: its string literals, a template literal's values, or a constant's value. */
function actionsOf(file: string, source: string, expression: string): string[] {
  const literals = [...expression.matchAll(/'([^']*)'/g)].map((m) => m[1]).filter((text) => /^[a-z][a-z_-]*(\.[a-z_-]+)?$/.test(text));
  const templates = [...expression.matchAll(/`([^`]+)`/g)].flatMap((m) => TEMPLATE_ACTIONS[m[1]] ?? []);
  const constant = /^\s*([A-Z][A-Z0-9_]*)\s*$/.exec(expression);
  const named = constant ? [...source.matchAll(new RegExp(`const ${constant[1]}\\s*=\\s*'([^']+)'`, 'g'))].map((m) => m[1]) : [];
  const found = [...literals, ...templates, ...named];
  if (found.length === 0) throw new Error(`${file}: cannot tell which actions "action:${expression}" records; teach audit-sentence.spec.ts`);
  return found;
}

/** Every action Herald records: each `.record({ … action: … })` in the apps and libraries (the CLI's go through libs/administration). */
function recordedActions(): string[] {
  const actions = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))]) {
    const source = readFileSync(file, 'utf8');
    for (const call of source.matchAll(/\.record\(\{/g)) {
      const block = expressionAt(source, call.index! + '.record({'.length, false);
      const at = block.search(/\baction:/);
      if (at < 0) continue;
      for (const action of actionsOf(file, source, expressionAt(block, at + 'action:'.length))) actions.add(action);
    }
  }
  return [...actions].sort();
}

const anEvent = (overrides: Partial<PlatformAuditEvent> = {}): PlatformAuditEvent => ({
  id: 'e1',
  createdAt: '2026-12-04T10:31:00Z',
  user: { id: 'u1', name: 'Alice Smith', emailAddress: 'alice@example.gov.uk' },
  service: { id: 's1', name: 'Passport Office' },
  action: 'api-key.created',
  subject: 'k1',
  details: { name: 'backend', keyType: 'normal' },
  ...overrides,
});

describe('the audit log as sentences', () => {
  const recorded = recordedActions();

  it('finds the actions the code records, the CLI’s and the oversight page views among them', () => {
    expect(recorded.length).toBeGreaterThan(60);
    expect(recorded).toEqual(
      expect.arrayContaining(['api-key.created', 'go-live.approved', 'oversight.page_viewed', 'sms-provider.switched-off', 'sign-in.locked']),
    );
  });

  it('has a sentence of its own for every action the code records', () => {
    expect(recorded.filter((action) => !KNOWN_ACTIONS.includes(action))).toEqual([]);
  });

  it('has no sentence for an action the code no longer records', () => {
    expect(KNOWN_ACTIONS.filter((action) => !recorded.includes(action))).toEqual([]);
  });

  it('puts every action in exactly one kind for the filter', () => {
    for (const action of KNOWN_ACTIONS) {
      expect([action, AUDIT_KINDS.filter((kind) => actionsOfKind(kind.value)!.includes(action)).length]).toEqual([action, 1]);
    }
  });

  it.each(KNOWN_ACTIONS.map((action) => [action]))('writes %s as a sentence naming who did it and when, even with nothing kept', (action) => {
    const sentence = auditSentence(anEvent({ action, subject: null, details: {} }));
    expect(sentence).toMatch(/^Alice Smith [a-z].*, 4 December 2026 at 10:31$/);
    expect(sentence).not.toMatch(/undefined|null|\[object|recorded as|  |‘’/);
  });

  it('names the person, the API key, the service and the UK time', () => {
    expect(auditSentence(anEvent())).toBe('Alice Smith created API key ‘backend’ for Passport Office, 4 December 2026 at 10:31');
  });

  it('writes the time in UK time, summer time included', () => {
    expect(auditTime('2026-07-01T09:05:00Z')).toBe('1 July 2026 at 10:05');
    expect(auditTime('2026-12-04T23:59:00Z')).toBe('4 December 2026 at 23:59');
  });

  it('names template, folder and team member, or says what it was when no name was kept', () => {
    expect(auditSentence(anEvent({ action: 'template.created', details: { type: 'email' } }))).toContain('created an email template in Passport Office');
    expect(auditSentence(anEvent({ action: 'template.created', details: { name: 'Reminder', type: 'sms' } }))).toBe(
      'Alice Smith created text message template ‘Reminder’ in Passport Office, 4 December 2026 at 10:31',
    );
    expect(auditSentence(anEvent({ action: 'folder.renamed', details: { from: 'Old', to: 'New' } }))).toContain(
      'renamed folder ‘Old’ to ‘New’ in Passport Office',
    );
    expect(auditSentence(anEvent({ action: 'team.member-removed', subject: 'bob@example.gov.uk' }))).toContain(
      'removed bob@example.gov.uk from the team of Passport Office',
    );
  });

  it('reads well when what it was about has gone: a deleted template, a service that no longer exists', () => {
    expect(auditSentence(anEvent({ action: 'template.archived', details: { name: 'Reminder' } }))).toContain(
      'deleted template ‘Reminder’ from Passport Office',
    );
    expect(auditSentence(anEvent({ action: 'go-live.approved', service: null, details: { serviceName: 'Fishing licences' } }))).toContain(
      'made Fishing licences live',
    );
    expect(auditSentence(anEvent({ action: 'api-key.revoked', service: null, details: {} }))).toContain(
      'revoked an API key for a service that no longer exists',
    );
  });

  it('names the CLI’s operator, and Herald itself when nobody was signed in', () => {
    const cli = { id: 'u2', name: 'Herald CLI', emailAddress: 'cli@example.gov.uk' };
    expect(auditSentence(anEvent({ user: cli }))).toMatch(/^Herald CLI operator created API key/);
    expect(auditSentence(anEvent({ user: null, service: null, action: 'account.platform-admin-created', subject: 'ops@example.gov.uk', details: {} }))).toBe(
      'Herald set up the first platform admin, ops@example.gov.uk, 4 December 2026 at 10:31',
    );
  });

  it('falls back to a plain sentence naming an action it does not know', () => {
    expect(auditSentence(anEvent({ action: 'widget.frobbed' }))).toBe(
      'Alice Smith made a change recorded as ‘widget.frobbed’ for Passport Office, 4 December 2026 at 10:31',
    );
  });

  it('gives the actions of a kind, and none for a kind it does not know', () => {
    expect(actionsOfKind('api')).toEqual(['api-key.created', 'api-key.revoked', 'callback.created', 'callback.changed', 'callback.removed']);
    expect(actionsOfKind('nonsense')).toBeUndefined();
    expect(actionsOfKind(undefined)).toBeUndefined();
  });
});
