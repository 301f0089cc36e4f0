import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_DB_ROLE } from '@yntymak/config';

const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  /** Owner (superuser) URL: migrations, relay, assertions that look under row-level security. */
  ownerUrl: string;
  /** The application role's URL, bound by row-level security. */
  appUrl: string;
  /** Runs SQL as the owner, for assertions. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

function urlFor(name: string, user?: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

/** A fresh database for one test file, cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = process.env.YNT_TEST_RUN;
  const template = process.env.YNT_TEST_TEMPLATE;
  if (!runId || !template) throw new Error('Test databases need jest globalSetup (test/support/global-setup.ts)');
  const name = `ynt_t_${runId}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();

  const owner = new Client({ connectionString: urlFor(name) });
  owner.on('error', () => undefined);
  await owner.connect();
  return {
    name,
    ownerUrl: urlFor(name),
    appUrl: urlFor(name, APP_DB_ROLE),
    sql: async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[],
    drop: async () => {
      await owner.end();
      const client = new Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
