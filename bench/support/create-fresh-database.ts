import { Client } from 'pg';
import { APP_DB_ROLE } from '@yntymak/config';
import { runMigrations } from '@yntymak/database';

/** The server as its superuser; benchmarks create and drop their own databases on it. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface FreshDatabase {
  name: string;
  /** Owner URL: migrations, bootstrap, the outbox relay. */
  ownerUrl: string;
  /** The row-level-security-bound application role. */
  appUrl: string;
}

function urlFor(name: string, user?: string): string {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

function checkName(name: string): void {
  if (!/^ynt_bench_[a-z0-9_]{1,40}$/.test(name)) throw new Error(`Refusing to drop or create "${name}": bench databases are named ynt_bench_*`);
}

async function onServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: BENCH_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops the database if a previous run left it, creates it empty and applies every migration. */
export async function createFreshDatabase(name: string): Promise<FreshDatabase> {
  checkName(name);
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await runMigrations(urlFor(name));
  return { name, ownerUrl: urlFor(name), appUrl: urlFor(name, APP_DB_ROLE) };
}

export async function dropDatabase(name: string): Promise<void> {
  checkName(name);
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
