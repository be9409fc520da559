// A jest reporter that ends a run with its slowest suites, so CI's log shows where the time goes
// (CI has a time budget: see .ci/run). It prints nothing for runs of fewer than SHOW suites.
const SHOW = 15;

class SlowestSuitesReporter {
  onRunComplete(_contexts, results) {
    const suites = results.testResults
      .map((suite) => ({ path: suite.testFilePath.replace(`${process.cwd()}/`, ''), seconds: (suite.perfStats.end - suite.perfStats.start) / 1000 }))
      .sort((a, b) => b.seconds - a.seconds);
    if (suites.length < SHOW) return;
    const total = suites.reduce((sum, suite) => sum + suite.seconds, 0);
    const wall = (Date.now() - results.startTime) / 1000;
    const lines = suites.slice(0, SHOW).map((suite) => `${suite.seconds.toFixed(0).padStart(6)} s  ${suite.path}`);
    process.stderr.write(
      `\nSlowest ${SHOW} of ${suites.length} suites (${total.toFixed(0)} s in suites, ${wall.toFixed(0)} s wall clock):\n${lines.join('\n')}\n`,
    );
  }
}

module.exports = SlowestSuitesReporter;
