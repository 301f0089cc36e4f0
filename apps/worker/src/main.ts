import 'reflect-metadata';
import { ConfigError, loadConfig } from '@yntymak/config';
import { createLogger } from '@yntymak/observability';
import { probePostgres, probeRedis, runMigrations } from '@yntymak/database';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'worker');
  for (const probe of await Promise.all([probePostgres(config.databaseUrl), probeRedis(config.redisUrl)])) {
    if (!probe.ok) {
      logger.fatal({ service: probe.service, address: probe.address, problem: probe.problem }, `${probe.service} is not reachable at ${probe.address}: ${probe.howToStart}`);
      process.exit(1);
    }
  }
  if (config.migrateOnStart) await runMigrations(config.databaseUrl, logger);
  await createWorker(config);
}

main().catch((error) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `worker failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
