import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { ErrorCode } from '@yntymak/errors';
import { createErrorFormatter } from './format-error';

const DATABASE_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function recordingLogger() {
  const lines: Array<{ level: 'error' | 'warn'; msg: string }> = [];
  return { lines, error: (_obj: object, msg: string) => void lines.push({ level: 'error', msg }), warn: (_obj: object, msg: string) => void lines.push({ level: 'warn', msg }) };
}

/** The error a resolver sees from a real pg pool whose only connection is taken. */
async function poolExhaustedError(): Promise<Error> {
  const pool = new Pool({ connectionString: DATABASE_URL, max: 1, connectionTimeoutMillis: 10_000 });
  const held = await pool.connect();
  // Only the wait for a free connection should time out, not opening the first one on a busy
  // machine (a 50 ms limit for both failed CI once, under load). pg-pool reads the option per call.
  pool.options.connectionTimeoutMillis = 50;
  try {
    await pool.connect();
    throw new Error('expected the second connect to time out');
  } catch (error) {
    return error as Error;
  } finally {
    held.release();
    await pool.end();
  }
}

describe('createErrorFormatter', () => {
  it('answers an exhausted connection pool as SERVICE_UNAVAILABLE, a retryable load condition, not an internal error', async () => {
    const cause = await poolExhaustedError();
    const logger = recordingLogger();
    const format = createErrorFormatter(logger);
    const wrapped = new GraphQLError(cause.message, { path: ['createProject'], originalError: cause });

    const answer = format({ message: cause.message, path: ['createProject'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);

    expect(answer.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'DATABASE_BUSY' });
    expect(answer.message).toMatch(/busy.*retry/i);
    expect(logger.lines).toEqual([{ level: 'warn', msg: expect.stringContaining('SERVICE_UNAVAILABLE') }]);
  });

  it('still hides any other unexpected error behind INTERNAL_SERVER_ERROR and logs it as an error', () => {
    const logger = recordingLogger();
    const cause = new Error('relation "x" does not exist');
    const answer = createErrorFormatter(logger)({ message: cause.message, path: ['projects'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(cause.message, { path: ['projects'], originalError: cause }));
    expect(answer).toEqual({ message: 'Internal server error', path: ['projects'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(logger.lines.map((l) => l.level)).toEqual(['error']);
  });
});
