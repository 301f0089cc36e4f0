import { loadConfig } from '@yntymak/config';
import { createDataSource } from '@yntymak/database';
import { createLogger } from '@yntymak/observability';
import { CoordinatorExistsError, bootstrapCoordinator } from '@yntymak/tenancy';
import { prepareDatabase } from './prepare-database';
import { UsageError, runCommand } from './run-command';

function parseName(argv: string[]): string {
  const i = argv.indexOf('--name');
  const name = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--name='))?.slice('--name='.length);
  if (!name || name.trim().length < 2 || name.trim().length > 200) {
    throw new UsageError('usage: npm run bootstrap -- --name "<name of the coordinating agency>" (2 to 200 characters)');
  }
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * npm run bootstrap -- --name "...": creates the coordinating agency and prints its first ADMIN
 * key as the last line of output, so that a script can take it with `tail -n 1`.
 */
runCommand('bootstrap', async () => {
  const name = parseName(process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger('silent', 'bootstrap');
  await prepareDatabase(config, logger, false);
  const owner = await createDataSource({ url: config.databaseUrl, poolSize: 1, applicationName: 'yntymak-bootstrap' }).initialize();
  try {
    const { organisationId, secret } = await bootstrapCoordinator(owner, name);
    process.stdout.write(`Created the coordinating agency "${name}" (organisation ${organisationId}).\n`);
    process.stdout.write('Its first ADMIN API key follows. It is shown once: store it now (e.g. in a password manager).\n');
    process.stdout.write(`${secret}\n`);
  } catch (error) {
    if (error instanceof CoordinatorExistsError) throw new UsageError(`Refused: ${error.message}`);
    throw error;
  } finally {
    await owner.destroy();
  }
});
