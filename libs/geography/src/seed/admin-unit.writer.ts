import { PlannedUnit, StoredUnit } from '../domain/plan-units';
import { CrosswalkRecord, FactRecord, SourceRecord } from '../domain/release-records';
import { SeedTx, UpsertCount, upsert } from './seed-tx';

/**
 * SQL that writes admin units, their crosswalk, sources and facts. Every write is one set-based
 * statement over a JSON array (jsonb_to_recordset, which also carries the text[] columns that
 * unnest cannot), keyed by the business key, and changes a row only when a value differs, so
 * that loading the same release again writes nothing.
 */
export class AdminUnitWriter {
  constructor(private readonly tx: SeedTx) {}

  storedUnits(): Promise<StoredUnit[]> {
    return this.tx.rows<StoredUnit>(
      `SELECT u.id, u.code, p.code AS "parentCode", u.path::text AS path FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id`,
    );
  }

  upsertSources(release: string, sources: SourceRecord[]): Promise<UpsertCount> {
    const rows = sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url_or_reference: s.urlOrReference, licence: s.licence, retrieved: s.retrieved, notes: s.notes }));
    return upsert(
      this.tx,
      `INSERT INTO fact_sources AS s (id, title, publisher, url_or_reference, licence, retrieved, notes, data_release)
       SELECT r.*, $2::text FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, publisher text, url_or_reference text, licence text, retrieved date, notes text)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, publisher = EXCLUDED.publisher, url_or_reference = EXCLUDED.url_or_reference,
         licence = EXCLUDED.licence, retrieved = EXCLUDED.retrieved, notes = EXCLUDED.notes, data_release = EXCLUDED.data_release
       WHERE (s.title, s.publisher, s.url_or_reference, s.licence, s.retrieved, s.notes)
         IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.publisher, EXCLUDED.url_or_reference, EXCLUDED.licence, EXCLUDED.retrieved, EXCLUDED.notes)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }

  upsertUnits(release: string, units: PlannedUnit[]): Promise<UpsertCount> {
    const rows = units.map((u) => ({
      id: u.id,
      code: u.code,
      soate: u.soate,
      iso_3166_2: u.iso31662,
      ocha_pcode: u.ochaPcode,
      level: u.level,
      kind: u.kind,
      name_ky: u.names.ky,
      name_ru: u.names.ru,
      name_en: u.names.en,
      names_derived: u.namesDerived,
      alt_names: u.altNames,
      parent_id: u.parentId,
      path: u.path,
      valid_from: u.validFrom,
      valid_to: u.validTo,
      search_text: u.searchText,
    }));
    const columns = `soate, iso_3166_2, ocha_pcode, level, kind, name_ky, name_ru, name_en, names_derived, alt_names, parent_id, path, valid_from, valid_to, search_text`;
    const excluded = columns.split(', ').map((c) => `EXCLUDED.${c}`).join(', ');
    const stored = columns.split(', ').map((c) => `u.${c}`).join(', ');
    return upsert(
      this.tx,
      `INSERT INTO admin_units AS u (id, code, ${columns}, data_release)
       SELECT r.id, r.code, r.soate, r.iso_3166_2, r.ocha_pcode, r.level, r.kind, r.name_ky, r.name_ru, r.name_en, r.names_derived, r.alt_names,
              r.parent_id, r.path::ltree, r.valid_from, r.valid_to, r.search_text, $2::text
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, soate text, iso_3166_2 text, ocha_pcode text, level text, kind text,
              name_ky text, name_ru text, name_en text, names_derived text[], alt_names text[], parent_id uuid, path text,
              valid_from date, valid_to date, search_text text)
       ON CONFLICT (code) DO UPDATE SET (${columns}, data_release, updated_at) = (${excluded}, EXCLUDED.data_release, now())
       WHERE (${stored}) IS DISTINCT FROM (${excluded})
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }

  /** Moves units that are not in the release along with an ancestor that changed parent. */
  updatePaths(changes: Array<{ id: string; path: string }>): Promise<number> {
    if (changes.length === 0) return Promise.resolve(0);
    return this.tx.exec(
      `UPDATE admin_units u SET path = r.path::ltree, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, path text)
        WHERE u.id = r.id AND u.path <> r.path::ltree`,
      [JSON.stringify(changes)],
    );
  }

  upsertCrosswalk(release: string, rows: CrosswalkRecord[]): Promise<UpsertCount> {
    const json = rows.map((c) => ({ old_code: c.oldCode, new_code: c.newCode, relation: c.relation, effective_date: c.effectiveDate, note: c.note }));
    return upsert(
      this.tx,
      `INSERT INTO admin_unit_crosswalk AS c (old_unit_id, new_unit_id, relation, effective_date, data_release, note)
       SELECT o.id, n.id, r.relation, r.effective_date, $2::text, r.note
         FROM jsonb_to_recordset($1::jsonb) AS r(old_code text, new_code text, relation text, effective_date date, note text)
         JOIN admin_units o ON o.code = r.old_code
         LEFT JOIN admin_units n ON n.code = r.new_code
       ON CONFLICT ON CONSTRAINT admin_unit_crosswalk_key DO UPDATE
         SET effective_date = EXCLUDED.effective_date, note = EXCLUDED.note, data_release = EXCLUDED.data_release
       WHERE (c.effective_date, c.note) IS DISTINCT FROM (EXCLUDED.effective_date, EXCLUDED.note)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(json), release],
    );
  }

  /**
   * An old unit that the crosswalk of this release replaces by another unit (or abolishes) ends the
   * day before the change, unless the release already gave it an end. Its id and rows stay: what
   * points to it still resolves, through the crosswalk.
   */
  closeReplacedUnits(release: string): Promise<number> {
    return this.tx.exec(
      `UPDATE admin_units u SET valid_to = x.effective_date - 1, data_release = $1, updated_at = now()
         FROM (SELECT old_unit_id, min(effective_date) AS effective_date FROM admin_unit_crosswalk
                WHERE data_release = $1 AND new_unit_id IS DISTINCT FROM old_unit_id GROUP BY old_unit_id) x
        WHERE u.id = x.old_unit_id AND u.valid_to IS NULL AND x.effective_date - 1 >= u.valid_from`,
      [release],
    );
  }

  upsertFacts(release: string, facts: FactRecord[]): Promise<UpsertCount> {
    const rows = facts.map((f) => ({ unit_code: f.unitCode, indicator: f.indicator, value: f.value, unit: f.unit, period: f.period, source: f.source }));
    return upsert(
      this.tx,
      `INSERT INTO admin_unit_facts AS f (admin_unit_id, indicator, value, unit, period, source_id, data_release)
       SELECT u.id, r.indicator, r.value, r.unit, r.period, r.source, $2::text
         FROM jsonb_to_recordset($1::jsonb) AS r(unit_code text, indicator text, value numeric, unit text, period text, source text)
         JOIN admin_units u ON u.code = r.unit_code
       ON CONFLICT (admin_unit_id, indicator, (coalesce(period, '')), source_id) WHERE organisation_id IS NULL
       DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit, data_release = EXCLUDED.data_release, recorded_at = now()
       WHERE (f.value, f.unit) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.unit)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(rows), release],
    );
  }
}
