import { Injectable } from '@nestjs/common';
import { BodyRef, ChainUnit, InterventionTypeRef, RoutingContext, ThemeRef } from '@yntymak/issues-domain';
import { Sql } from '../sql';

const rowsOf = <T>(sql: Sql, text: string, params: unknown[]): Promise<T[]> => sql.rows<T>(text, params);

/**
 * Loads what the routing rules and the escalation chain read, from the reference data: the unit's
 * ancestors, the bodies of those units and the national bodies, the intervention catalogue and the
 * theme taxonomy. Reference tables are readable by every organisation, so this is the same for all.
 */
@Injectable()
export class RoutingContextRepository {
  async load(sql: Sql, adminUnitId: string): Promise<RoutingContext> {
    const units = await rowsOf<ChainUnit>(
      sql,
      `SELECT a.id AS "unitId", a.level, a.kind, a.name_en AS name
         FROM admin_units a JOIN admin_units u ON u.id = $1 AND a.path @> u.path
        ORDER BY a.depth DESC`,
      [adminUnitId],
    );
    const bodies = await rowsOf<BodyRef>(
      sql,
      `SELECT id, code, coalesce(body_kind, kind) AS kind, decision_level AS level, admin_unit_id AS "adminUnitId", competences, name_en AS name
         FROM government_bodies WHERE admin_unit_id = ANY($1::uuid[]) OR admin_unit_id IS NULL ORDER BY code`,
      [units.map((u) => u.unitId)],
    );
    const interventions = await rowsOf<InterventionTypeRef>(
      sql,
      `SELECT code, name_en AS "nameEn", theme_codes AS "themeCodes", decision_level AS "decisionLevel", decision_body_kind AS "decisionBodyKind", notes FROM intervention_types`,
      [],
    );
    const themes = await rowsOf<ThemeRef>(sql, `SELECT code, parent_code AS "parentCode" FROM themes`, []);
    return { units, bodies, interventions, themes };
  }
}
