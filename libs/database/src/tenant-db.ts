import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Principal, currentPrincipal } from '@yntymak/context';
import { PreparedSql } from './prepared-sql';

const SET_TENANT = PreparedSql.define(
  'set-tenant',
  `SELECT set_config('app.organisation_id', $1, true), set_config('app.organisation_kind', $2, true),
          set_config('app.api_key_id', $3, true), set_config('app.cross_tenant', $4, true)`,
);

/** Runs a prepared statement on the runner's own connection (TypeORM's query() has no statement names). */
async function runPrepared(runner: QueryRunner, sql: PreparedSql, params: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }> {
  if (!(runner as unknown as { databaseConnection?: PoolClient }).databaseConnection) await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  return client.query({ name: sql.name, text: sql.text, values: params });
}

/**
 * A prepared statement through whatever TypeORM handle the caller holds: an entity manager inside
 * a transaction (its connection), a query runner, or a data source (a pooled connection for this
 * one statement). Answers its rows; `rowCount` for writes.
 */
export async function queryPrepared<T = Record<string, unknown>>(
  on: DataSource | EntityManager | QueryRunner,
  sql: PreparedSql,
  params: unknown[] = [],
): Promise<{ rows: T[]; rowCount: number }> {
  const answer = (r: { rows: unknown[]; rowCount: number | null }) => ({ rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length });
  if (on instanceof EntityManager) return on.queryRunner ? answer(await runPrepared(on.queryRunner, sql, params)) : queryPrepared<T>(on.connection, sql, params);
  if (on instanceof DataSource) {
    const runner = on.createQueryRunner();
    try {
      return answer(await runPrepared(runner, sql, params));
    } finally {
      await runner.release();
    }
  }
  return answer(await runPrepared(on, sql, params));
}

/** SQL inside one tenant-bound transaction. Repositories take this, never a bare connection. */
export class TenantTx {
  constructor(
    private readonly runner: QueryRunner,
    readonly principal: Principal,
    private readonly counter: { statements: number } = { statements: 0 },
  ) {}

  get manager(): EntityManager {
    return this.runner.manager;
  }

  async rows<T = Record<string, unknown>>(sql: string | PreparedSql, params: unknown[] = []): Promise<T[]> {
    this.counter.statements += 1;
    if (sql instanceof PreparedSql) return (await queryPrepared<T>(this.runner, sql, params)).rows;
    const result = await this.runner.query(sql, params, true);
    return result.records as T[];
  }

  async one<T = Record<string, unknown>>(sql: string | PreparedSql, params: unknown[] = []): Promise<T | undefined> {
    const rows = await this.rows<T>(sql, params);
    return rows[0];
  }

  /** Runs a write and returns how many rows it touched. */
  async exec(sql: string | PreparedSql, params: unknown[] = []): Promise<number> {
    this.counter.statements += 1;
    if (sql instanceof PreparedSql) return (await queryPrepared(this.runner, sql, params)).rowCount;
    const result = await this.runner.query(sql, params, true);
    return result.affected ?? result.records.length;
  }
}

/**
 * Proof that an access policy allowed a read across tenants. Only the tenancy context's
 * AccessPolicy issues it; holding one is what lets a transaction see other organisations' rows.
 */
export class CrossTenantReadGrant {
  private constructor(
    readonly principal: Principal,
    readonly purpose: string,
  ) {}

  /** @internal called by AccessPolicy only */
  static issue(principal: Principal, purpose: string): CrossTenantReadGrant {
    return new CrossTenantReadGrant(principal, purpose);
  }
}

/**
 * Every transaction of the application role carries the acting organisation in per-transaction
 * settings that the row-level-security policies read; a query that forgets its tenant filter
 * still sees only its own tenant's rows.
 */
export class TenantDb {
  /** Statements run through this pool's transactions (transaction control excluded): tests count N+1 with it. */
  readonly counter = { statements: 0 };

  constructor(private readonly dataSource: DataSource) {}

  /** As the principal of the current request or job. */
  run<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.transaction(currentPrincipal(), false, fn);
  }

  /** As a given principal (jobs acting for an organisation). */
  runAs<T>(principal: Principal, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.transaction(principal, false, fn);
  }

  /** Reads across tenants, allowed only by a grant from the access policy. */
  readAcrossTenants<T>(grant: CrossTenantReadGrant, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.transaction(grant.principal, true, fn);
  }

  private async transaction<T>(principal: Principal, crossTenant: boolean, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // READ ONLY must come before the first query of the transaction.
      if (crossTenant) await runner.query('SET TRANSACTION READ ONLY');
      await runPrepared(runner, SET_TENANT, [principal.organisationId, principal.organisationKind, principal.apiKeyId, crossTenant ? 'on' : 'off']);
      const result = await fn(new TenantTx(runner, principal, this.counter));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
