import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

/**
 * The dependency direction of docs/architecture.md, checked on every import in apps/ and libs/.
 * Each module may import only the modules listed for it (and itself).
 */
const ALLOWED: Record<string, string[]> = {
  'apps/api': ['domain', 'config', 'persistence', 'templating', 'queue', 'redis', 'contracts', 'administration', 'sending', 'receipts', 'logging', 'metrics'],
  'apps/worker': ['domain', 'config', 'persistence', 'templating', 'queue', 'redis', 'providers', 'sending', 'receipts', 'logging', 'metrics'],
  // `provider disable|enable|list` reads and flips the SMS providers' shared health in Redis (libs/redis's store);
  // `letters print-now` runs the worker's print run (libs/providers' sendPrintBatch and letterProviderFor).
  // Every read and write of Herald's data goes through libs/administration's application services, as the admin's does.
  'apps/cli': ['domain', 'config', 'administration', 'providers', 'redis'],
  // The admin web UI reaches everything through the API's internal endpoints.
  'apps/admin': ['contracts', 'config', 'logging'],
  // The citizen web app, like the admin, reaches everything through the API (its /herald/v1/me endpoints).
  'apps/citizen': ['contracts', 'config', 'logging'],
  // The embedded launcher composes the three apps in one process.
  'apps/herald': ['config', 'redis', 'logging', 'apps/api', 'apps/worker', 'apps/admin', 'apps/citizen'],
  // The application services the admin's internal API and the CLI share; a template set's checks read
  // placeholders with libs/templating's parser (R-RT-5, R-LF-3), which depends on nothing of theirs;
  // `herald message send` accepts a message with libs/sending's MessageAcceptor, as the API does;
  // a register's settings are checked (and its token redacted) with libs/registers' own rules;
  // the CLI's changes are announced to the API processes over libs/redis's settings channel.
  'libs/administration': ['domain', 'config', 'persistence', 'templating', 'sending', 'registers', 'redis'],
  // The one way a notification is made: every sending rule, then persist and queue.
  // A message to a recipient named by identifier looks the contact details up through libs/registers' port (R-OO).
  'libs/sending': ['domain', 'config', 'persistence', 'templating', 'queue', 'redis', 'registers'],
  // The RegisterConnector port and its adapters (fake, HTTPS JSON, X-Road REST): no vendor code outside it.
  'libs/registers': ['domain', 'config'],
  // Every receipt (Twilio, SES, the bounce mailbox, print responses, the sending timeout) ends in its applyReceipt.
  'libs/receipts': ['domain', 'config', 'persistence'],
  // A notification reaching a final status is counted where every status change is written.
  'libs/persistence': ['domain', 'config', 'metrics'],
  'libs/templating': ['domain', 'config'],
  // Every provider call is timed by a wrapper bound where the ports are bound.
  'libs/providers': ['domain', 'config', 'metrics'],
  // Queues report their connection's outages through libs/redis; a delivery job carries the request id of libs/logging's context.
  'libs/queue': ['domain', 'config', 'redis', 'logging'],
  'libs/redis': ['domain', 'config'],
  // The logger and the request context every app's log lines carry (LOG_FORMAT, LOG_LEVEL).
  'libs/logging': ['config'],
  'libs/contracts': ['domain'],
  'libs/domain': [],
  'libs/config': [],
  // Prometheus metrics (prom-client): every metric defined once, in HeraldMetrics; nothing of Herald's.
  'libs/metrics': [],
  'libs/testing': ['*'],
};

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const [top, name] = relative(ROOT, file).split('/');
  return `${top}/${name}`;
}

/** The module an import points at, or null for a package from node_modules. */
function targetOf(file: string, specifier: string): string | null {
  const alias = /^@herald\/([a-z-]+)$/.exec(specifier);
  if (alias) return `libs/${alias[1]}`;
  if (specifier.startsWith('.')) return moduleOf(resolve(dirname(file), specifier));
  return null;
}

const shortName = (module: string) => (module.startsWith('libs/') ? module.slice(5) : module);

function violations(): string[] {
  const found: string[] = [];
  for (const top of ['apps', 'libs']) {
    for (const file of sourceFiles(join(ROOT, top))) {
      const from = moduleOf(file);
      const allowed = ALLOWED[from];
      const isTest = /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const target = targetOf(file, match[1]);
        if (target === null || target === from) continue;
        if (target === 'libs/testing' && isTest) continue;
        if (allowed === undefined) found.push(`${from} is not in the dependency table (docs/architecture.md)`);
        else if (!allowed.includes('*') && !allowed.includes(shortName(target)) && !allowed.includes(target)) {
          found.push(`${relative(ROOT, file)} imports ${match[1]} (${from} may not depend on ${shortName(target)})`);
        }
      }
    }
  }
  return [...new Set(found)];
}

describe('dependency direction', () => {
  it('every import follows docs/architecture.md', () => {
    expect(violations()).toEqual([]);
  });

  it('catches a forbidden import', () => {
    expect(targetOf(join(ROOT, 'libs/domain/src/x.ts'), '@herald/persistence')).toBe('libs/persistence');
    expect(ALLOWED['libs/domain']).not.toContain('persistence');
    expect(targetOf(join(ROOT, 'libs/queue/src/x.ts'), '../../providers/src/index')).toBe('libs/providers');
  });
});
