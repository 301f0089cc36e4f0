import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * CPU time (user + system, in milliseconds) used so far by the client backends connected to one
 * database, read from /proc (Linux; the server runs on this machine). Backends that come and go
 * between two readings are missed, so read it around work done over a pool's long-lived connections.
 */
export async function databaseCpuMs(client: Client, database: string): Promise<number> {
  const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`, [database]);
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the backend has exited
    }
  }
  return ticks / ticksPerMs;
}

/** The 1-minute load average and the share of the last minute in which tasks waited for a CPU (Linux PSI). */
export function machineLoad(): { load1: number; cpuPressure60: number | null } {
  const load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  try {
    const some = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0];
    return { load1, cpuPressure60: Number(/avg60=([0-9.]+)/.exec(some)?.[1] ?? Number.NaN) };
  } catch {
    return { load1, cpuPressure60: null };
  }
}
