import { runMigrations } from '../../libs/database/src/run-migrations';
import { createDataSource } from '../../libs/database/src/create-data-source';
import { locateReferenceData } from '../../libs/geography/src/seed/locate-reference-data';
import { seedReferenceData } from '../../libs/geography/src/seed/seed-reference-data';
import { probePostgres, probeRedis } from '../../libs/database/src/probe-services';
import { SERVER_URL, TEST_REDIS_URL, databaseUrl, withServer } from './test-run';

const STALE_AFTER_SECONDS = 6 * 3600;

/**
 * Once per jest run: a template database migrated to the latest schema and loaded with the
 * reference data (as `npm start` does). Every test file clones it
 * (CREATE DATABASE ... TEMPLATE), which takes a fraction of a second and isolates the files.
 */
export default async function globalSetup(): Promise<void> {
  for (const probe of await Promise.all([probePostgres(SERVER_URL), probeRedis(TEST_REDIS_URL)])) {
    if (!probe.ok) throw new Error(`Tests need ${probe.service} at ${probe.address}: ${probe.problem}. ${probe.howToStart}.`);
  }
  const now = Math.floor(Date.now() / 1000);
  const runId = `${now}_${process.pid}`;
  const template = `ynt_tpl_${runId}`;
  await withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^ynt_(tpl|t)_[0-9]+_'`);
    for (const { datname } of rows) {
      const started = Number(datname.split('_')[2]);
      if (now - started > STALE_AFTER_SECONDS) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE "${template}"`);
  });
  await runMigrations(databaseUrl(template));
  const owner = await createDataSource({ url: databaseUrl(template), poolSize: 1, applicationName: 'test-seed' }).initialize();
  try {
    await seedReferenceData(owner, locateReferenceData(__dirname), { info: () => undefined, warn: () => undefined });
  } finally {
    await owner.destroy();
  }
  process.env.YNT_TEST_RUN = runId;
  process.env.YNT_TEST_TEMPLATE = template;
}
