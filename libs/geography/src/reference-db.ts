import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@yntymak/database';

/** What a repository of reference data needs; a TenantTx has it too, so other contexts can read inside their transactions. */
export interface SqlReader {
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
}

/**
 * Reads of reference data as single statements on the application role's pool, outside any
 * tenant transaction. Reference data is the same for every organisation: its tables have no
 * row-level security (facts have a read-all policy), so the tenant settings a TenantDb
 * transaction sets would change nothing, and its BEGIN, set_config and COMMIT would triple the
 * round trips of every search. The role is still the application role: a tenant table read this
 * way shows no rows, since no organisation is set.
 */
@Injectable()
export class ReferenceDb implements SqlReader {
  /** Statements run; tests count N+1 with it. */
  readonly counter = { statements: 0 };

  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.counter.statements += 1;
    return (await this.dataSource.query(sql, params)) as T[];
  }

  async one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }
}
