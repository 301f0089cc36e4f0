import { readFileSync } from 'node:fs';

export interface MachineCpu {
  busy: number;
  total: number;
}

/** The machine's CPU counters (all cores, every process) from /proc/stat; Linux only. */
export function machineCpu(): MachineCpu {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Share of the machine's CPU time that was busy between two readings, in percent of all cores. */
export function busyPercent(before: MachineCpu, after: MachineCpu): number {
  const total = after.total - before.total;
  return total > 0 ? Math.round((1000 * (after.busy - before.busy)) / total) / 10 : 0;
}
