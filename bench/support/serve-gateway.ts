import 'reflect-metadata';
import { loadConfig } from '@yntymak/config';
import { createGateway } from '../../apps/gateway/src/create-gateway';
import { serveUntilStopped } from './start-server-process';

/**
 * The real gateway for the benchmark, in its own process: built by createGateway from a production
 * configuration with logging off, on a free loopback port. The parent passes the database URL, the
 * Redis URL and the queue prefix in BENCH_GATEWAY_* variables.
 */
serveUntilStopped(async () => {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.BENCH_GATEWAY_DATABASE_URL,
    REDIS_URL: process.env.BENCH_GATEWAY_REDIS_URL,
    QUEUE_PREFIX: process.env.BENCH_GATEWAY_QUEUE_PREFIX,
    PORT: '0',
  });
  const app = await createGateway(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
});
