import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * admin_unit_ranges() with a fast path for the usual list filter: when no crosswalk edge touches
 * the unit's subtree and the units above are not wanted, the answer is the subtree's own range
 * [pre, last], without the recursive walk over the crosswalk (which the function otherwise plans
 * and runs on every list). The set of units is unchanged: without an edge whose old or new unit
 * lies in the subtree, the walk adds no root and returns the subtree alone; any such edge (of any
 * relation) takes the full walk. Replaces the body created by ProjectSearchIndex1764324000000,
 * which has already run on existing databases; down() restores that body.
 */
export class AdminUnitRangesFastPath1765400000000 implements MigrationInterface {
  name = 'AdminUnitRangesFastPath1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(functionSql(FAST_DECLARE, FAST_LOOKUP, FAST_PATH));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(functionSql('', PLAIN_LOOKUP, ''));
  }
}

const FAST_DECLARE = `
        v_pre integer;
        v_last integer;`;

/** The unit and its subtree's range in one lookup, by id or by code. */
const FAST_LOOKUP = `
        IF p_unit ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
          SELECT o.unit_id, o.pre, o.last INTO v_unit, v_pre, v_last FROM admin_unit_order o WHERE o.unit_id = p_unit::uuid;
        ELSE
          SELECT o.unit_id, o.pre, o.last INTO v_unit, v_pre, v_last FROM admin_units u JOIN admin_unit_order o ON o.unit_id = u.id WHERE u.code = p_unit;
        END IF;`;

/** The lookup of ProjectSearchIndex1764324000000. */
const PLAIN_LOOKUP = `
        IF p_unit ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
          SELECT id INTO v_unit FROM admin_units WHERE id = p_unit::uuid;
        ELSE
          SELECT id INTO v_unit FROM admin_units WHERE code = p_unit;
        END IF;`;

const FAST_PATH = `
        -- The usual case: no reform touches the subtree, and the units above are not wanted.
        IF NOT p_above AND NOT EXISTS (
          SELECT 1 FROM admin_unit_crosswalk c JOIN admin_unit_order o ON o.unit_id IN (c.old_unit_id, c.new_unit_id) WHERE o.pre BETWEEN v_pre AND v_last
        ) THEN
          RETURN jsonb_build_array(jsonb_build_array(v_pre, v_last));
        END IF;`;

/** The function as ProjectSearchIndex1764324000000 wrote it, with the declarations, the lookup and the optional fast path spliced in. */
function functionSql(declare: string, lookup: string, fastPath: string): string {
  return `
      CREATE OR REPLACE FUNCTION admin_unit_ranges(p_unit text, p_above boolean) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      DECLARE
        v_unit uuid;${declare}
        v_ranges jsonb;
      BEGIN${lookup}
        IF v_unit IS NULL THEN RETURN '[]'::jsonb; END IF;${fastPath}
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
      END $$`;
}
