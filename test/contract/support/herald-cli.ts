import type { HeraldConfig } from '@herald/config';
import { runCli } from '../../../apps/cli/src/herald-cli';

/**
 * Runs one `herald … --json` command in-process, as an operator would from a shell, and returns
 * the one JSON object it prints. A failing command fails the test with what it wrote to stderr.
 */
export async function heraldCli(config: HeraldConfig, ...args: string[]): Promise<Record<string, unknown>> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  let code: number;
  try {
    code = await runCli(['node', 'herald', ...args, '--json'], () => config);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  if (code !== 0) throw new Error(`herald ${args.join(' ')} exited ${code}: ${err}`);
  return JSON.parse(out) as Record<string, unknown>;
}
