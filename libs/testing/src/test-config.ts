import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@yntymak/config';

/** A configuration for one test file: its own database, its own BullMQ prefix, a random port. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `{ynt-test-${randomBytes(4).toString('hex')}}`,
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_INTERVAL_MS: '200',
    ...overrides,
  });
}
