import { Client } from 'pg';
import Redis from 'ioredis';

export interface ProbeResult {
  ok: boolean;
  service: 'PostgreSQL' | 'Redis';
  address: string;
  problem?: string;
  howToStart?: string;
}

function hostPort(urlText: string, defaultPort: number): string {
  try {
    const url = new URL(urlText);
    return `${url.hostname || '127.0.0.1'}:${url.port || defaultPort}`;
  } catch {
    return urlText;
  }
}

/** Connects to the server (not the database, which start-up may create) and says plainly what is wrong. */
export async function probePostgres(databaseUrl: string): Promise<ProbeResult> {
  const address = hostPort(databaseUrl, 5432);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, service: 'PostgreSQL', address };
  } catch (error) {
    // The server answers but the database is not there yet: start-up creates it.
    if ((error as { code?: string }).code === '3D000') return { ok: true, service: 'PostgreSQL', address };
    return {
      ok: false,
      service: 'PostgreSQL',
      address,
      problem: (error as Error).message || String(error),
      howToStart:
        'start it with `docker compose up -d postgres` (laptop) or `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (Debian), or point DATABASE_URL at a running server',
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeRedis(redisUrl: string): Promise<ProbeResult> {
  const address = hostPort(redisUrl, 6379);
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000, enableOfflineQueue: false });
  let lastError: string | undefined;
  redis.on('error', (err: Error) => (lastError = err.message || (err as { code?: string }).code));
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true, service: 'Redis', address };
  } catch (error) {
    return {
      ok: false,
      service: 'Redis',
      address,
      problem: lastError ?? ((error as Error).message || String(error)),
      howToStart:
        'start it with `docker compose up -d redis` (laptop) or `redis-server --daemonize yes --bind 127.0.0.1 --port 6379`, or point REDIS_URL at a running server',
    };
  } finally {
    redis.disconnect();
  }
}
