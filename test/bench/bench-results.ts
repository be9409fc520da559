import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each part of `npm run bench` (the CLI, the API and workers, omnichannel) runs as a process of
 * its own; each leaves its summary here (dist/bench-results), and print-summary.js prints them
 * together at the end, as one block, with the latest bench:bulk and bench:soak figures (run apart:
 * they take long).
 */
const FOLDER = join(__dirname, '..', '..', 'bench-results');
export const BENCH_PARTS = ['cli', 'api-and-workers', 'omnichannel', 'bulk', 'soak'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export function saveSummary(part: BenchPart, lines: readonly string[]): void {
  mkdirSync(FOLDER, { recursive: true });
  writeFileSync(join(FOLDER, `${part}.txt`), `${lines.join('\n')}\n`);
}

/** A part's saved summary and when it was written, or undefined if it never ran here. */
export function savedSummary(part: BenchPart): { lines: string[]; writtenAt: Date } | undefined {
  const file = join(FOLDER, `${part}.txt`);
  try {
    return { lines: readFileSync(file, 'utf8').trimEnd().split('\n'), writtenAt: statSync(file).mtime };
  } catch {
    return undefined;
  }
}
