import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data: the administrative hierarchy with validity dates and a crosswalk between data
 * releases, dated and sourced facts about units, government bodies, themes and intervention types.
 *
 * Reference tables are not tenant-owned: the application role reads them (GRANT SELECT) and only
 * the owner writes them, through the seeder (libs/geography/src/seed). Facts will later also be
 * entered by organisations, so that table carries an author and is under row-level security now.
 */
export class Geography1764151200000 implements MigrationInterface {
  name = 'Geography1764151200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_data_releases (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
        release_date date,
        description text,
        previous_release text REFERENCES reference_data_releases(id),
        checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
        files jsonb NOT NULL DEFAULT '{}',
        summary jsonb NOT NULL DEFAULT '{}',
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE fact_sources (
        id text PRIMARY KEY CHECK (id ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        title text NOT NULL,
        publisher text NOT NULL,
        url_or_reference text,
        licence text,
        retrieved date,
        notes text,
        data_release text NOT NULL REFERENCES reference_data_releases(id)
      )`);

    // id is what projects and issues point to; code (the SOATE code of the first release) is the
    // business key a release is matched on, so a release changes names and official codes in place.
    await q.query(`
      CREATE TABLE admin_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{14}$'),
        soate text CHECK (soate ~ '^[0-9]{14}$'),
        iso_3166_2 text CHECK (iso_3166_2 ~ '^KG-[A-Z]{1,3}$'),
        ocha_pcode text CHECK (ocha_pcode ~ '^KG[0-9]{0,12}$'),
        level text NOT NULL CHECK (level IN ('COUNTRY','OBLAST','RAYON','AYIL_AIMAK','SETTLEMENT')),
        kind text NOT NULL CHECK (kind IN ('COUNTRY','OBLAST','CITY_REPUBLICAN','RAYON','CITY_OBLAST','CITY_DISTRICT','AYIL_AIMAK','TOWN','URBAN_SETTLEMENT','VILLAGE')),
        name_ky text NOT NULL CHECK (name_ky <> ''),
        name_ru text NOT NULL CHECK (name_ru <> ''),
        name_en text NOT NULL CHECK (name_en <> ''),
        names_derived text[] NOT NULL DEFAULT '{}' CHECK (names_derived <@ ARRAY['ky','ru','en']),
        alt_names text[] NOT NULL DEFAULT '{}',
        parent_id uuid REFERENCES admin_units(id),
        path ltree NOT NULL,
        depth int GENERATED ALWAYS AS (nlevel(path) - 1) STORED,
        valid_from date NOT NULL,
        valid_to date,
        validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
        data_release text NOT NULL REFERENCES reference_data_releases(id),
        search_text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT admin_units_root CHECK ((level = 'COUNTRY') = (parent_id IS NULL)),
        CONSTRAINT admin_units_path_ends_in_code CHECK (ltree2text(subpath(path, -1)) = code),
        CONSTRAINT admin_units_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    // SOATE, ISO and OCHA codes identify one unit at a time; a closed unit may hand its SOATE code on.
    await q.query(`CREATE UNIQUE INDEX admin_units_soate_current ON admin_units (soate) WHERE valid_to IS NULL`);
    await q.query(`CREATE UNIQUE INDEX admin_units_iso_key ON admin_units (iso_3166_2) WHERE iso_3166_2 IS NOT NULL AND valid_to IS NULL`);
    await q.query(`CREATE UNIQUE INDEX admin_units_ocha_key ON admin_units (ocha_pcode) WHERE ocha_pcode IS NOT NULL AND valid_to IS NULL`);
    await q.query(`CREATE INDEX admin_units_children ON admin_units (parent_id, code)`);
    await q.query(`CREATE INDEX admin_units_level ON admin_units (level, code)`);
    await q.query(`CREATE INDEX admin_units_path ON admin_units USING gist (path)`);
    // Folded, transliterated names (see libs/geography/src/domain/search-key.ts); exact, prefix and
    // fuzzy matching all go through this one trigram index. Without a pending list: it is written
    // only by the seeder, and a search must not scan thousands of pending entries until autovacuum.
    await q.query(`CREATE INDEX admin_units_search ON admin_units USING gin (search_text gin_trgm_ops) WITH (fastupdate = off)`);

    // old -> new between releases. Containment: MERGED_INTO old ⊆ new; SPLIT_INTO new ⊆ old;
    // RENAMED and MOVED the same place; ABOLISHED nothing.
    await q.query(`
      CREATE TABLE admin_unit_crosswalk (
        id bigserial PRIMARY KEY,
        old_unit_id uuid NOT NULL REFERENCES admin_units(id),
        new_unit_id uuid REFERENCES admin_units(id),
        relation text NOT NULL CHECK (relation IN ('MERGED_INTO','SPLIT_INTO','RENAMED','MOVED','ABOLISHED')),
        effective_date date NOT NULL,
        data_release text NOT NULL REFERENCES reference_data_releases(id),
        note text,
        CONSTRAINT admin_unit_crosswalk_target CHECK ((relation = 'ABOLISHED') = (new_unit_id IS NULL)),
        CONSTRAINT admin_unit_crosswalk_distinct CHECK (relation IN ('RENAMED','MOVED') OR old_unit_id <> new_unit_id),
        CONSTRAINT admin_unit_crosswalk_key UNIQUE NULLS NOT DISTINCT (old_unit_id, new_unit_id, relation)
      )`);
    await q.query(`CREATE INDEX admin_unit_crosswalk_new ON admin_unit_crosswalk (new_unit_id)`);

    // A fact is dated and sourced and never overwritten by a user: a newer value is a new row.
    // Rows of a data release have no organisation; rows entered by an organisation (later) have no release.
    await q.query(`
      CREATE TABLE admin_unit_facts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        admin_unit_id uuid NOT NULL REFERENCES admin_units(id),
        indicator text NOT NULL CHECK (indicator ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        value numeric NOT NULL,
        unit text NOT NULL CHECK (unit <> ''),
        period text CHECK (period ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
        source_id text REFERENCES fact_sources(id),
        source_note text,
        organisation_id uuid REFERENCES organisations(id),
        data_release text REFERENCES reference_data_releases(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT admin_unit_facts_author CHECK ((organisation_id IS NULL) <> (data_release IS NULL)),
        CONSTRAINT admin_unit_facts_sourced CHECK (source_id IS NOT NULL OR source_note IS NOT NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX admin_unit_facts_release_key ON admin_unit_facts (admin_unit_id, indicator, (coalesce(period, '')), source_id)
        WHERE organisation_id IS NULL`);
    await q.query(`CREATE INDEX admin_unit_facts_unit ON admin_unit_facts (admin_unit_id, indicator, period)`);

    await q.query(`
      CREATE TABLE themes (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        name_ky text NOT NULL, name_ru text NOT NULL, name_en text NOT NULL,
        parent_code text REFERENCES themes(code),
        dac_codes text[] NOT NULL CHECK (array_to_string(dac_codes, ',') ~ '^([0-9]{5}(,[0-9]{5})*)?$'),
        data_release text NOT NULL REFERENCES reference_data_releases(id)
      )`);

    await q.query(`
      CREATE TABLE government_body_kinds (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        admin_levels text[] NOT NULL,
        applies_to_unit_kinds text[] NOT NULL,
        decision_level text NOT NULL CHECK (decision_level IN ('LOCAL','DISTRICT','REGIONAL','NATIONAL')),
        name_ky_pattern text NOT NULL CHECK (name_ky_pattern LIKE '%{name}%'),
        name_ru_pattern text NOT NULL CHECK (name_ru_pattern LIKE '%{name}%'),
        name_en_pattern text NOT NULL CHECK (name_en_pattern LIKE '%{name}%'),
        competences text[] NOT NULL DEFAULT '{}',
        data_release text NOT NULL REFERENCES reference_data_releases(id)
      )`);

    // Generated bodies have the code KIND:UNITCODE and sit at a unit; national bodies have none.
    // organisation_id links an organisation of kind GOVERNMENT_BODY to the body it is (set later).
    await q.query(`
      CREATE TABLE government_bodies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}(:[0-9]{14})?$'),
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        body_kind text REFERENCES government_body_kinds(code),
        decision_level text NOT NULL CHECK (decision_level IN ('LOCAL','DISTRICT','REGIONAL','NATIONAL')),
        admin_unit_id uuid REFERENCES admin_units(id),
        name_ky text NOT NULL, name_ru text NOT NULL, name_en text NOT NULL,
        competences text[] NOT NULL DEFAULT '{}',
        organisation_id uuid UNIQUE REFERENCES organisations(id),
        data_release text NOT NULL REFERENCES reference_data_releases(id),
        CONSTRAINT government_bodies_placed CHECK ((admin_unit_id IS NULL) = (decision_level = 'NATIONAL')),
        CONSTRAINT government_bodies_generated CHECK ((body_kind IS NULL) = (admin_unit_id IS NULL))
      )`);
    await q.query(`CREATE INDEX government_bodies_unit ON government_bodies (admin_unit_id, decision_level, code)`);
    await q.query(`CREATE INDEX government_bodies_level ON government_bodies (decision_level, code)`);

    await q.query(`
      CREATE TABLE intervention_types (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        name_ky text NOT NULL, name_ru text NOT NULL, name_en text NOT NULL,
        theme_codes text[] NOT NULL,
        decision_level text NOT NULL CHECK (decision_level IN ('LOCAL','DISTRICT','REGIONAL','NATIONAL')),
        decision_body_kind text NOT NULL,
        notes text,
        data_release text NOT NULL REFERENCES reference_data_releases(id)
      )`);

    // The units valid on a date that an old unit became, through any number of releases.
    // A unit valid on that date is its own answer; an abolished one has none.
    await q.query(`
      CREATE FUNCTION admin_unit_current(p_unit uuid, p_on date DEFAULT current_date) RETURNS SETOF uuid
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        WITH RECURSIVE chain(id) AS (
          SELECT p_unit
          UNION
          SELECT c.new_unit_id FROM chain JOIN admin_unit_crosswalk c ON c.old_unit_id = chain.id WHERE c.new_unit_id IS NOT NULL
        )
        SELECT u.id FROM chain JOIN admin_units u ON u.id = chain.id WHERE u.validity @> p_on
      $$`);

    // Every unit, of any release, whose area lies within the given units: their descendants, the
    // units merged into them (or renamed or moved into them) and the parts split from them, and
    // again the descendants of those. A filter on an oblast finds its villages; a filter on a
    // merged ayil aimak finds the old aimaks it absorbed and their villages.
    await q.query(`
      CREATE FUNCTION admin_units_within(p_units uuid[]) RETURNS SETOF uuid
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        WITH RECURSIVE edges(outer_id, inner_id) AS (
          SELECT new_unit_id, old_unit_id FROM admin_unit_crosswalk WHERE relation IN ('MERGED_INTO','RENAMED','MOVED')
          UNION ALL
          SELECT old_unit_id, new_unit_id FROM admin_unit_crosswalk WHERE relation IN ('SPLIT_INTO','RENAMED','MOVED')
        ), roots(id) AS (
          SELECT unnest(p_units)
          UNION
          SELECT e.inner_id
            FROM roots r
            JOIN admin_units ru ON ru.id = r.id
            JOIN admin_units o ON o.path <@ ru.path
            JOIN edges e ON e.outer_id = o.id
        )
        SELECT DISTINCT d.id FROM roots r JOIN admin_units ru ON ru.id = r.id JOIN admin_units d ON d.path <@ ru.path
      $$`);
    await q.query(`
      CREATE FUNCTION admin_units_within(p_unit uuid) RETURNS SETOF uuid
      LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT admin_units_within(ARRAY[p_unit]) $$`);

    // The candidates of a search, for a key folded by libs/geography/src/domain/search-key.ts: units
    // with a word starting with the key, or (p_fuzzy_key not null) a word like it, ranked 0 exact,
    // 1 start of a key, 2 start of a word, 3 fuzzy, with the fuzzy ones' similarity. The planner
    // prices word_similarity like a cheap operator and, for long keys, would rather run it on every
    // row (~4 µs each) than use the trigram index (~0.1 ms); the SET below keeps it on the index,
    // for this function only. The threshold is pinned so that server settings do not move it.
    // ROWS 10: most searches have a handful of hits, and the caller then looks them up by id.
    await q.query(`
      CREATE FUNCTION admin_unit_search(p_key text, p_fuzzy_key text) RETURNS TABLE (unit_id uuid, rank int, score real)
      LANGUAGE sql STABLE PARALLEL SAFE ROWS 10
      SET enable_seqscan = off
      SET pg_trgm.word_similarity_threshold = 0.6 AS $$
        SELECT u.id, r.rank, CASE WHEN r.rank = 3 THEN word_similarity(p_fuzzy_key, u.search_text) ELSE 1 END
          FROM admin_units u
          CROSS JOIN LATERAL (SELECT CASE WHEN u.search_text LIKE '%| ' || p_key || ' |%' THEN 0
                                          WHEN u.search_text LIKE '%| ' || p_key || '%' THEN 1
                                          WHEN u.search_text LIKE '% ' || p_key || '%' THEN 2
                                          ELSE 3 END AS rank) r
         WHERE u.search_text LIKE '% ' || p_key || '%' OR p_fuzzy_key <% u.search_text
      $$`);

    await q.query(`ALTER TABLE admin_unit_facts ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY admin_unit_facts_read ON admin_unit_facts FOR SELECT USING (true)`);

    await q.query(`
      GRANT SELECT ON reference_data_releases, fact_sources, admin_units, admin_unit_crosswalk, admin_unit_facts,
                      themes, government_body_kinds, government_bodies, intervention_types TO yntymak_app`);
    await q.query(`
      GRANT EXECUTE ON FUNCTION admin_unit_current(uuid, date), admin_units_within(uuid[]), admin_units_within(uuid), admin_unit_search(text, text) TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS admin_unit_search(text, text)`);
    await q.query(`DROP FUNCTION IF EXISTS admin_units_within(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS admin_units_within(uuid[])`);
    await q.query(`DROP FUNCTION IF EXISTS admin_unit_current(uuid, date)`);
    await q.query(`DROP TABLE IF EXISTS intervention_types`);
    await q.query(`DROP TABLE IF EXISTS government_bodies`);
    await q.query(`DROP TABLE IF EXISTS government_body_kinds`);
    await q.query(`DROP TABLE IF EXISTS themes`);
    await q.query(`DROP TABLE IF EXISTS admin_unit_facts`);
    await q.query(`DROP TABLE IF EXISTS admin_unit_crosswalk`);
    await q.query(`DROP TABLE IF EXISTS admin_units`);
    await q.query(`DROP TABLE IF EXISTS fact_sources`);
    await q.query(`DROP TABLE IF EXISTS reference_data_releases`);
  }
}
