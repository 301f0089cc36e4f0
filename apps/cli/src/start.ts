import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '@yntymak/config';
import { createDataSource } from '@yntymak/database';
import { createLogger } from '@yntymak/observability';
import { prepareDatabase } from './prepare-database';
import { runCommand } from './run-command';

const root = path.resolve(__dirname, '../../../..');

function launch(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, 'scripts/run.js'), entry], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    process.stderr.write(`${name} exited (${signal ?? `code ${code}`})\n`);
    shutdown(code ?? 1);
  });
  return child;
}

const children: ChildProcess[] = [];
let stopping = false;
function shutdown(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 15_000).unref();
  void Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined))).then(() => process.exit(code));
}

/**
 * npm start: checks Postgres and Redis, creates and migrates the database, then runs one gateway
 * and one worker until Ctrl-C. In production run the two apps separately, N of each (infra/).
 */
runCommand('start', async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'start');
  await prepareDatabase(config, logger);

  const owner = await createDataSource({ url: config.databaseUrl, poolSize: 1, applicationName: 'yntymak-start' }).initialize();
  const [coordinator] = await owner.query(`SELECT name FROM organisations WHERE kind = 'COORDINATOR'`);
  await owner.destroy();

  children.push(launch('gateway', 'apps/gateway/src/main'), launch('worker', 'apps/worker/src/main'));
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  const url = `http://localhost:${config.port}/graphql`;
  const lines = [
    '',
    `Yntymak is starting. GraphQL: ${url}  (health: http://localhost:${config.port}/health/ready)`,
    coordinator
      ? `Coordinating agency: ${coordinator.name}. Its admins create keys with the createApiKey mutation.`
      : 'No coordinating agency yet. Create it and its first admin key (printed once) with:\n  npm run bootstrap -- --name "<name of the coordinating agency>"',
    `First query:  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $YNTYMAK_KEY" -d '{"query":"{ me { role organisation { name kind } } }"}'`,
    'Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
});
