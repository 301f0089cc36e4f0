import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { AppConfig } from '@yntymak/config';

const ROOT = path.resolve(__dirname, '../..');
const BUILT_WORKER = path.join(ROOT, 'dist/apps/worker/src/main.js');

export interface WorkerProcess {
  pid: number;
  /** Kills it at once, as a crash would: no shutdown hook runs. Resolves when it has exited. */
  crash(): Promise<void>;
  /** SIGTERM (a clean stop), then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * The real worker (the built apps/worker/src/main, run through scripts/run.js as in production)
 * in a child process of its own, so that a test can kill it with SIGKILL. It gets the test file's
 * database and queue prefix, and resolves once the worker has logged that it started. Needs the
 * build: CI (.ci/run) builds before it tests; locally run `npm run build` first.
 */
export async function startWorkerProcess(config: AppConfig, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<WorkerProcess> {
  if (!existsSync(BUILT_WORKER)) {
    throw new Error(`${path.relative(ROOT, BUILT_WORKER)} is missing: this test runs the built worker in a child process. Run "npm run build" first.`);
  }
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts/run.js'), 'apps/worker/src/main'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: config.queuePrefix,
      MIGRATE_ON_START: 'false',
      // Info, to see the start-up line; the test keeps only the last lines, for a failure message.
      LOG_LEVEL: 'info',
      OUTBOX_POLL_INTERVAL_MS: '200',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const keep = (line: string) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker process did not start within ${timeoutMs} ms:\n${recent.join('\n')}`)), timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      if (line.includes('"msg":"worker started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the worker process exited (${code ?? signal}) before it started:\n${recent.join('\n')}`));
    });
  });
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    pid: child.pid!,
    crash: () => kill('SIGKILL'),
    stop: async (graceMs = 15_000) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await kill('SIGTERM');
      clearTimeout(timer);
    },
  };
}
