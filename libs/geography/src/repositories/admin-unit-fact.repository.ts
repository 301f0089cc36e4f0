import { Injectable } from '@nestjs/common';
import { SqlReader } from '../reference-db';

export interface FactRow {
  id: string;
  adminUnitId: string;
  indicator: string;
  /** numeric, as text: the API turns it into a Float. */
  value: string;
  unit: string;
  period: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceReference: string | null;
  sourceLicence: string | null;
  sourceNote: string | null;
  organisationId: string | null;
  dataRelease: string | null;
  recordedAt: string;
}

/** SQL for dated, sourced facts about units. */
@Injectable()
export class AdminUnitFactRepository {
  factsOf(db: SqlReader, unitIds: readonly string[]): Promise<FactRow[]> {
    return db.rows<FactRow>(
      `SELECT f.id, f.admin_unit_id AS "adminUnitId", f.indicator, f.value::text AS value, f.unit, f.period,
              f.source_id AS "sourceId", s.title AS "sourceTitle", s.publisher AS "sourcePublisher",
              s.url_or_reference AS "sourceReference", s.licence AS "sourceLicence", f.source_note AS "sourceNote",
              f.organisation_id AS "organisationId", f.data_release AS "dataRelease", to_json(f.recorded_at) #>> '{}' AS "recordedAt"
         FROM admin_unit_facts f LEFT JOIN fact_sources s ON s.id = f.source_id
        WHERE f.admin_unit_id = ANY($1::uuid[])
        ORDER BY f.indicator, f.period DESC NULLS LAST, f.recorded_at DESC`,
      [unitIds],
    );
  }
}
