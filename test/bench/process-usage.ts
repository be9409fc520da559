import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock tick (`getconf CLK_TCK`), the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU (user + system) a process has used since it started, in ms, read from /proc so it works for
 * any child (Herald's own entry points report nothing over IPC). 10 ms resolution.
 */
export function processCpuMs(pid: number): number {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of the file; the slice above starts at field 3.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((candidate) => candidate.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}

/** Resident set size now, bytes. */
export function processRssBytes(pid: number): number {
  return statusKb(pid, 'VmRSS') * 1024;
}

/** The highest resident set size the process has had ("high water mark"), bytes: a peak no sampling can miss. */
export function processPeakRssBytes(pid: number): number {
  return statusKb(pid, 'VmHWM') * 1024;
}

/** CPU of the whole machine and of the database and Redis servers, to say how the cores were shared. */
export interface MachineCpu {
  /** ms of CPU time spent busy, all cores together (from /proc/stat). */
  readonly busyMs: number;
  /** ms of CPU time of all cores, busy or idle. */
  readonly totalMs: number;
  /** CPU ms of every process of that command name (postgres, redis-server), as far as /proc shows them. */
  readonly byCommand: Record<string, number>;
}

const WATCHED_COMMANDS = ['postgres', 'redis-server'];

export function machineCpu(): MachineCpu {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the idle part.
  const totalTicks = cpu.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idleTicks = cpu[3] + cpu[4];
  const byCommand: Record<string, number> = Object.fromEntries(WATCHED_COMMANDS.map((name) => [name, 0]));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (command in byCommand) byCommand[command] += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked: its CPU is simply not counted.
    }
  }
  return { busyMs: ((totalTicks - idleTicks) * 1000) / TICKS_PER_SECOND, totalMs: (totalTicks * 1000) / TICKS_PER_SECOND, byCommand };
}

/** What happened between two readings of machineCpu(). */
export function machineCpuSince(before: MachineCpu, after: MachineCpu = machineCpu()): MachineCpu {
  const byCommand = Object.fromEntries(Object.keys(after.byCommand).map((name) => [name, after.byCommand[name] - (before.byCommand[name] ?? 0)]));
  return { busyMs: after.busyMs - before.busyMs, totalMs: after.totalMs - before.totalMs, byCommand };
}
