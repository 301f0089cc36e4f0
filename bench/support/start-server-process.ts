import { ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The workspace root (this file runs from dist/bench/support/). */
const ROOT = path.resolve(__dirname, '../../..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU time the server process has used so far (user + system), in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Runs a compiled bench/support server entry (through scripts/run.js, like every app here) in a
 * child process of its own: one Node process per server under test, as in production, and no
 * shared state between them (code-first GraphQL type metadata is process-global). The child
 * reports `{ url }` over IPC once listening, answers `cpu` with its CPU time, closes its app on `stop`.
 * With BENCH_CPU_PROFILE set, the child writes a V8 CPU profile to $TMPDIR/ynt-bench-profiles/.
 */
export async function startServerProcess(entry: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const execArgv: string[] = [];
  if (process.env.BENCH_CPU_PROFILE) {
    const dir = path.join(tmpdir(), 'ynt-bench-profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${path.basename(entry)}-${Date.now()}.cpuprofile`);
  }
  const child: ChildProcess = fork(path.join(ROOT, 'scripts/run.js'), [entry], {
    cwd: ROOT,
    // NODE_ENV=production for every server alike: Express and Apollo read it from the environment.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('message', (message: { url?: string; error?: string }) => {
      clearTimeout(timer);
      if (message.url) resolve(message.url);
      else reject(new Error(`${entry} failed to start: ${message.error}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with code ${code} before listening`));
    });
  });
  return {
    url,
    pid: child.pid!,
    cpuMicros: () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${entry} did not report its CPU time`)), 5000);
        const onMessage = (message: { cpuMicros?: number }) => {
          if (message?.cpuMicros === undefined) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.cpuMicros);
        };
        child.on('message', onMessage);
        child.send('cpu');
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child's side: report the URL (or the failure), then close the app when told to stop. */
export function serveUntilStopped(start: () => Promise<{ url: string; close: () => Promise<void> }>): void {
  start().then(
    ({ url, close }) => {
      process.on('message', (message) => {
        if (message === 'cpu') {
          const { user, system } = process.cpuUsage();
          process.send!({ cpuMicros: user + system });
          return;
        }
        if (message !== 'stop') return;
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
      process.send!({ url });
    },
    (error: unknown) => {
      process.send!({ error: (error as Error)?.stack ?? String(error) }, () => process.exit(1));
    },
  );
}
