import 'reflect-metadata';
import { ConfigError, loadConfig } from '@yntymak/config';
import { createLogger } from '@yntymak/observability';
import { probePostgres, probeRedis, runMigrations } from '@yntymak/database';
import { createGateway } from './create-gateway';
import { Draining } from './http/tokens';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'gateway');
  for (const probe of await Promise.all([probePostgres(config.databaseUrl), probeRedis(config.redisUrl)])) {
    if (!probe.ok) {
      logger.fatal({ service: probe.service, address: probe.address, problem: probe.problem }, `${probe.service} is not reachable at ${probe.address}: ${probe.howToStart}`);
      process.exit(1);
    }
  }
  if (config.migrateOnStart) await runMigrations(config.databaseUrl, logger);
  const app = await createGateway(config);
  await app.listen(config.port, '0.0.0.0');
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'gateway listening');

  // Graceful stop: report not-ready, give load balancers time to notice, then let requests in
  // flight finish while no new connection is accepted.
  const stop = async (signal: string) => {
    logger.info({ signal, delayMs: config.shutdownDelayMs }, 'gateway stopping');
    app.get(Draining).active = true;
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', (s) => void stop(s));
  process.once('SIGINT', (s) => void stop(s));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`gateway failed to start: ${(error as Error).message}\n`);
  }
  process.exit(1);
});
