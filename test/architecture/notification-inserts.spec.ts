import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Nothing but libs/sending creates a notification row (docs/architecture.md, "A notification's
 * journey"): every entry point composes with the same rules and persists and queues the same way.
 * The repositories that insert notifications live in libs/persistence; test builders in libs/testing.
 */
const ROOT = resolve(__dirname, '../..');
const ALLOWED = ['libs/sending/', 'libs/persistence/', 'libs/testing/'];
const INSERTING_REPOSITORIES = /\b(NotificationRepository|LetterRepository|DocumentRepository)\b/;
const INSERT_CALL = /\.(insert|insertIgnoringDuplicates|insertWithNotification)\(/;
const RAW_INSERT = /\bNotificationEntity\b|insert\s+into\s+"?notifications"?/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|fault-spec|browser-spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** Files outside libs/sending that could insert a notification, with the line that does. */
export function notificationInserts(files: ReadonlyArray<{ path: string; source: string }>): string[] {
  return files.flatMap(({ path, source }) => {
    if (ALLOWED.some((allowed) => path.startsWith(allowed))) return [];
    const lines = source.split('\n');
    const usesRepository = INSERTING_REPOSITORIES.test(source);
    return lines
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => RAW_INSERT.test(line) || (usesRepository && INSERT_CALL.test(line)))
      .map(({ line, number }) => `${path}:${number}: ${line}`);
  });
}

describe('one way to send', () => {
  it('no module but libs/sending inserts into the notifications table', () => {
    const files = ['apps', 'libs']
      .flatMap((top) => sourceFiles(join(ROOT, top)))
      .map((file) => ({ path: relative(ROOT, file), source: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(notificationInserts(files)).toEqual([]);
  });

  it('would catch a repository insert, a batch insert or a raw INSERT elsewhere', () => {
    const repository = "import { NotificationRepository } from '@herald/persistence';\n  await this.notifications.insert(row);";
    expect(notificationInserts([{ path: 'apps/api/src/x.ts', source: repository }])).toEqual(['apps/api/src/x.ts:2: await this.notifications.insert(row);']);
    expect(
      notificationInserts([
        { path: 'apps/worker/src/y.ts', source: "import { LetterRepository } from '@herald/persistence';\nletters.insertIgnoringDuplicates(rows)" },
      ]),
    ).toHaveLength(1);
    expect(notificationInserts([{ path: 'apps/cli/src/z.ts', source: "await db.query('INSERT INTO notifications (id) VALUES ($1)')" }])).toHaveLength(1);
    expect(notificationInserts([{ path: 'libs/sending/src/persist/w.ts', source: repository }])).toEqual([]);
  });
});
