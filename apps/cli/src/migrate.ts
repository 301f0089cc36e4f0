import { loadConfig } from '@yntymak/config';
import { revertLastMigration } from '@yntymak/database';
import { createLogger } from '@yntymak/observability';
import { prepareDatabase } from './prepare-database';
import { runCommand } from './run-command';

/** npm run migrate [-- --revert]: applies pending migrations (or reverts the last one). */
runCommand('migrate', async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info', 'migrate');
  if (process.argv.includes('--revert')) {
    await revertLastMigration(config.databaseUrl);
    logger.info('reverted the last migration');
    return;
  }
  await prepareDatabase(config, logger, false);
});
