import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@yntymak/config';
import { runMigrations } from '@yntymak/database';
import { printGatewaySchema } from './print-gateway-schema';
import { SCHEMA_FILE } from './schema-files';

/**
 * npm run schema:write: prints the gateway's schema into schema.gql. The gateway needs a migrated
 * database to boot, so this makes a throwaway one next to DATABASE_URL's and drops it afterwards.
 */
async function main(): Promise<void> {
  const base = loadConfig();
  const name = `ynt_schema_${randomBytes(4).toString('hex')}`;
  const server = new URL(base.databaseUrl);
  server.pathname = '/postgres';
  const target = new URL(base.databaseUrl);
  target.pathname = `/${name}`;
  await withClient(server.toString(), (c) => c.query(`CREATE DATABASE "${name}"`));
  try {
    await runMigrations(target.toString());
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: target.toString(), APP_DATABASE_URL: '' });
    const printed = await printGatewaySchema(config);
    writeFileSync(SCHEMA_FILE, printed);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${printed.split('\n').length} lines). Commit it with your API change.\n`);
  } finally {
    await withClient(server.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

async function withClient(url: string, fn: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`schema:write failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
