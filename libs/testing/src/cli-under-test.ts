import type { HeraldConfig } from '@herald/config';
import { runCli } from '../../../apps/cli/src/herald-cli';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs one `herald …` command in-process, as an operator would from a shell, capturing what it prints. */
export async function runHeraldCli(config: HeraldConfig, ...args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const { stdout, stderr } = process;
  const writeOut = stdout.write;
  const writeErr = stderr.write;
  stdout.write = ((chunk: unknown) => ((out += String(chunk)), true)) as typeof stdout.write;
  stderr.write = ((chunk: unknown) => ((err += String(chunk)), true)) as typeof stderr.write;
  try {
    return { code: await runCli(['node', 'herald', ...args], () => config), out, err };
  } finally {
    stdout.write = writeOut;
    stderr.write = writeErr;
  }
}

/** Runs `herald … --json` and returns the one JSON object it prints; a failing command throws with its stderr. */
export async function heraldJson(config: HeraldConfig, ...args: string[]): Promise<Record<string, unknown>> {
  const result = await runHeraldCli(config, ...args, '--json');
  if (result.code !== 0) throw new Error(`herald ${args.join(' ')} exited ${result.code}: ${result.err}`);
  return JSON.parse(result.out) as Record<string, unknown>;
}
