import path from 'node:path';
import { loadConfig } from '@yntymak/config';
import { createDataSource } from '@yntymak/database';
import { createLogger } from '@yntymak/observability';
import { CoordinatorExistsError, bootstrapCoordinator } from '@yntymak/tenancy';
import { DemoApiError, DemoClient } from './demo-client';
import { FileKeyStore } from './demo-key-store';
import { loadDemo } from './demo-loader';
import { DEMO_COORDINATOR_NAME } from './demo-organisations';
import { printDemoSummary } from './demo-summary';
import { prepareDatabase } from './prepare-database';
import { UsageError, runCommand } from './run-command';

const KEY_FILE = path.resolve(__dirname, '../../../../tmp/demo-keys.json');
const COORDINATOR_ENTRY = '(coordinating agency)';

/**
 * npm run demo: with `npm start` running, loads a realistic demo through the GraphQL API and
 * prints each organisation's key and three queries to paste. Safe to run again (ADR 0014).
 */
runCommand('demo', async () => {
  const config = loadConfig();
  if (config.nodeEnv === 'production') throw new UsageError('Refused: the demo loads fictional organisations and projects; it does not run with NODE_ENV=production.');
  const base = `http://127.0.0.1:${config.port}`;
  await requireGateway(base);
  await prepareDatabase(config, createLogger('silent', 'demo'), false);

  const keys = new FileKeyStore(KEY_FILE, config.databaseUrl);
  const coordinatorKey = await coordinatorKeyFor(config.databaseUrl, `${base}/graphql`, keys);
  const progress = (stage: string, message: string) => process.stderr.write(`[${stage}] ${message}\n`);
  const started = Date.now();
  const summary = await loadDemo({ url: `${base}/graphql`, coordinatorKey, keys, progress });
  progress('done', `in ${((Date.now() - started) / 1000).toFixed(1)} s; keys kept in ${path.relative(process.cwd(), KEY_FILE)} (git-ignored)`);
  process.stdout.write(printDemoSummary(summary, `${base}/graphql`, coordinatorKey, config.graphql.sandbox));
});

async function requireGateway(base: string): Promise<void> {
  const ready = await fetch(`${base}/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) throw new UsageError(`No gateway answers at ${base}. Start the system first (npm start, in another terminal), then run npm run demo again.`);
}

/**
 * The coordinating agency's admin key: YNTYMAK_KEY (as the README exports it after bootstrap), or
 * the one an earlier demo load kept, or a new agency made with the application's bootstrap when
 * the installation has none.
 */
async function coordinatorKeyFor(databaseUrl: string, url: string, keys: FileKeyStore): Promise<string> {
  // The one environment read outside the config object: a secret the user hands to this command only.
  const given = process.env.YNTYMAK_KEY?.trim() || keys.get(COORDINATOR_ENTRY);
  if (given) {
    await assertCoordinatorAdmin(url, given);
    return given;
  }
  const owner = await createDataSource({ url: databaseUrl, poolSize: 1, applicationName: 'yntymak-demo' }).initialize();
  try {
    const { secret } = await bootstrapCoordinator(owner, DEMO_COORDINATOR_NAME);
    keys.set(COORDINATOR_ENTRY, secret);
    return secret;
  } catch (error) {
    if (error instanceof CoordinatorExistsError) {
      throw new UsageError(`A coordinating agency exists ("${error.existingName}"). Give the demo one of its ADMIN keys: YNTYMAK_KEY=ynt_... npm run demo`);
    }
    throw error;
  } finally {
    await owner.destroy();
  }
}

async function assertCoordinatorAdmin(url: string, key: string): Promise<void> {
  try {
    const { me } = await new DemoClient(url, key).request<{ me: { role: string; organisation: { kind: string } } }>(`query DemoMe { me { role organisation { kind } } }`);
    if (me.organisation.kind !== 'COORDINATOR' || me.role !== 'ADMIN') throw new UsageError(`The key given is a ${me.role} key of a ${me.organisation.kind}; the demo needs an ADMIN key of the coordinating agency.`);
  } catch (error) {
    if (error instanceof DemoApiError) throw new UsageError(`The coordinating agency's key was refused: ${error.message}`);
    throw error;
  }
}
