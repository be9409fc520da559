import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { saveSummary } from './bench-results';
import { quantile } from './quantile';

/**
 * How long the BUILT CLI takes per command, as an operator feels it: each command is run as a child
 * process RUNS times, interleaved with a floor (`node -e 0`, Node starting and doing nothing), on a
 * fresh SQLite database. Prints the median and p90 of each, their ratio to the floor's median, and
 * the load average (on a busy machine every figure grows; the ratio much less).
 *
 *   node dist/test/bench/cli-bench.js [DIST_FOLDER]     (default dist; or HERALD_DIST=…; CLI_BENCH_RUNS=15)
 */
const distDir = resolve(process.argv[2] ?? process.env.HERALD_DIST ?? 'dist');
const cli = join(distDir, 'apps/cli/src/main.js');
const runs = Number(process.env.CLI_BENCH_RUNS ?? 15);
const dataDir = mkdtempSync(join(tmpdir(), 'herald-cli-bench-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'error' };

/** A command is `node …` unless it starts with `npm`: then npm runs it in the project, as the README says to. */
function timed(args: string[]): number {
  const [command, rest] = args[0] === 'npm' ? ['npm', args.slice(1)] : [process.execPath, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, rest, { env, encoding: 'utf8', cwd: dirname(distDir) });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${rest.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  return ms;
}

function main(): void {
  // The first command migrates the new database; it is not measured.
  const service = JSON.parse(execFileSync(process.execPath, [cli, 'service', 'create', '--name', 'Bench service', '--json'], { env, encoding: 'utf8' })) as {
    id: string;
  };
  const commands: Record<string, (run: number) => string[]> = {
    'node -e 0 (floor)': () => ['-e', '0'],
    'herald --help': () => [cli, '--help'],
    'herald --version': () => [cli, '--version'],
    'herald api-key --help': () => [cli, 'api-key', '--help'],
    'herald api-key create': (run) => [cli, 'api-key', 'create', '--service', service.id, '--name', `Key ${run}`, '--type', 'normal', '--json'],
    'herald service list': () => [cli, 'service', 'list', '--json'],
    // As the README has it: npm's own start-up comes on top.
    'npm run herald -- --help': () => ['npm', 'run', '-s', 'herald', '--', '--help'],
    'npm run herald -- api-key create': (run) => [
      'npm',
      'run',
      '-s',
      'herald',
      '--',
      'api-key',
      'create',
      '--service',
      service.id,
      '--name',
      `Npm key ${run}`,
      '--type',
      'normal',
      '--json',
    ],
  };
  const times = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, args] of Object.entries(commands)) times.get(name)!.push(timed(args(run)));
  }
  const floor = quantile(times.get('node -e 0 (floor)')!, 0.5);
  const lines = [
    `CLI bench: ${runs} runs each, interleaved, SQLite, ${cli}`,
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    ...[...times].map(([name, values]) => {
      const median = quantile(values, 0.5);
      return `${name.padEnd(34)} median ${median.toFixed(0).padStart(5)} ms  p90 ${quantile(values, 0.9).toFixed(0).padStart(5)} ms  ${(median / floor).toFixed(1)}x floor`;
    }),
  ];
  lines.forEach((line) => console.log(line));
  saveSummary('cli', lines);
}

try {
  main();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
