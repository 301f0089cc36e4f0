import { Injectable } from '@nestjs/common';
import { SqlReader } from '../reference-db';
import { CrosswalkRelation } from '../domain/reference-codes';
import { ADMIN_UNIT_COLUMNS, AdminUnitRow, PARENT_JSON } from '../sql/admin-unit-columns';
import { AdminUnitFilter, adminUnitFilterSql } from '../sql/admin-unit-filter';
import { SearchQuery } from '../domain/search-text';
import { SearchRank, buildAdminUnitSearch } from '../sql/admin-unit-search.query';

export interface SearchHitRow extends AdminUnitRow {
  rank: SearchRank;
  score: number;
  total: number;
}

export interface CrosswalkRow {
  oldUnitId: string;
  newUnitId: string | null;
  relation: CrosswalkRelation;
  effectiveDate: string;
  dataRelease: string;
  note: string | null;
}

/** SQL for admin units. Reference data: every organisation reads all of it. */
@Injectable()
export class AdminUnitRepository {
  findByIds(db: SqlReader, ids: readonly string[]): Promise<AdminUnitRow[]> {
    return db.rows<AdminUnitRow>(`SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_units u WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  findByCodes(db: SqlReader, codes: readonly string[]): Promise<AdminUnitRow[]> {
    return db.rows<AdminUnitRow>(`SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_units u WHERE u.code = ANY($1::text[])`, [codes]);
  }

  /** By business code, official SOATE code, ISO 3166-2 or OCHA P-code, in that order of preference. */
  async findByAnyCode(db: SqlReader, code: string): Promise<AdminUnitRow | undefined> {
    return db.one<AdminUnitRow>(
      `SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_units u
        WHERE u.code = $1 OR u.soate = $1 OR u.iso_3166_2 = $1 OR u.ocha_pcode = $1
        ORDER BY u.code = $1 DESC, u.soate = $1 DESC, u.validity @> current_date DESC, u.code LIMIT 1`,
      [code],
    );
  }

  async exists(db: SqlReader, id: string): Promise<boolean> {
    return (await db.one(`SELECT 1 FROM admin_units WHERE id = $1`, [id])) !== undefined;
  }

  /**
   * A page in code order (which is hierarchical: SOATE codes extend their parent's), each unit with
   * its parent, and the count of all that match, in one statement.
   */
  async page(db: SqlReader, filter: AdminUnitFilter, afterCode: string | undefined, limit: number): Promise<{ rows: AdminUnitRow[]; total: number }> {
    const params: unknown[] = [];
    const where = adminUnitFilterSql(filter, params);
    const filterSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageWhere = afterCode ? [...where, `u.code > $${params.push(afterCode)}`] : where;
    const rows = await db.rows<AdminUnitRow & { total: number }>(
      `SELECT ${ADMIN_UNIT_COLUMNS}, ${PARENT_JSON}, (SELECT count(*)::int FROM admin_units u ${filterSql}) AS total
         FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id
        ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY u.code LIMIT $${params.push(limit)}`,
      params,
    );
    // Past the last page there is no row to carry the count.
    const total = rows[0]?.total ?? (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM admin_units u ${filterSql}`, params.slice(0, -1 - (afterCode ? 1 : 0))))!.n;
    return { rows, total };
  }

  async search(db: SqlReader, query: SearchQuery, filter: AdminUnitFilter, offset: number, limit: number): Promise<{ rows: SearchHitRow[]; total: number }> {
    const search = buildAdminUnitSearch(query, filter, offset, limit);
    const rows = await db.rows<SearchHitRow>(search.sql, search.params);
    // Past the last hit the window count is gone with the rows; count once more only then.
    if (rows.length === 0 && offset > 0) {
      const first = buildAdminUnitSearch(query, filter, 0, 1);
      const [hit] = await db.rows<SearchHitRow>(first.sql, first.params);
      return { rows, total: hit?.total ?? 0 };
    }
    return { rows, total: rows[0]?.total ?? 0 };
  }

  childrenOf(db: SqlReader, parentIds: readonly string[], includeHistorical: boolean): Promise<AdminUnitRow[]> {
    return db.rows<AdminUnitRow>(
      `SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_units u
        WHERE u.parent_id = ANY($1::uuid[]) ${includeHistorical ? '' : 'AND u.validity @> current_date'}
        ORDER BY u.code`,
      [parentIds],
    );
  }

  /** Crosswalk rows where any of the units is the old or the new side, by date and then codes. */
  crosswalkOf(db: SqlReader, ids: readonly string[]): Promise<CrosswalkRow[]> {
    return db.rows<CrosswalkRow>(
      `SELECT c.old_unit_id AS "oldUnitId", c.new_unit_id AS "newUnitId", c.relation, c.effective_date::text AS "effectiveDate",
              c.data_release AS "dataRelease", c.note
         FROM admin_unit_crosswalk c JOIN admin_units o ON o.id = c.old_unit_id LEFT JOIN admin_units n ON n.id = c.new_unit_id
        WHERE c.old_unit_id = ANY($1::uuid[]) OR c.new_unit_id = ANY($1::uuid[])
        ORDER BY c.effective_date, o.code, n.code`,
      [ids],
    );
  }

  /** For each unit, the unit(s) valid today that it is or became (admin_unit_current). */
  currentOf(db: SqlReader, ids: readonly string[]): Promise<Array<{ unitId: string; currentId: string }>> {
    return db.rows(
      `SELECT p.id AS "unitId", c.id AS "currentId"
         FROM unnest($1::uuid[]) AS p(id) CROSS JOIN LATERAL admin_unit_current(p.id) AS c(id)
         JOIN admin_units cu ON cu.id = c.id ORDER BY cu.code`,
      [ids],
    );
  }
}
