import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage that the projects list and overlap detection both query by index. The design, the plans
 * and the figures are in docs/projects-performance.md.
 *
 * - admin_unit_order: every admin unit's position in a depth-first (pre-order) walk of the
 *   hierarchy; a unit's subtree is the contiguous range [pre, last]. Statement-level triggers on
 *   admin_units renumber it when a statement adds or removes units or changes a path (loading a
 *   data release), and move project_unit_index rows with their units; admin_units_renumber() does
 *   the same by hand. admin_unit_ranges() turns a list's adminUnit filter into ranges of positions.
 * - theme_bits: a stable bit per theme, assigned when the theme is inserted, never reused. Bits 0..62
 *   are exact; themes past the 63rd share bit 63 and a filter on one of them rechecks project_themes.
 * - project_unit_index: one narrow row per project and covered unit, keyed by the unit's position,
 *   plus one row per project (unit_pre 0 with coverage, -1 without), with owner, visibility,
 *   archived, period bounds, the theme bitmask and created_at. One covering btree answers "projects
 *   in this rayon with this theme, active on this day" with an index-only range scan. Its own
 *   row-level-security policy is projects_read on its denormalised columns, so no subquery runs per
 *   row. The application role cannot write it: the owner's functions derive its rows from projects,
 *   project_units and project_themes (project_unit_index_refresh for one project, in the write's
 *   transaction; project_unit_index_rebuild for many), so it can only say what those tables say.
 * - The list tables' FOR ALL write policies become one policy per write command (same predicate),
 *   so that reading a project no longer plans them.
 */
const CHILD_TABLES = ['project_units', 'project_themes', 'project_interventions', 'project_target_groups', 'project_parties'];

