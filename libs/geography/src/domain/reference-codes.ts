/** The closed vocabularies of the reference data. The migration's CHECK constraints list the same values. */

export const ADMIN_LEVELS = ['COUNTRY', 'OBLAST', 'RAYON', 'AYIL_AIMAK', 'SETTLEMENT'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const ADMIN_UNIT_KINDS = [
  'COUNTRY',
  'OBLAST',
  'CITY_REPUBLICAN',
  'RAYON',
  'CITY_OBLAST',
  'CITY_DISTRICT',
  'AYIL_AIMAK',
  'TOWN',
  'URBAN_SETTLEMENT',
  'VILLAGE',
] as const;
export type AdminUnitKind = (typeof ADMIN_UNIT_KINDS)[number];

/** The level of government that usually decides a matter, from the village up. */
export const DECISION_LEVELS = ['LOCAL', 'DISTRICT', 'REGIONAL', 'NATIONAL'] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

/**
 * How an old unit relates to a new one in the crosswalk. Containment, which "within" queries follow:
 * MERGED_INTO old ⊆ new; SPLIT_INTO new ⊆ old; RENAMED and MOVED the same place; ABOLISHED has no new unit.
 */
export const CROSSWALK_RELATIONS = ['MERGED_INTO', 'SPLIT_INTO', 'RENAMED', 'MOVED', 'ABOLISHED'] as const;
export type CrosswalkRelation = (typeof CROSSWALK_RELATIONS)[number];

export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LocalizedNames {
  ky: string;
  ru: string;
  en: string;
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
