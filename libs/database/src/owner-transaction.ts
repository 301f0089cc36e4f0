import { DataSource, QueryRunner } from 'typeorm';

/**
 * Runs `fn` in one transaction on the owner's connection: the worker's system work, which crosses
 * tenants and so is not bound by row-level security. Commits when `fn` returns, rolls back when it
 * throws, and always gives the connection back.
 */
export async function inOwnerTransaction<T>(owner: DataSource, fn: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = owner.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const result = await fn(runner);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** A statement's rows through structured results: a bare query() answers UPDATE … RETURNING with [rows, count]. */
export async function structuredRows<T>(runner: QueryRunner, text: string, params: unknown[] = []): Promise<T[]> {
  return (await runner.query(text, params, true)).records as T[];
}
