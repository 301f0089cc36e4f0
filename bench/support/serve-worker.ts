import 'reflect-metadata';
import { loadConfig } from '@yntymak/config';
import { createWorker } from '../../apps/worker/src/create-worker';
import { serveUntilStopped } from './start-server-process';

/**
 * The real worker for a benchmark, in its own process: built by createWorker (outbox relay, event
 * processors, webhook delivery) from a production configuration with logging off. The parent
 * passes the configuration's variables as JSON in BENCH_APP_ENV (DATABASE_URL, REDIS_URL,
 * QUEUE_PREFIX, WEBHOOK_* ...); they are read by loadConfig like any environment. Its "url" is only
 * a name: a worker listens on nothing.
 */
serveUntilStopped(async () => {
  const env = JSON.parse(process.env.BENCH_APP_ENV ?? '{}') as Record<string, string>;
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', MIGRATE_ON_START: 'false', ...env });
  const app = await createWorker(config);
  return { url: `worker:${process.pid}`, close: () => app.close() };
});
