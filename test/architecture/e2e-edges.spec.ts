import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Black-box suites drive Herald through its edges: the HTTP API (public /v2, the internal API
 * through libs/contracts' client, webhooks), the CLI, the loopback providers and the apps started
 * whole (libs/testing's HeraldUnderTest). They import no app's internals and no repository.
 */
const BLACK_BOX_FOLDERS = ['test/e2e', 'test/contract', 'test/admin'];

/** What of an app a black-box suite may import: how the app is started, nothing inside it. */
const APP_ENTRY_POINT = /^apps\/([a-z-]+)\/src\/(\1\.module|main|create-[a-z-]+|bootstrap\/[a-z-]+)$/;

/**
 * Suites that still reach the database through @herald/persistence, each with why. A test reads
 * a repository only where no API shows the fact it asserts, or writes one only to arrange what no
 * API can (an ended session, a crash's leftovers). Remove a line once its suite no longer needs it.
 */
const PERSISTENCE_EXCEPTIONS: Record<string, string> = {
  // Justified: no edge shows or makes these.
  'test/e2e/email-receipts.e2e-spec.ts': 'a complaint’s type and source are shown by no API',
  'test/e2e/callbacks.e2e-spec.ts': 'writes one outbox event twice, as a crash between queuing and deleting leaves it',
  'test/admin/service-isolation.e2e-spec.ts': 'backdates a session to end it: no API ages a session',
  'test/admin/service-fixtures.ts': 'arranges letters, uploads, jobs, folders and invitations for every admin page at once',
  'test/e2e/inbound-sms.e2e-spec.ts': 'stores 252 received texts with chosen arrival times, to page through: the webhook stamps the time it is called',
  'test/e2e/send-sms.e2e-spec.ts': 'asserts stored fields no API shows (a text’s international flag, phone prefix and rate multiplier)',
  'test/e2e/messages-api.e2e-spec.ts': 'a refused message stored nothing: no API lists messages (only one by its id, which a refusal never returns)',
  'test/admin/add-service.e2e-spec.ts': 'the audit record of a new service is shown by no API (the service itself could be read through the internal API)',
  // Not yet moved to the edges (issue 11, point 6): each reads or arranges through a repository
  // what the v2 API, the internal API or the Scenario builders could do.
  'test/e2e/send-file-by-email.e2e-spec.ts': 'not yet moved: reads stored documents',
  'test/e2e/send-file-by-email-errors.e2e-spec.ts': 'not yet moved: counts stored notifications and documents',
  'test/e2e/templates.e2e-spec.ts': 'not yet moved: arranges templates and users through repositories',
  'test/e2e/template-preview.e2e-spec.ts': 'not yet moved: arranges templates through repositories',
  'test/e2e/support/templates-under-test.ts': 'not yet moved: arranges templates and users through repositories',
};

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** Why this import leaves the edges, or null when it does not. */
export function offEdge(file: string, specifier: string): string | null {
  if (specifier === '@herald/persistence') return PERSISTENCE_EXCEPTIONS[file] === undefined ? 'a repository (@herald/persistence)' : null;
  if (!specifier.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.ts$/, '');
  if (!target.startsWith('apps/')) return null;
  return APP_ENTRY_POINT.test(target) ? null : `an app's internals (${target})`;
}

function violations(): string[] {
  return BLACK_BOX_FOLDERS.flatMap((folder) =>
    sourceFiles(join(ROOT, folder)).flatMap((path) => {
      const file = relative(ROOT, path);
      return importsOf(readFileSync(path, 'utf8')).flatMap((specifier) => {
        const why = offEdge(file, specifier);
        return why === null ? [] : [`${file} imports ${specifier}: ${why}`];
      });
    }),
  );
}

describe('black-box suites use Herald’s edges only', () => {
  it('imports no app internals and no repository outside the listed exceptions', () => {
    expect(violations()).toEqual([]);
  });

  it('lists no exception that a suite no longer needs', () => {
    const stale = Object.keys(PERSISTENCE_EXCEPTIONS).filter((file) => !importsOf(readFileSync(join(ROOT, file), 'utf8')).includes('@herald/persistence'));
    expect(stale).toEqual([]);
  });

  it('catches a worker service, a repository and a reach past an app’s entry point', () => {
    expect(offEdge('test/e2e/x.e2e-spec.ts', '../../apps/worker/src/delivery/sms-delivery.service')).toBe(
      "an app's internals (apps/worker/src/delivery/sms-delivery.service)",
    );
    expect(offEdge('test/e2e/support/x.ts', '../../../apps/api/src/public/notifications/send-email.service')).toMatch(/an app's internals/);
    expect(offEdge('test/e2e/x.e2e-spec.ts', '@herald/persistence')).toBe('a repository (@herald/persistence)');
    expect(offEdge('test/e2e/email-receipts.e2e-spec.ts', '@herald/persistence')).toBeNull();
  });

  it('lets a suite start an app whole', () => {
    expect(offEdge('test/admin/admin-routes.ts', '../../apps/admin/src/admin.module')).toBeNull();
    expect(offEdge('test/e2e/x.e2e-spec.ts', '../../apps/worker/src/create-worker-context')).toBeNull();
    expect(offEdge('test/e2e/x.e2e-spec.ts', '../../apps/api/src/bootstrap/create-api-app')).toBeNull();
    expect(offEdge('test/e2e/x.e2e-spec.ts', '@herald/testing')).toBeNull();
  });
});
