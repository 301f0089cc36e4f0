import { DataSource } from 'typeorm';
import { CoverageUnit, EngineContext, createEngineContext } from '@yntymak/overlap-engine';

interface UnitRow {
  id: string;
  level: CoverageUnit['level'];
  path_ids: string[];
  name_en: string | null;
  name_ru: string | null;
  name_ky: string | null;
  population: string | null;
  settlements: number;
}

/**
 * The reference data scoring needs, loaded once per worker and reused for every detection: unit
 * paths (as ids), sizes (population, else the number of settlements) and names; the theme
 * taxonomy; display names. A few thousand rows: cheaper to hold than to join per candidate.
 */
export class ReferenceSnapshot {
  private constructor(
    readonly units: ReadonlyMap<string, Omit<CoverageUnit, 'unitId'>>,
    readonly context: EngineContext,
    readonly loadedAt: number,
  ) {}

  static async load(owner: DataSource): Promise<ReferenceSnapshot> {
    const rows: UnitRow[] = await owner.query(`
      WITH pop AS (
        SELECT admin_unit_id, max(value) AS value FROM admin_unit_facts WHERE indicator = 'POPULATION' GROUP BY admin_unit_id)
      SELECT u.id, u.level,
             ARRAY(SELECT a.id::text FROM admin_units a WHERE a.path @> u.path ORDER BY nlevel(a.path)) AS path_ids,
             u.name_en, u.name_ru, u.name_ky,
             -- Only a unit's own statistic: sums of rural rayons would undercount oblasts with cities; the engine then sizes by settlements.
             (SELECT p.value FROM pop p WHERE p.admin_unit_id = u.id)::text AS population,
             (SELECT count(*)::int FROM admin_units s WHERE s.path <@ u.path AND s.level = 'SETTLEMENT') AS settlements
        FROM admin_units u`);
    const units = new Map<string, Omit<CoverageUnit, 'unitId'>>();
    for (const r of rows) {
      units.set(r.id, {
        path: r.path_ids,
        level: r.level,
        population: r.population === null ? null : Number(r.population),
        settlementCount: r.settlements,
        name: { en: r.name_en, ru: r.name_ru, ky: r.name_ky },
      });
    }
    const themes: Array<{ code: string; parent_code: string | null; name_en: string | null }> = await owner.query(`SELECT code, parent_code, name_en FROM themes`);
    const interventions: Array<{ code: string; name_en: string | null }> = await owner.query(`SELECT code, name_en FROM intervention_types`);
    const context = createEngineContext({
      themeParents: Object.fromEntries(themes.map((t) => [t.code, t.parent_code])),
      names: {
        units: Object.fromEntries(rows.map((r) => [r.id, r.name_en ?? r.name_ru ?? r.id])),
        themes: Object.fromEntries(themes.map((t) => [t.code, t.name_en ?? t.code])),
        interventions: Object.fromEntries(interventions.map((i) => [i.code, i.name_en ?? i.code])),
      },
    });
    return new ReferenceSnapshot(units, context, Date.now());
  }
}
