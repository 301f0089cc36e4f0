import 'reflect-metadata';
import { ConfigError } from '@yntymak/config';
import { ServiceUnavailableError } from './prepare-database';

/** Runs a command and turns the failures an operator can fix into a plain message and exit code 1, without a stack trace. */
export function runCommand(name: string, fn: () => Promise<void>): void {
  fn().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof ServiceUnavailableError) {
      process.stderr.write(`${error.message}\n`);
    } else if (error instanceof Error && error.name === 'UsageError') {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    }
    process.exit(1);
  });
}

export class UsageError extends Error {
  override name = 'UsageError';
}
