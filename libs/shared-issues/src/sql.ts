import { DataSource } from 'typeorm';
import { TenantTx, inOwnerTransaction as inOwnerRunner, structuredRows } from '@yntymak/database';

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
export function inOwnerTransaction<T>(owner: DataSource, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return inOwnerRunner(owner, (runner) => fn({ rows: (text, params) => structuredRows(runner, text, params), actorOrganisationId: null }));
}
