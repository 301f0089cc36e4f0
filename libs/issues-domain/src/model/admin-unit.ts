/** Levels of the Kyrgyz administrative hierarchy, lowest first (as in admin-units.csv). */
export const ADMIN_LEVELS = ['SETTLEMENT', 'AYIL_AIMAK', 'RAYON', 'OBLAST', 'COUNTRY'] as const;

export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/**
 * Kinds of units (admin-units.csv). Several kinds share a level: a city of republican significance
 * (Bishkek, Osh) sits at OBLAST level, a city of oblast significance or a Bishkek district at RAYON
 * level, a town or an urban-type settlement at AYIL_AIMAK level.
 */
export type AdminUnitKind =
  | 'COUNTRY'
  | 'OBLAST'
  | 'CITY_REPUBLICAN'
  | 'RAYON'
  | 'CITY_OBLAST'
  | 'CITY_DISTRICT'
  | 'AYIL_AIMAK'
  | 'TOWN'
  | 'URBAN_SETTLEMENT'
  | 'VILLAGE';

/** One unit of an issue's ancestor chain, as the caller loads it. */
export interface ChainUnit {
  unitId: string;
  level: AdminLevel;
  kind: AdminUnitKind;
  /** For reasons and notes only ("Bishkek city"); the unit id is used when absent. */
  name?: string;
}

export function adminLevelRank(level: string): number {
  return (ADMIN_LEVELS as readonly string[]).indexOf(level);
}
