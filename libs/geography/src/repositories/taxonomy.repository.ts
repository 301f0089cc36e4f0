import { Injectable } from '@nestjs/common';
import { SqlReader } from '../reference-db';
import { DecisionLevel } from '../domain/reference-codes';

export interface ThemeRow {
  code: string;
  nameKy: string;
  nameRu: string;
  nameEn: string;
  parentCode: string | null;
  dacCodes: string[];
}

export interface InterventionTypeRow {
  code: string;
  nameKy: string;
  nameRu: string;
  nameEn: string;
  themeCodes: string[];
  decisionLevel: DecisionLevel;
  decisionBodyKind: string;
  notes: string | null;
}

/** SQL for themes and intervention types: short lists, read whole. */
@Injectable()
export class TaxonomyRepository {
  themes(db: SqlReader): Promise<ThemeRow[]> {
    return db.rows<ThemeRow>(
      `SELECT code, name_ky AS "nameKy", name_ru AS "nameRu", name_en AS "nameEn", parent_code AS "parentCode", dac_codes AS "dacCodes" FROM themes ORDER BY code`,
    );
  }

  interventionTypes(db: SqlReader, themeCode?: string): Promise<InterventionTypeRow[]> {
    return db.rows<InterventionTypeRow>(
      `SELECT code, name_ky AS "nameKy", name_ru AS "nameRu", name_en AS "nameEn", theme_codes AS "themeCodes",
              decision_level AS "decisionLevel", decision_body_kind AS "decisionBodyKind", notes
         FROM intervention_types WHERE $1::text IS NULL OR $1 = ANY(theme_codes) ORDER BY code`,
      [themeCode ?? null],
    );
  }
}
