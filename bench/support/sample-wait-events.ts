import { Client } from 'pg';

export interface WaitSample {
  application: string;
  state: string;
  wait: string;
  query: string;
  samples: number;
}

/**
 * Where a database's connections spend their time, by sampling pg_stat_activity every `everyMs`:
 * for each (application, state, wait event, start of the query) the number of samples in which a
 * backend was there. Idle connections are left out; "idle in transaction" is kept, since a
 * transaction waiting on its client still holds its connection. A poor man's wait profile, for
 * finding what holds connections under load.
 */
export function sampleWaitEvents(url: string, database: string, everyMs = 50): { stop: () => Promise<WaitSample[]> } {
  const client = new Client({ connectionString: url, application_name: 'bench-wait-sampler' });
  const counts = new Map<string, WaitSample>();
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ application_name: string; state: string; wait: string | null; query: string }>(
        `SELECT application_name, state, wait_event_type || ':' || wait_event AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS query
           FROM pg_stat_activity WHERE datname = $1 AND state <> 'idle' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [database],
      );
      for (const r of rows) {
        const wait = r.wait ?? 'CPU';
        const key = `${r.application_name}|${r.state}|${wait}|${r.query}`;
        const entry = counts.get(key) ?? { application: r.application_name, state: r.state, wait, query: r.query, samples: 0 };
        entry.samples += 1;
        counts.set(key, entry);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return [...counts.values()].sort((a, b) => b.samples - a.samples);
    },
  };
}
