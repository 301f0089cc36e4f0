import { SearchQuery } from '../domain/search-text';
import { ADMIN_UNIT_COLUMNS, PARENT_JSON } from './admin-unit-columns';
import { AdminUnitFilter, adminUnitFilterSql } from './admin-unit-filter';

export type SearchRank = 0 | 1 | 2 | 3;

export interface SearchSql {
  sql: string;
  params: unknown[];
}

/** Below this many letters a trigram comparison says little and matches half the country: prefixes only. */
const MIN_FUZZY_LETTERS = 4;

/**
 * The search over admin units for a query read by searchQueryOf (libs/geography/src/domain).
 * admin_unit_search (migration 1764151200000) finds the candidates through the trigram index on
 * search_text (`| key | key | ... |`): units with a word starting with the query or, for 4
 * letters or more, a word like it (word_similarity ≥ 0.6), ranked
 *   0 exact: the query is one of the unit's keys,
 *   1 start of a key, 2 start of a word inside a key,
 *   3 fuzzy.
 * Here they are filtered, then ordered: rank, units of the kind the query named ("Naryn city")
 * first, similarity (fuzzy only), higher units first, code: a total order, so offsets are stable.
 * A query of digits looks for SOATE codes instead. Rows carry rank, score, the total and the parent.
 */
export function buildAdminUnitSearch(query: SearchQuery, filter: AdminUnitFilter, offset: number, limit: number): SearchSql {
  const params: unknown[] = [];
  const where = adminUnitFilterSql(filter, params);
  const { key } = query;
  if (/^\d+$/.test(key)) return codeSearch(key, where, params, offset, limit);
  const fuzzy = key.replace(/ /g, '').length >= MIN_FUZZY_LETTERS;
  const candidates = `admin_unit_search($${params.push(key)}::text, $${params.push(fuzzy ? key : null)}::text)`;
  const preferKinds = query.kinds.length ? `u.kind = ANY($${params.push(query.kinds)}::text[]) DESC, ` : '';
  const order = (hit: string) => `${hit}.rank, ${preferKinds}${hit}.score DESC, u.depth, u.code`;
  const filterSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // The page is cut before the parents are joined: a broad query ("kara") has hundreds of hits.
  const sql = `
    SELECT ${ADMIN_UNIT_COLUMNS}, ${PARENT_JSON}, u.rank, u.score, u.total
      FROM (SELECT u.*, c.rank, c.score, count(*) OVER ()::int AS total
              FROM ${candidates} c JOIN admin_units u ON u.id = c.unit_id
              ${filterSql}
             ORDER BY ${order('c')}
             LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}) u
      LEFT JOIN admin_units p ON p.id = u.parent_id
     ORDER BY ${order('u')}`;
  return { sql, params };
}

function codeSearch(digits: string, where: string[], params: unknown[], offset: number, limit: number): SearchSql {
  const code = `$${params.push(digits)}::text`;
  const sql = `
    SELECT ${ADMIN_UNIT_COLUMNS}, ${PARENT_JSON}, CASE WHEN u.code = ${code} OR u.soate = ${code} THEN 0 ELSE 1 END AS rank, 1::real AS score,
           count(*) OVER ()::int AS total
      FROM admin_units u
      LEFT JOIN admin_units p ON p.id = u.parent_id
     WHERE (u.code LIKE ${code} || '%' OR u.soate LIKE ${code} || '%')${where.map((w) => `\n       AND ${w}`).join('')}
     ORDER BY rank, u.code
     LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`;
  return { sql, params };
}
