import { QueryRunner } from 'typeorm';
import { structuredRows } from '@yntymak/database';

/**
 * Anything with parameterised queries: a tenant transaction (use cases, under row-level security)
 * or an owner query runner (deadline jobs, system work). TenantTx has this shape already.
 */
export interface Sql {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A write; returns how many rows it touched. */
  exec(sql: string, params?: unknown[]): Promise<number>;
}

/** An owner query runner as Sql, through structured results (a bare query() returns [rows, count] for UPDATE). */
export function ownerSql(runner: QueryRunner): Sql {
  return {
    rows: <T>(text: string, params: unknown[] = []) => structuredRows<T>(runner, text, params),
    exec: async (text: string, params: unknown[] = []) => {
      const result = await runner.query(text, params, true);
      return result.affected ?? result.records.length;
    },
  };
}
