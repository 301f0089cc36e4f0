import { QueryRunner } from 'typeorm';

/** SQL inside the seeder's one owner transaction. */
export class SeedTx {
  constructor(private readonly runner: QueryRunner) {}

  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.runner.query(sql, params, true);
    return result.records as T[];
  }

  /** Runs a write and returns how many rows it touched. */
  async exec(sql: string, params: unknown[] = []): Promise<number> {
    const result = await this.runner.query(sql, params, true);
    return result.affected ?? result.records.length;
  }
}

/** How many rows an upsert inserted and how many it changed; rows it left alone are not counted. */
export interface UpsertCount {
  inserted: number;
  updated: number;
}

/** Counts the rows of an `INSERT ... ON CONFLICT DO UPDATE ... WHERE changed RETURNING (xmax = 0) AS inserted`. */
export async function upsert(tx: SeedTx, sql: string, params: unknown[]): Promise<UpsertCount> {
  const rows = await tx.rows<{ inserted: boolean }>(sql, params);
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}