export class ProjectSearchIndex1764324000000 implements MigrationInterface {
  name = 'ProjectSearchIndex1764324000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_unit_order (
        unit_id uuid PRIMARY KEY REFERENCES admin_units(id) ON DELETE CASCADE,
        pre integer NOT NULL CHECK (pre >= 1),
        last integer NOT NULL,
        CONSTRAINT admin_unit_order_pre_key UNIQUE (pre) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT admin_unit_order_range CHECK (last >= pre)
      )`);

    await q.query(`
      CREATE TABLE theme_bits (
        theme_code text PRIMARY KEY REFERENCES themes(code) ON DELETE CASCADE,
        bit smallint NOT NULL UNIQUE CHECK (bit >= 0)
      )`);

    await q.query(`
      CREATE TABLE project_unit_index (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_pre integer NOT NULL CHECK (unit_pre >= -1),
        organisation_id uuid NOT NULL,
        published boolean NOT NULL,
        draft boolean NOT NULL,
        archived boolean NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        theme_mask bigint NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (project_id, unit_pre)
      )`);
    await q.query(`
      CREATE INDEX project_unit_index_search ON project_unit_index (unit_pre, created_at, project_id)
        INCLUDE (organisation_id, published, draft, archived, starts_on, ends_on, theme_mask)`);
    // Index-only scans skip the heap only on pages the visibility map marks all-visible, and every
    // write of a project rewrites its rows: vacuum after about 1% of the table changed, not 20%.
    await q.query(`
      ALTER TABLE project_unit_index SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
                                          autovacuum_analyze_scale_factor = 0.02)`);
    await q.query(`ALTER TABLE project_unit_index ENABLE ROW LEVEL SECURITY`);
    // The same rule as projects_read, on the row's own copy of owner and visibility.
    await q.query(`CREATE POLICY project_unit_index_read ON project_unit_index FOR SELECT USING (published OR organisation_id = app_current_org() OR app_cross_tenant())`);

    // A theme's bit in project_unit_index.theme_mask (themes past the 63rd share bit 63).
    await q.query(`
      CREATE FUNCTION theme_mask_bit(p_bit smallint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT 1::bigint << least(p_bit, 63)::int $$`);
    await q.query(`
      CREATE FUNCTION theme_bits_assign() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO theme_bits (theme_code, bit)
        SELECT t.code, (SELECT coalesce(max(bit), -1) FROM theme_bits) + row_number() OVER (ORDER BY t.code)
          FROM themes t
         WHERE NOT EXISTS (SELECT 1 FROM theme_bits b WHERE b.theme_code = t.code);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER themes_assign_bits AFTER INSERT ON themes FOR EACH STATEMENT EXECUTE FUNCTION theme_bits_assign()`);

    // Pre-order numbering: ltree's order is depth-first, so a subtree is contiguous and its size
    // is the number of units whose path starts with the unit's path.
    await q.query(`
      CREATE FUNCTION admin_units_renumber() RETURNS bigint LANGUAGE plpgsql SET jit = off AS $$
      DECLARE
        rekeyed bigint;
      BEGIN
        IF to_regclass('pg_temp.admin_unit_order_fresh') IS NULL THEN
          CREATE TEMP TABLE admin_unit_order_fresh (unit_id uuid PRIMARY KEY, pre integer NOT NULL, last integer NOT NULL) ON COMMIT DROP;
        END IF;
        TRUNCATE admin_unit_order_fresh;
        INSERT INTO admin_unit_order_fresh (unit_id, pre, last)
        SELECT n.id, n.pre, n.pre + s.size - 1
          FROM (SELECT id, path, (row_number() OVER (ORDER BY path))::int AS pre FROM admin_units) n
          JOIN (SELECT subpath(d.path, 0, k) AS path, count(*)::int AS size
                  FROM admin_units d CROSS JOIN LATERAL generate_series(1, nlevel(d.path)) AS k
                 GROUP BY 1) s ON s.path = n.path;
        -- Rows of units whose position changed move with them (each row is matched on its old key once).
        UPDATE project_unit_index x SET unit_pre = f.pre
          FROM admin_unit_order o JOIN admin_unit_order_fresh f ON f.unit_id = o.unit_id
         WHERE x.unit_pre = o.pre AND o.pre <> f.pre;
        GET DIAGNOSTICS rekeyed = ROW_COUNT;
        INSERT INTO admin_unit_order (unit_id, pre, last) SELECT unit_id, pre, last FROM admin_unit_order_fresh
          ON CONFLICT (unit_id) DO UPDATE SET pre = EXCLUDED.pre, last = EXCLUDED.last
          WHERE (admin_unit_order.pre, admin_unit_order.last) IS DISTINCT FROM (EXCLUDED.pre, EXCLUDED.last);
        DELETE FROM admin_unit_order o WHERE NOT EXISTS (SELECT 1 FROM admin_unit_order_fresh f WHERE f.unit_id = o.unit_id);
        TRUNCATE admin_unit_order_fresh;
        RETURN rekeyed;
      END $$`);
    // Renumber when a statement added or removed units or changed a path, not on every update.
    await q.query(`
      CREATE FUNCTION admin_units_renumber_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted_units) THEN PERFORM admin_units_renumber(); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION admin_units_renumber_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM units_before b JOIN units_after a ON a.id = b.id WHERE a.path IS DISTINCT FROM b.path) THEN PERFORM admin_units_renumber(); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION admin_units_renumber_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM deleted_units) THEN PERFORM admin_units_renumber(); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER admin_units_renumber_insert AFTER INSERT ON admin_units REFERENCING NEW TABLE AS inserted_units
        FOR EACH STATEMENT EXECUTE FUNCTION admin_units_renumber_after_insert()`);
    await q.query(`
      CREATE TRIGGER admin_units_renumber_update AFTER UPDATE ON admin_units REFERENCING OLD TABLE AS units_before NEW TABLE AS units_after
        FOR EACH STATEMENT EXECUTE FUNCTION admin_units_renumber_after_update()`);
    await q.query(`
      CREATE TRIGGER admin_units_renumber_delete AFTER DELETE ON admin_units REFERENCING OLD TABLE AS deleted_units
        FOR EACH STATEMENT EXECUTE FUNCTION admin_units_renumber_after_delete()`);

    // The rows of the given projects, derived from what is stored (owner only; the bulk path).
    await q.query(`
      CREATE FUNCTION project_unit_index_rebuild(p_projects uuid[]) RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        written bigint;
      BEGIN
        DELETE FROM project_unit_index WHERE project_id = ANY(p_projects);
        INSERT INTO project_unit_index (project_id, unit_pre, organisation_id, published, draft, archived, starts_on, ends_on, theme_mask, created_at)
        SELECT p.id, u.pre, p.organisation_id, p.visibility = 'PUBLISHED', p.visibility = 'DRAFT', p.archived_at IS NOT NULL,
               coalesce(p.start_date, '-infinity'::date), coalesce(p.end_date, 'infinity'::date),
               t.mask, p.created_at
          FROM projects p
          CROSS JOIN LATERAL (
            SELECT coalesce(bit_or(theme_mask_bit(b.bit)), 0) AS mask FROM project_themes pt JOIN theme_bits b ON b.theme_code = pt.theme_code WHERE pt.project_id = p.id
          ) t
          CROSS JOIN LATERAL (
            SELECT o.pre FROM project_units pu JOIN admin_unit_order o ON o.unit_id = pu.admin_unit_id WHERE pu.project_id = p.id
            UNION ALL
            SELECT CASE WHEN EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = p.id) THEN 0 ELSE -1 END
          ) u
         WHERE p.id = ANY(p_projects)
         ORDER BY u.pre, p.created_at;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
      END $$`);
    // What the application calls after each write of a project, in the write's transaction. It runs
    // as the owner (the application role has no write grant on the table) and only for a project
    // of the calling organisation.
    await q.query(`
      CREATE FUNCTION project_unit_index_refresh(p_project uuid) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM projects WHERE id = p_project AND organisation_id = app_current_org()) THEN
          RAISE EXCEPTION 'project % is not one of the calling organisation''s projects', p_project USING ERRCODE = '42501';
        END IF;
        RETURN project_unit_index_rebuild(ARRAY[p_project]);
      END $$`);
    // The set of units a list's adminUnit filter means, as merged ranges of pre-order positions:
    // the same set as admin_units_within (with p_above: admin_units_related). A root's subtree is
    // [pre, last]; units that the crosswalk puts inside a root (merged, renamed or moved into a
    // unit of its subtree, or split from one) are roots too; with p_above the unit's ancestors are
    // added as single positions. PL/pgSQL so that each connection plans it once (the SQL functions
    // plan their recursive query on every call: about 6 ms here, more than the list itself).
    await q.query(`
      CREATE FUNCTION admin_unit_ranges(p_unit text, p_above boolean) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      DECLARE
        v_unit uuid;
        v_ranges jsonb;
      BEGIN
        IF p_unit ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
          SELECT id INTO v_unit FROM admin_units WHERE id = p_unit::uuid;
        ELSE
          SELECT id INTO v_unit FROM admin_units WHERE code = p_unit;
        END IF;
        IF v_unit IS NULL THEN RETURN '[]'::jsonb; END IF;
        WITH RECURSIVE edges AS (
          SELECT o.pre AS outer_pre, i.pre, i.last
            FROM (SELECT new_unit_id AS outer_id, old_unit_id AS inner_id FROM admin_unit_crosswalk WHERE relation IN ('MERGED_INTO','RENAMED','MOVED')
                  UNION ALL
                  SELECT old_unit_id, new_unit_id FROM admin_unit_crosswalk WHERE relation IN ('SPLIT_INTO','RENAMED','MOVED') AND new_unit_id IS NOT NULL) e
            JOIN admin_unit_order o ON o.unit_id = e.outer_id
            JOIN admin_unit_order i ON i.unit_id = e.inner_id
        ), roots(pre, last) AS (
          SELECT o.pre, o.last FROM admin_unit_order o WHERE o.unit_id = v_unit
          UNION
          SELECT e.pre, e.last FROM roots r JOIN edges e ON e.outer_pre BETWEEN r.pre AND r.last
        ), spans AS (
          SELECT pre AS lo, last AS hi FROM roots
          UNION
          SELECT a.pre, a.pre FROM admin_unit_order u JOIN admin_unit_order a ON a.pre < u.pre AND a.last >= u.pre WHERE p_above AND u.unit_id = v_unit
        ), starts AS (
          SELECT lo, hi, CASE WHEN lo <= max(hi) OVER (ORDER BY lo, hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1 THEN 0 ELSE 1 END AS new_span FROM spans
        ), groups AS (
          SELECT lo, hi, sum(new_span) OVER (ORDER BY lo, hi) AS g FROM starts
        )
        SELECT coalesce(jsonb_agg(jsonb_build_array(lo, hi) ORDER BY lo), '[]'::jsonb) INTO v_ranges
          FROM (SELECT min(lo) AS lo, max(hi) AS hi FROM groups GROUP BY g) merged;
        RETURN v_ranges;
      END $$`);
    // The bitmask of the given themes and all their sub-themes.
    await q.query(`
      CREATE FUNCTION theme_mask(p_themes text[]) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
      DECLARE
        v_mask bigint;
      BEGIN
        WITH RECURSIVE t AS (SELECT code FROM themes WHERE code = ANY(p_themes) UNION SELECT c.code FROM themes c JOIN t ON c.parent_code = t.code)
        SELECT coalesce(bit_or(theme_mask_bit(b.bit)), 0) INTO v_mask FROM theme_bits b WHERE b.theme_code IN (SELECT code FROM t);
        RETURN v_mask;
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION admin_unit_ranges(text, boolean), theme_mask(text[]), theme_mask_bit(smallint) TO yntymak_app`);
    await q.query(`REVOKE ALL ON FUNCTION project_unit_index_rebuild(uuid[]) FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION project_unit_index_refresh(uuid) FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION admin_units_renumber() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION project_unit_index_refresh(uuid) TO yntymak_app`);
    await q.query(`GRANT SELECT ON admin_unit_order, theme_bits, project_unit_index TO yntymak_app`);

    // The project lists' write policies were FOR ALL, so every SELECT of a list evaluated them too
    // (OR-ed with the read policy): five more EXISTS subplans to plan in every read of a project.
    // The same predicate, per write command, leaves reads with the read policy only. Nothing
    // becomes visible that was not: an organisation's own projects pass projects_read anyway.
    for (const table of CHILD_TABLES) {
      const own = `EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id AND p.organisation_id = app_current_org())`;
      await q.query(`DROP POLICY ${table}_write ON ${table}`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${own})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${own}) WITH CHECK (${own})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${own})`);
    }

    // A database that already holds reference data and projects.
    await q.query(`INSERT INTO theme_bits (theme_code, bit) SELECT code, (row_number() OVER (ORDER BY code) - 1)::smallint FROM themes`);
    await q.query(`SELECT admin_units_renumber()`);
    await q.query(`SELECT project_unit_index_rebuild(ARRAY(SELECT id FROM projects))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CHILD_TABLES) {
      const own = `EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id AND p.organisation_id = app_current_org())`;
      for (const command of ['insert', 'update', 'delete']) await q.query(`DROP POLICY IF EXISTS ${table}_${command} ON ${table}`);
      await q.query(`CREATE POLICY ${table}_write ON ${table} FOR ALL USING (${own}) WITH CHECK (${own})`);
    }
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS admin_units_renumber_${op} ON admin_units`);
    await q.query(`DROP TRIGGER IF EXISTS themes_assign_bits ON themes`);
    await q.query(`DROP FUNCTION IF EXISTS project_unit_index_refresh(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS project_unit_index_rebuild(uuid[])`);
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION IF EXISTS admin_units_renumber_after_${op}()`);
    await q.query(`DROP FUNCTION IF EXISTS admin_units_renumber()`);
    await q.query(`DROP FUNCTION IF EXISTS theme_bits_assign()`);
    await q.query(`DROP FUNCTION IF EXISTS admin_unit_ranges(text, boolean)`);
    await q.query(`DROP FUNCTION IF EXISTS theme_mask(text[])`);
    await q.query(`DROP TABLE IF EXISTS project_unit_index`);
    await q.query(`DROP FUNCTION IF EXISTS theme_mask_bit(smallint)`);
    await q.query(`DROP TABLE IF EXISTS theme_bits`);
    await q.query(`DROP TABLE IF EXISTS admin_unit_order`);
  }
}
