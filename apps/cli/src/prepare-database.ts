import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { createDataSource, ensureDatabase, probePostgres, probeRedis, runMigrations } from '@yntymak/database';
import { locateReferenceData, seedReferenceData } from '@yntymak/geography';

export class ServiceUnavailableError extends Error {}

/**
 * What every entry point does first: check that Postgres and Redis answer (saying plainly which
 * one does not, where, and how to start it), create the database if missing, apply migrations,
 * load the reference data release (a no-op when it is already loaded).
 */
export async function prepareDatabase(config: AppConfig, logger: Logger, needRedis = true): Promise<void> {
  const probes = await Promise.all([probePostgres(config.databaseUrl), needRedis ? probeRedis(config.redisUrl) : undefined]);
  const down = probes.filter((p) => p && !p.ok);
  if (down.length) {
    throw new ServiceUnavailableError(down.map((p) => `${p!.service} is not reachable at ${p!.address} (${p!.problem}).\n  To fix: ${p!.howToStart}.`).join('\n'));
  }
  if (await ensureDatabase(config.databaseUrl)) logger.info({ database: new URL(config.databaseUrl).pathname.slice(1) }, 'created the database');
  await runMigrations(config.databaseUrl, logger);
  const owner = await createDataSource({ url: config.databaseUrl, poolSize: 1, applicationName: 'yntymak-seed' }).initialize();
  try {
    await seedReferenceData(owner, locateReferenceData(), logger);
  } finally {
    await owner.destroy();
  }
}
