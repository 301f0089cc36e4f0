import 'reflect-metadata';
import { loadConfig } from '@yntymak/config';
import { createGateway } from '../../apps/gateway/src/create-gateway';
import { serveUntilStopped } from './start-server-process';

/**
 * The real gateway for a benchmark, in its own process, like serve-gateway.ts but with any
 * configuration: the parent passes the variables as JSON in BENCH_APP_ENV (DATABASE_URL,
 * REDIS_URL, QUEUE_PREFIX, WEBHOOK_ALLOWED_HOSTS ...), read by loadConfig over a production,
 * silent default. Listens on a free loopback port.
 */
serveUntilStopped(async () => {
  const env = JSON.parse(process.env.BENCH_APP_ENV ?? '{}') as Record<string, string>;
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '0', ...env });
  const app = await createGateway(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
});
