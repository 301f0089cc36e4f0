import { DataSource } from 'typeorm';
import { TenantTx } from '@yntymak/database';

/**
 * The SQL the repositories need, from either side: a tenant transaction in the gateway (the
 * coordinator's merge, split and on-demand escalation, bound by row-level security) or an owner
 * transaction in the worker (the grouping job, which works across tenants).
 */
export interface Sql {
  rows<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Who acts: an organisation, or null for the system (the grouping job). */
  readonly actorOrganisationId: string | null;
}

export function tenantSql(tx: TenantTx): Sql {
  return { rows: (text, params) => tx.rows(text, params ?? []), actorOrganisationId: tx.principal.organisationId };
}

/** One owner transaction: system work of the worker. */
export async function inOwnerTransaction<T>(owner: DataSource, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const runner = owner.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    // useStructuredResult: UPDATE ... RETURNING gives its rows, not TypeORM's [rows, count].
    const result = await fn({ rows: async (text, params) => (await runner.query(text, params ?? [], true)).records, actorOrganisationId: null });
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
