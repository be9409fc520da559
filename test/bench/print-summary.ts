import { BENCH_PARTS, savedSummary } from './bench-results';
import { loadAverageText } from './pairs-report';

/**
 * The last step of `npm run bench`: every part's summary in one block, each with the time it was
 * written, so a part that failed (and left an older summary) is plain to see.
 */
const STALE_AFTER_MS = 60 * 60_000;

function main(): void {
  console.log('\n####################### npm run bench: summary #######################');
  for (const part of BENCH_PARTS) {
    const saved = savedSummary(part);
    if (!saved) {
      console.log(`[${part}] no figures: this part has not run`);
      continue;
    }
    const stale = Date.now() - saved.writtenAt.getTime() > STALE_AFTER_MS ? ' (MORE THAN AN HOUR OLD: did this part fail?)' : '';
    console.log(`[${part}] written ${saved.writtenAt.toISOString()}${stale}`);
    saved.lines.forEach((line) => console.log(line));
  }
  console.log(`now: ${loadAverageText()}`);
  console.log('#######################################################################');
}

main();
