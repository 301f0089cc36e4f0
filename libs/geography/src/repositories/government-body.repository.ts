import { Injectable } from '@nestjs/common';
import { SqlReader } from '../reference-db';
import { DecisionLevel } from '../domain/reference-codes';

export interface GovernmentBodyRow {
  id: string;
  code: string;
  kind: string;
  decisionLevel: DecisionLevel;
  levelRank: number;
  adminUnitId: string | null;
  nameKy: string;
  nameRu: string;
  nameEn: string;
  competences: string[];
  organisationId: string | null;
}

export interface BodyFilter {
  /** Bodies that decide for this unit: at it, at its ancestors, and national ones. */
  adminUnitId?: string;
  level?: DecisionLevel;
}

const LEVEL_RANK = `array_position(ARRAY['LOCAL','DISTRICT','REGIONAL','NATIONAL'], b.decision_level)`;
const COLUMNS = `b.id, b.code, b.kind, b.decision_level AS "decisionLevel", ${LEVEL_RANK} AS "levelRank", b.admin_unit_id AS "adminUnitId",
  b.name_ky AS "nameKy", b.name_ru AS "nameRu", b.name_en AS "nameEn", b.competences, b.organisation_id AS "organisationId"`;

/** SQL for government bodies. */
@Injectable()
export class GovernmentBodyRepository {
  bodiesAt(db: SqlReader, unitIds: readonly string[]): Promise<GovernmentBodyRow[]> {
    return db.rows<GovernmentBodyRow>(`SELECT ${COLUMNS} FROM government_bodies b WHERE b.admin_unit_id = ANY($1::uuid[]) ORDER BY b.code`, [unitIds]);
  }

  /**
   * From the village up: ordered by decision level (LOCAL first) and code. Without a unit, every
   * body of a unit valid today, and the national ones.
   */
  async page(db: SqlReader, filter: BodyFilter, after: { rank: number; code: string } | undefined, limit: number): Promise<{ rows: GovernmentBodyRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.adminUnitId) {
      where.push(`(b.admin_unit_id IS NULL OR u.path @> (SELECT path FROM admin_units WHERE id = $${params.push(filter.adminUnitId)}::uuid))`);
    } else {
      where.push(`(b.admin_unit_id IS NULL OR u.validity @> current_date)`);
    }
    if (filter.level) where.push(`b.decision_level = $${params.push(filter.level)}`);
    const from = `FROM government_bodies b LEFT JOIN admin_units u ON u.id = b.admin_unit_id WHERE ${where.join(' AND ')}`;
    const total = await db.one<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params);
    const cursor = after ? ` AND (${LEVEL_RANK}, b.code) > ($${params.push(after.rank)}::int, $${params.push(after.code)}::text)` : '';
    const rows = await db.rows<GovernmentBodyRow>(`SELECT ${COLUMNS} ${from}${cursor} ORDER BY "levelRank", b.code LIMIT $${params.push(limit)}`, params);
    return { rows, total: total!.n };
  }
}
