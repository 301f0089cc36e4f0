import { BodyUnit, GeneratedBody, decisionLevelOf } from '../domain/generate-government-bodies';
import { BodyKindRecord, InterventionTypeRecord, ThemeRecord } from '../domain/release-records';
import { KnownCodes } from '../domain/validate-release';
import { SeedTx, UpsertCount, upsert } from './seed-tx';

type StoredBodyKind = Pick<BodyKindRecord, 'code' | 'adminLevels' | 'appliesToUnitKinds' | 'patterns' | 'competences'>;

/** SQL that writes themes, intervention types, kinds of government bodies and the bodies; same rules as AdminUnitWriter. */
export class TaxonomyWriter {
  constructor(private readonly tx: SeedTx) {}

  async knownCodes(): Promise<KnownCodes> {
    const [row] = await this.tx.rows<Record<keyof KnownCodes, string[]>>(`
      SELECT (SELECT coalesce(array_agg(code), '{}') FROM admin_units) AS units,
             (SELECT coalesce(array_agg(id), '{}') FROM fact_sources) AS sources,
             (SELECT coalesce(array_agg(code), '{}') FROM themes) AS themes,
             (SELECT coalesce(array_agg(code), '{}') FROM intervention_types) AS "interventionTypes",
             (SELECT coalesce(array_agg(code), '{}') FROM government_body_kinds) AS "bodyKinds",
             (SELECT coalesce(array_agg(code), '{}') FROM government_bodies WHERE admin_unit_id IS NULL) AS "nationalBodies"`);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, new Set(v)])) as unknown as KnownCodes;
  }

  upsertThemes(release: string, themes: ThemeRecord[]): Promise<UpsertCount> {
    const rows = themes.map((t) => ({ code: t.code, name_ky: t.names.ky, name_ru: t.names.ru, name_en: t.names.en, parent_code: t.parentCode, dac_codes: t.dacCodes }));
    return upsert(
      this.tx,
      `INSERT INTO themes AS t (code, name_ky, name_ru, name_en, parent_code, dac_codes, data_release)
       SELECT r.*, $2::text FROM jsonb_to_recordset($1::jsonb) AS r(code text, name_ky text, name_ru text, name_en text, parent_code text, dac_codes text[])
       ON CONFLICT (code) DO UPDATE SET (name_ky, name_ru, name_en, parent_code, dac_codes, data_release)
         = (EXCLUDED.name_ky, EXCLUDED.name_ru, EXCLUDED.name_en, EXCLUDED.parent_code, EXCLUDED.dac_codes, EXCLUDED.data_release)
       WHERE (t.name_ky, t.name_ru, t.name_en, t.parent_code, t.dac_codes)
         IS DISTINCT FROM (EXCLUDED.name_ky, EXCLUDED.name_ru, EXCLUDED.name_en, EXCLUDED.parent_code, EXCLUDED.dac_codes)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }

  upsertInterventionTypes(release: string, types: InterventionTypeRecord[]): Promise<UpsertCount> {
    const rows = types.map((t) => ({
      code: t.code,
      name_ky: t.names.ky,
      name_ru: t.names.ru,
      name_en: t.names.en,
      theme_codes: t.themeCodes,
      decision_level: t.decisionLevel,
      decision_body_kind: t.decisionBodyKind,
      notes: t.notes,
    }));
    const columns = 'name_ky, name_ru, name_en, theme_codes, decision_level, decision_body_kind, notes';
    const excluded = columns.split(', ').map((c) => `EXCLUDED.${c}`).join(', ');
    return upsert(
      this.tx,
      `INSERT INTO intervention_types AS t (code, ${columns}, data_release)
       SELECT r.*, $2::text FROM jsonb_to_recordset($1::jsonb) AS r(code text, name_ky text, name_ru text, name_en text, theme_codes text[],
              decision_level text, decision_body_kind text, notes text)
       ON CONFLICT (code) DO UPDATE SET (${columns}, data_release) = (${excluded}, EXCLUDED.data_release)
       WHERE (${columns.split(', ').map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${excluded})
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }

  upsertBodyKinds(release: string, kinds: BodyKindRecord[]): Promise<UpsertCount> {
    const rows = kinds.map((k) => ({
      code: k.code,
      admin_levels: k.adminLevels,
      applies_to_unit_kinds: k.appliesToUnitKinds,
      decision_level: decisionLevelOf(k.adminLevels),
      name_ky_pattern: k.patterns.ky,
      name_ru_pattern: k.patterns.ru,
      name_en_pattern: k.patterns.en,
      competences: k.competences,
    }));
    const columns = 'admin_levels, applies_to_unit_kinds, decision_level, name_ky_pattern, name_ru_pattern, name_en_pattern, competences';
    const excluded = columns.split(', ').map((c) => `EXCLUDED.${c}`).join(', ');
    return upsert(
      this.tx,
      `INSERT INTO government_body_kinds AS k (code, ${columns}, data_release)
       SELECT r.*, $2::text FROM jsonb_to_recordset($1::jsonb) AS r(code text, admin_levels text[], applies_to_unit_kinds text[], decision_level text,
              name_ky_pattern text, name_ru_pattern text, name_en_pattern text, competences text[])
       ON CONFLICT (code) DO UPDATE SET (${columns}, data_release) = (${excluded}, EXCLUDED.data_release)
       WHERE (${columns.split(', ').map((c) => `k.${c}`).join(', ')}) IS DISTINCT FROM (${excluded})
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }

  storedBodyKinds(): Promise<StoredBodyKind[]> {
    return this.tx.rows<StoredBodyKind>(`
      SELECT code, admin_levels AS "adminLevels", applies_to_unit_kinds AS "appliesToUnitKinds",
             json_build_object('ky', name_ky_pattern, 'ru', name_ru_pattern, 'en', name_en_pattern) AS patterns, competences
        FROM government_body_kinds ORDER BY code`);
  }

  /** Every unit of every release: a body kind added in a later release applies to all of them. */
  bodyUnits(): Promise<BodyUnit[]> {
    return this.tx.rows<BodyUnit>(`SELECT code, kind, json_build_object('ky', name_ky, 'ru', name_ru, 'en', name_en) AS names FROM admin_units ORDER BY code`);
  }

  upsertBodies(release: string, bodies: GeneratedBody[]): Promise<UpsertCount> {
    const rows = bodies.map((b) => ({
      code: b.code,
      kind: b.kind,
      body_kind: b.bodyKind,
      decision_level: b.decisionLevel,
      unit_code: b.unitCode,
      name_ky: b.names.ky,
      name_ru: b.names.ru,
      name_en: b.names.en,
      competences: b.competences,
    }));
    const columns = 'kind, body_kind, decision_level, admin_unit_id, name_ky, name_ru, name_en, competences';
    const excluded = columns.split(', ').map((c) => `EXCLUDED.${c}`).join(', ');
    return upsert(
      this.tx,
      `INSERT INTO government_bodies AS b (code, ${columns}, data_release)
       SELECT r.code, r.kind, r.body_kind, r.decision_level, u.id, r.name_ky, r.name_ru, r.name_en, r.competences, $2::text
         FROM jsonb_to_recordset($1::jsonb) AS r(code text, kind text, body_kind text, decision_level text, unit_code text,
              name_ky text, name_ru text, name_en text, competences text[])
         LEFT JOIN admin_units u ON u.code = r.unit_code
       ON CONFLICT (code) DO UPDATE SET (${columns}, data_release) = (${excluded}, EXCLUDED.data_release)
       WHERE (${columns.split(', ').map((c) => `b.${c}`).join(', ')}) IS DISTINCT FROM (${excluded})
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }
}
