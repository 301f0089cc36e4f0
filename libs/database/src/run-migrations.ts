import { createDataSource } from './create-data-source';

/** Any constant; every process that migrates this database takes the same lock. */
const MIGRATION_LOCK_KEY = 7_340_221_001;

export interface MigrationLog {
  info(obj: object, msg: string): void;
}

/**
 * Applies pending migrations under a session advisory lock, so that N gateways and workers
 * starting together migrate once and the others wait, then find nothing to do.
 */
export async function runMigrations(databaseUrl: string, log?: MigrationLog): Promise<string[]> {
  const ds = createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'yntymak-migrate' });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    const names = applied.map((m) => m.name);
    log?.info({ applied: names }, names.length ? `applied ${names.length} migration(s)` : 'schema is up to date');
    return names;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}

export async function revertLastMigration(databaseUrl: string): Promise<void> {
  const ds = createDataSource({ url: databaseUrl, poolSize: 1, applicationName: 'yntymak-migrate' });
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
