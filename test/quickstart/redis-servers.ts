import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * The redis-server processes working in `dir` or below. Looked for by working directory as well
 * as by command line: redis-server changes into its `--dir` and overwrites its command line with
 * its address, so `pgrep -f <data dir>` alone can miss it.
 */
export function redisServersUnder(dir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      const comm = readOrEmpty(() => readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
      if (comm !== 'redis-server') return false;
      const cwd = readOrEmpty(() => readlinkSync(`/proc/${pid}/cwd`));
      const cmdline = readOrEmpty(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
      return cwd === dir || cwd.startsWith(`${dir}/`) || cmdline.includes(dir);
    })
    .map(Number);
}

/** A process may end between listing /proc and reading its files. */
function readOrEmpty(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}
