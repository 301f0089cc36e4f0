import { BadInputError } from '@yntymak/errors';
import { normaliseQuery } from './domain/search-text';
import { ProjectFilter, ProjectSort } from './dto/projects.args';

export interface SqlPart {
  where: string[];
  params: unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Budget in USD through the current rate set; NULL when there is no budget or no rate. */
const BUDGET_USD = `(p.budget_amount * (SELECT r.usd_per_unit FROM exchange_rates r JOIN exchange_rate_sets s ON s.id = r.rate_set_id AND s.is_current WHERE r.currency = p.budget_currency))`;

const DEFAULT_FILTER = { includeArchived: false, includeUnitsAbove: false } as ProjectFilter;

type Param = (value: unknown) => string;

/** The requested themes and all their sub-themes. */
const themeCodes = (codes: string) =>
  `WITH RECURSIVE t AS (SELECT code FROM themes WHERE code = ANY(${codes}::text[]) UNION SELECT c.code FROM themes c JOIN t ON c.parent_code = t.code) SELECT code FROM t`;

/** The units a filter on adminUnit means: the unit and everything within it, and with includeUnitsAbove also the units above. */
function unitSetSql(f: ProjectFilter, p: Param): string {
  const unit = UUID.test(f.adminUnit!) ? `(SELECT id FROM admin_units WHERE id = ${p(f.adminUnit)}::uuid)` : `(SELECT id FROM admin_units WHERE code = ${p(f.adminUnit)})`;
  return f.includeUnitsAbove ? `admin_units_related(${unit})` : `admin_units_within(${unit})`;
}

function checkPeriod(f: ProjectFilter): void {
  if (f.periodFrom && f.periodTo && f.periodFrom > f.periodTo) throw new BadInputError('filter.periodTo', 'filter.periodTo is before filter.periodFrom');
}

function textWords(text: string): string[] {
  const words = normaliseQuery(text).split(' ').filter((w) => w.length >= 2);
  if (!words.length) throw new BadInputError('filter.text', 'filter.text needs a word of two letters or more');
  return words.slice(0, 8);
}

/**
 * The filters that only the projects table can answer (status, visibility, interventions, text,
 * budget), as conditions on `p`. Shared by both paths below.
 */
function residualWhere(f: ProjectFilter, p: Param): string[] {
  const where: string[] = [];
  if (f.statuses?.length) where.push(`p.status = ANY(${p(f.statuses)}::text[])`);
  if (f.visibilities?.length) where.push(`p.visibility = ANY(${p(f.visibilities)}::text[])`);
  if (f.interventions?.length) where.push(`EXISTS (SELECT 1 FROM project_interventions pi WHERE pi.project_id = p.id AND pi.intervention_code = ANY(${p(f.interventions)}::text[]))`);
  if (f.text) for (const word of textWords(f.text)) where.push(`p.search_text LIKE ${p(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (f.budget && (f.budget.min !== undefined || f.budget.max !== undefined)) {
    const rate = `(SELECT r.usd_per_unit FROM exchange_rates r JOIN exchange_rate_sets s ON s.id = r.rate_set_id AND s.is_current WHERE r.currency = ${p(f.budget.currency)})`;
    if (f.budget.min !== undefined) where.push(`${BUDGET_USD} >= ${p(f.budget.min)}::numeric * ${rate}`);
    if (f.budget.max !== undefined) where.push(`${BUDGET_USD} <= ${p(f.budget.max)}::numeric * ${rate}`);
  }
  return where;
}

/**
 * WHERE clauses for the projects list on the projects table itself: the path for lists that
 * filter on none of unit, theme or period (see usesSearchIndex). Every list filter is an EXISTS
 * on an indexed child table; visibility is not here: row-level security decides it.
 */
export function projectFilterSql(filter: ProjectFilter | undefined): SqlPart {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const f = filter ?? DEFAULT_FILTER;
  checkPeriod(f);

  if (!f.includeArchived) where.push(`p.archived_at IS NULL`);
  if (f.ownerIds?.length) where.push(`p.organisation_id = ANY(${p(f.ownerIds)}::uuid[])`);
  if (f.adminUnit) where.push(`EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = p.id AND pu.admin_unit_id IN (SELECT ${unitSetSql(f, p)}))`);
  if (f.themes?.length) where.push(`EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = p.id AND pt.theme_code IN (${themeCodes(p(f.themes))}))`);
  if (f.activeOn) where.push(`p.period @> ${p(f.activeOn)}::date`);
  if (f.periodFrom || f.periodTo) where.push(`p.period && daterange(${p(f.periodFrom ?? null)}::date, ${p(f.periodTo ?? null)}::date, '[]')`);
  where.push(...residualWhere(f, p));
  return { where, params };
}

export interface SortSpec {
  expression: string;
  descending: boolean;
  /** How a cursor's value is cast back. */
  cast: 'timestamptz' | 'date';
  /** The same value from a project_unit_index row `x`, when the index holds it. */
  indexExpression?: string;
}

export const SORTS: Record<ProjectSort, SortSpec> = {
  CREATED_AT_ASC: { expression: 'p.created_at', descending: false, cast: 'timestamptz', indexExpression: 'x.created_at' },
  CREATED_AT_DESC: { expression: 'p.created_at', descending: true, cast: 'timestamptz', indexExpression: 'x.created_at' },
  UPDATED_AT_DESC: { expression: 'p.updated_at', descending: true, cast: 'timestamptz' },
  START_DATE_ASC: {
    expression: `coalesce(p.start_date, '9999-12-31'::date)`,
    descending: false,
    cast: 'date',
    indexExpression: `(CASE WHEN x.starts_on = '-infinity'::date THEN '9999-12-31'::date ELSE x.starts_on END)`,
  },
  START_DATE_DESC: {
    expression: `coalesce(p.start_date, '0001-01-01'::date)`,
    descending: true,
    cast: 'date',
    indexExpression: `(CASE WHEN x.starts_on = '-infinity'::date THEN '0001-01-01'::date ELSE x.starts_on END)`,
  },
};

// ---- The project_unit_index path ---------------------------------------------------------------

/**
 * Whether a list goes through project_unit_index: when it filters on a unit, a theme or a period,
 * the filters that make a list over a million projects selective. Other lists (owner, status,
 * text, budget alone) keep the plain path on projects and its indexes.
 */
export function usesSearchIndex(filter: ProjectFilter | undefined): boolean {
  const f = filter ?? DEFAULT_FILTER;
  return Boolean(f.adminUnit || f.themes?.length || f.activeOn || f.periodFrom || f.periodTo);
}

/** What statement 1 of the index path finds out before the list is planned. */
export interface SearchPrepared {
  /** With adminUnit: its set as ranges of pre-order positions (empty when the unit does not exist). */
  ranges?: UnitRanges;
  /** How many units are numbered: a single range [1, units] is the whole country. */
  units: number;
  /** With themes: the bitmask of the themes and their sub-themes (a bigint, as text). */
  mask?: string;
}

export type UnitRanges = Array<[number, number]>;

/**
 * Statement 1 of the index path: the unit's set (within it, through the crosswalk, and optionally
 * above it) as ranges of pre-order positions, the theme mask, and JIT off for the rest of this
 * read-only transaction: a list answers in milliseconds, and compiling a plan whose estimated
 * cost passes jit_above_cost (a country-wide scan) took longer than running it.
 */
export function searchPrepareSql(filter: ProjectFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const columns = [`set_config('jit', 'off', true) AS jit`, `(SELECT o.pre FROM admin_unit_order o ORDER BY o.pre DESC LIMIT 1) AS units`];
  // Both functions are in the project-search-index migration: the same unit set as admin_units_within / admin_units_related.
  if (filter.adminUnit) columns.push(`admin_unit_ranges(${p(filter.adminUnit)}::text, ${p(filter.includeUnitsAbove)}::boolean) AS ranges`);
  if (filter.themes?.length) columns.push(`theme_mask(${p(filter.themes)}::text[])::text AS mask`);
  return { sql: `SELECT ${columns.join(', ')}`, params };
}

export interface SearchPage {
  sql: string;
  params: unknown[];
}

/** Ranges in one statement as UNION ALL branches (each an index range scan) up to this many; beyond, one join. */
const MAX_RANGE_BRANCHES = 16;

/**
 * One statement that answers a list through project_unit_index: the total count and the keys
 * (id and sort value) of the page, as `{ n, keys }`, with what searchPrepareSql found (ranges
 * undefined without adminUnit; when they are empty the unit does not exist, nothing matches and
 * the caller need not ask). Visibility is the index table's own row-level-security policy; filters the index does
 * not hold (status, text, budget...) and a sort on updated_at join projects for the candidates.
 */
export function searchPageSql(filter: ProjectFilter | undefined, sortKey: ProjectSort, after: { value: string; id: string } | undefined, limit: number, prepared: SearchPrepared): SearchPage {
  const f = filter ?? DEFAULT_FILTER;
  checkPeriod(f);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const sort = SORTS[sortKey];

  // Conditions on an index row x.
  const cond: string[] = [];
  if (!f.includeArchived) cond.push(`NOT x.archived`);
  if (f.ownerIds?.length) cond.push(`x.organisation_id = ANY(${p(f.ownerIds)}::uuid[])`);
  if (f.themes?.length) {
    cond.push(`(x.theme_mask & ${p(prepared.mask ?? '0')}::bigint) <> 0`);
    // Bits 0..62 are one theme each; bit 63 (the sign bit) is shared by any later themes, so a match on it is rechecked.
    if (BigInt(prepared.mask ?? '0') < 0n) cond.push(`EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = x.project_id AND pt.theme_code IN (${themeCodes(p(f.themes))}))`);
  }
  if (f.activeOn) {
    const day = p(f.activeOn);
    cond.push(`x.starts_on <= ${day}::date`, `x.ends_on >= ${day}::date`);
  }
  if (f.periodFrom || f.periodTo) {
    if (f.periodTo) cond.push(`x.starts_on <= ${p(f.periodTo)}::date`);
    if (f.periodFrom) cond.push(`x.ends_on >= ${p(f.periodFrom)}::date`);
  }

  // Which index rows: one per project (unit_pre -1 without coverage, 0 with), or the units' rows,
  // one range scan each (a project with several units in the ranges comes once per unit: DISTINCT).
  const { ranges } = prepared;
  const wholeCountry = ranges?.length === 1 && ranges[0][0] <= 1 && ranges[0][1] >= prepared.units;
  const and = (range: string) => [range, ...cond].join(' AND ');
  let rows: string;
  let distinct = false;
  if (!ranges) {
    rows = `SELECT x.* FROM project_unit_index x WHERE ${and('x.unit_pre <= 0')}`;
  } else if (wholeCountry) {
    rows = `SELECT x.* FROM project_unit_index x WHERE ${and('x.unit_pre = 0')}`;
  } else if (ranges.length <= MAX_RANGE_BRANCHES) {
    rows = ranges.map(([lo, hi]) => `SELECT x.* FROM project_unit_index x WHERE ${and(`x.unit_pre BETWEEN ${p(lo)}::int AND ${p(hi)}::int`)}`).join(' UNION ALL ');
    distinct = true;
  } else {
    rows = `SELECT x.* FROM unnest(${p(ranges.map((r) => r[0]))}::int[], ${p(ranges.map((r) => r[1]))}::int[]) AS r(lo, hi)
              CROSS JOIN LATERAL (SELECT * FROM project_unit_index x WHERE ${and('x.unit_pre BETWEEN r.lo AND r.hi')}) x`;
    distinct = true;
  }

  const residual = residualWhere(f, p);
  let hit: string;
  if (!residual.length && sort.indexExpression) {
    // Index-only: the sort value is in the index row.
    hit = `SELECT ${distinct ? 'DISTINCT ' : ''}x.project_id AS id, ${sort.indexExpression} AS sort_key FROM (${rows}) x`;
  } else {
    hit = `SELECT p.id, ${sort.expression} AS sort_key FROM projects p
            WHERE p.id IN (SELECT x.project_id FROM (${rows}) x)${residual.length ? ` AND ${residual.join(' AND ')}` : ''}`;
  }

  const dir = sort.descending ? 'DESC' : 'ASC';
  const cursor = after ? `WHERE (h.sort_key, h.id) ${sort.descending ? '<' : '>'} (${p(after.value)}::${sort.cast}, ${p(after.id)}::uuid)` : '';
  const sql = `
    WITH hit AS MATERIALIZED (${hit})
    SELECT (SELECT count(*) FROM hit)::int AS n,
           coalesce((SELECT json_agg(json_build_object('id', k.id, 'sort_value', to_json(k.sort_key) #>> '{}') ORDER BY k.sort_key ${dir}, k.id ${dir})
                       FROM (SELECT h.id, h.sort_key FROM hit h ${cursor} ORDER BY h.sort_key ${dir}, h.id ${dir} LIMIT ${p(limit)}) k), '[]') AS keys`;
  return { sql, params };
}

export { BUDGET_USD };
