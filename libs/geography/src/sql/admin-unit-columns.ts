import { AdminLevel, AdminUnitKind } from '../domain/reference-codes';

/** An admin unit as the API reads it. Dates are ISO strings (YYYY-MM-DD), never JS Dates. */
export interface AdminUnitRow {
  id: string;
  code: string;
  soate: string | null;
  iso31662: string | null;
  ochaPcode: string | null;
  level: AdminLevel;
  kind: AdminUnitKind;
  nameKy: string;
  nameRu: string;
  nameEn: string;
  namesDerived: string[];
  altNames: string[];
  parentId: string | null;
  /** Codes from the country down to this unit, dot-separated. */
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
  isCurrent: boolean;
  dataRelease: string;
  /** Set when the query read the parent along (lists and searches), so that asking for it costs nothing more. */
  parent?: AdminUnitRow | null;
}

export const ADMIN_UNIT_COLUMNS = `u.id, u.code, u.soate, u.iso_3166_2 AS "iso31662", u.ocha_pcode AS "ochaPcode", u.level, u.kind,
  u.name_ky AS "nameKy", u.name_ru AS "nameRu", u.name_en AS "nameEn", u.names_derived AS "namesDerived", u.alt_names AS "altNames",
  u.parent_id AS "parentId", u.path::text AS path, u.depth, u.valid_from::text AS "validFrom", u.valid_to::text AS "validTo",
  u.validity @> current_date AS "isCurrent", u.data_release AS "dataRelease"`;

/** The parent `p` of each listed unit as one JSON value with the same keys as ADMIN_UNIT_COLUMNS. */
export const PARENT_JSON = `CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
  'id', p.id, 'code', p.code, 'soate', p.soate, 'iso31662', p.iso_3166_2, 'ochaPcode', p.ocha_pcode, 'level', p.level, 'kind', p.kind,
  'nameKy', p.name_ky, 'nameRu', p.name_ru, 'nameEn', p.name_en, 'namesDerived', p.names_derived, 'altNames', p.alt_names,
  'parentId', p.parent_id, 'path', p.path::text, 'depth', p.depth, 'validFrom', p.valid_from::text, 'validTo', p.valid_to::text,
  'isCurrent', p.validity @> current_date, 'dataRelease', p.data_release) END AS parent`;
