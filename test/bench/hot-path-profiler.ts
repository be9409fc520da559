import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * Preloaded (`-r`) into a server the hot-path bench measures: the first SIGUSR2 starts a CPU
 * profile, the second writes it to HOT_PATH_PROFILE.<n>.cpuprofile. Signals rather than --cpu-prof, because the
 * API ends itself by re-raising SIGINT, which skips the exit path --cpu-prof writes from.
 */
const target = process.env.HOT_PATH_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      written += 1;
      if (!error) writeFileSync(`${target}.${written}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
