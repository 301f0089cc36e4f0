import { DataSource } from 'typeorm';
import { PreparedSql, queryPrepared } from '@yntymak/database';

export const CANDIDATE_LIMIT = 500;

/** A candidate project, best ranked first, with the version the ranking saw. */
export interface Candidate {
  id: string;
  version: number;
}

/**
 * Projects of other owners that could overlap this one, found through indexes only: through
 * project_unit_index, every project covering a unit inside one of this project's units (a
 * pre-order range scan) or one of their ancestors (exact positions), whose period meets this one's,
 * not archived, not a draft. Pre-ranked in SQL — a theme in common first, then the closest
 * geography, then the longest common period — so that a national programme brings at most
 * CANDIDATE_LIMIT rows into the worker rather than every project in the country.
 *
 * Parameters: $1 the project's id, $2 the limit, $3 true to look only at projects sharing a theme.
 * Each candidate comes with its version, so that the worker reads only the versions it does not
 * hold (ProfileCache) without asking for versions separately.
 *
 * - `me` is MATERIALIZED so that the project's theme mask is computed once, not once per
 *   candidate group (inlined, the planner charged the sub-select per group and the estimate alone
 *   pushed the query past jit_above_cost).
 * - Open-ended periods are stored as 'infinity'; two of them have an unbounded common period, and
 *   `infinity - date` is an error in Postgres ("cannot subtract infinite dates"), so the common
 *   period is measured up to a finite horizon: an open-ended pair ranks as the longest.
 * - One index range scan per range, forced: a LATERAL subquery that OFFSET 0 keeps from being
 *   flattened. Joined flat, the planner cannot see the ranges' bounds (they come from a CTE) and,
 *   at 100,000 projects, read all of project_unit_index sequentially for every project, a village
 *   as much as a national programme (docs/overlap.md, "Detection at scale").
 */
export const CANDIDATE_SQL = `WITH me AS MATERIALIZED (
       SELECT p.id, p.organisation_id, coalesce(p.start_date, p.created_at::date) AS starts_on, coalesce(p.end_date, 'infinity'::date) AS ends_on,
              coalesce((SELECT bit_or(theme_mask_bit(b.bit)) FROM project_themes t JOIN theme_bits b ON b.theme_code = t.theme_code WHERE t.project_id = p.id), 0) AS mask
         FROM projects p WHERE p.id = $1
     ), mine AS (
       SELECT o.pre, o.last, a.path FROM project_units pu JOIN admin_units a ON a.id = pu.admin_unit_id JOIN admin_unit_order o ON o.unit_id = a.id
        WHERE pu.project_id = $1
     ), ranges AS (
       SELECT pre AS lo, last AS hi, 2 AS closeness FROM mine
       UNION ALL
       SELECT o.pre, o.pre, 1 FROM mine m JOIN admin_units a ON a.path @> m.path AND a.path <> m.path JOIN admin_unit_order o ON o.unit_id = a.id
     ), hits AS (
       SELECT x.project_id, max(x.closeness) AS closeness, bool_or(x.shares_theme) AS shares_theme, max(x.common_days) AS common_days
         FROM me CROSS JOIN ranges r
         CROSS JOIN LATERAL (
           SELECT x.project_id, r.closeness, (x.theme_mask & me.mask) <> 0 AS shares_theme,
                  least(x.ends_on, me.ends_on, DATE '9999-12-31') - greatest(x.starts_on, me.starts_on) AS common_days
             FROM project_unit_index x
            WHERE x.unit_pre BETWEEN r.lo AND r.hi AND x.organisation_id <> me.organisation_id AND NOT x.archived AND NOT x.draft
              AND x.starts_on <= me.ends_on AND x.ends_on >= me.starts_on AND x.project_id <> me.id
              AND (NOT $3::boolean OR (x.theme_mask & me.mask) <> 0)
           OFFSET 0
         ) x
        GROUP BY x.project_id
     )
     SELECT h.project_id, p.version
       FROM (SELECT * FROM hits ORDER BY shares_theme DESC, closeness DESC, common_days DESC, project_id LIMIT $2) h
       JOIN projects p ON p.id = h.project_id
      ORDER BY h.shares_theme DESC, h.closeness DESC, h.common_days DESC, h.project_id`;

/**
 * Prepared once per worker connection: planning it took twice as long as running it on a small
 * installation (1.15 ms against 0.59 ms at 3,000 projects, twice per detection), and at 50 writes
 * a second the planning alone was a tenth of a core. The plan's shape is fixed by the query itself
 * (the materialized CTE, one range scan per range), so a generic plan is the same plan.
 */
const CANDIDATES = PreparedSql.define('overlap-candidates', CANDIDATE_SQL);

/**
 * Runs CANDIDATE_SQL with JIT off for its transaction: at a million projects its estimated cost is
 * far above jit_above_cost, and compiling the plan cost more than running it (the overlap
 * benchmark measured both; see docs/overlap.md).
 *
 * Projects sharing a theme rank first, so when there are at least `limit` of them the answer is
 * theirs alone: it asks for those first, and for everyone only when they are too few. The answer is
 * the same either way; what changes is the work for a wide project. A national programme meets
 * some 270,000 index rows at a million projects, and grouping all of them by project spilled to
 * disk; most share no theme with it.
 */
export async function findCandidates(owner: DataSource, projectId: string, limit = CANDIDATE_LIMIT): Promise<Candidate[]> {
  const asCandidates = (rows: Array<{ project_id: string; version: number }>) => rows.map((r) => ({ id: r.project_id, version: r.version }));
  return owner.transaction(async (em) => {
    await em.query(`SET LOCAL jit = off`);
    const candidates = async (sharingTheme: boolean) => (await queryPrepared<{ project_id: string; version: number }>(em, CANDIDATES, [projectId, limit, sharingTheme])).rows;
    const sharingTheme = await candidates(true);
    if (sharingTheme.length >= limit) return asCandidates(sharingTheme);
    return asCandidates(await candidates(false));
  });
}
