import { AcceptFigures, AcceptPlan, measureAccept } from './accept-phase';
import { seedBenchAccount } from './bench-account';
import { choiceOption, exitIfStuck, numberOption } from './bench-args';
import { BenchEnvironment } from './bench-environment';
import { saveSummary } from './bench-results';
import { benchSummaryLines } from './bench-summary';
import { LetterRenderFigures, measureLetterRender } from './letter-pdf-render';
import { loadAverageText } from './pairs-report';
import { DrainFigures, DrainPlan, measureDrains } from './worker-drain';

/**
 * `npm run bench` (this is its middle part): Herald's API against the floor in interleaved pairs,
 * email and SMS, each server in a child process of its own; Herald at half its rate; the
 * PostgreSQL and Redis work per send; worker processes draining a backlog into SMTP, one then two;
 * letter PDFs. Prints figures and one summary block, asserts nothing.
 *
 *   node dist/test/bench/run-bench.js [--pairs 3] [--seconds 10] [--backlog 5000] [--rounds 2] [--only accept|drain]
 */
const DATABASE = 'herald_bench';
const LETTERS_TO_RENDER = 300;

function plans(): { accept: AcceptPlan; drain: DrainPlan } {
  const seconds = numberOption('seconds', 10);
  return {
    accept: {
      channels: ['email', 'sms'],
      pairs: numberOption('pairs', 3),
      connections: 32,
      seconds,
      warmUpSeconds: 3,
      halfRateSeconds: seconds,
      wire: { warmUpSends: 30, sends: 200 },
    },
    drain: { emails: numberOption('backlog', 5000), rounds: numberOption('rounds', 2), fillConnections: 32, giveUpAfterMs: 10 * 60_000 },
  };
}

async function main(): Promise<void> {
  const plan = plans();
  const only = choiceOption('only', ['accept', 'drain'] as const);
  console.log(`Herald benchmark; ${loadAverageText()}`);
  const environment = await BenchEnvironment.open(DATABASE);
  let accept: AcceptFigures | undefined;
  let drains: DrainFigures | undefined;
  let letters: LetterRenderFigures | undefined;
  try {
    const account = await seedBenchAccount(environment.config);
    if (only !== 'drain') accept = await measureAccept(environment, account, plan.accept);
    if (only !== 'accept') drains = await measureDrains(environment, account, plan.drain);
    if (!only) {
      console.log(`\nLetter PDFs: ${LETTERS_TO_RENDER} rendered one after another in this process; ${loadAverageText()}`);
      letters = await measureLetterRender(LETTERS_TO_RENDER);
      console.log(
        `  ${letters.letters} in ${letters.seconds.toFixed(1)} s = ${letters.pdfsPerSecond.toFixed(1)} PDFs/s (${letters.averagePages.toFixed(2)} pages on average)`,
      );
    }
  } finally {
    await environment.close();
    const summary = benchSummaryLines({ plan, accept, drains, letters });
    console.log(`\n${summary.join('\n')}`);
    saveSummary('api-and-workers', summary);
  }
}

main()
  .catch((error: unknown) => {
    console.error('Benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
