/**
 * Two ways to find a project's overlap candidates without project_unit_index, for the overlap
 * benchmark's comparison. Both apply the same owner, archive, draft and period filters as
 * find-candidates.ts, compare coverage through the hierarchy with ltree containment either way (a
 * unit inside one of ours, or one of our units inside it), and have no pre-ranking and no limit:
 * every geographic and period match comes back.
 *
 * - NAIVE_SCAN_SQL, the naive scan of the ratio: every other project is visited (the period and
 *   owner filters over a materialised scan of projects), and each one's coverage is compared with
 *   ours. Its cost grows with the number of stored projects whatever the project.
 * - PLAIN_JOIN_SQL, for information: the same question as a plain join, which Postgres is free to
 *   drive from the few admin units that match (admin_units' ltree index, then project_units by
 *   unit, then projects by id).
 */
const ME = `
  me AS (
    SELECT p.id, p.organisation_id, coalesce(p.start_date, p.created_at::date) AS starts_on, coalesce(p.end_date, 'infinity'::date) AS ends_on
      FROM projects p WHERE p.id = $1
  ), mine AS (
    SELECT a.path FROM project_units pu JOIN admin_units a ON a.id = pu.admin_unit_id WHERE pu.project_id = $1
  )`;
const OTHERS = `p.id <> me.id AND p.organisation_id <> me.organisation_id AND p.archived_at IS NULL AND p.visibility <> 'DRAFT'
  AND coalesce(p.start_date, p.created_at::date) <= me.ends_on AND coalesce(p.end_date, 'infinity'::date) >= me.starts_on`;

export const NAIVE_SCAN_SQL = `
  WITH ${ME}, others AS MATERIALIZED (
    SELECT p.id FROM me JOIN projects p ON ${OTHERS}
  )
  SELECT o.id FROM others o
   WHERE EXISTS (SELECT 1 FROM project_units pu JOIN admin_units a ON a.id = pu.admin_unit_id JOIN mine m ON (a.path <@ m.path OR a.path @> m.path)
                  WHERE pu.project_id = o.id)`;

export const PLAIN_JOIN_SQL = `
  WITH ${ME}
  SELECT DISTINCT p.id
    FROM me
    JOIN projects p ON ${OTHERS}
    JOIN project_units pu ON pu.project_id = p.id
    JOIN admin_units a ON a.id = pu.admin_unit_id
   WHERE EXISTS (SELECT 1 FROM mine m WHERE a.path <@ m.path OR a.path @> m.path)`;
