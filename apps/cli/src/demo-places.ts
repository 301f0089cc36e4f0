export interface LocalisedName {
  ky: string;
  ru: string;
  en: string;
}

/** A seeded admin unit the demo puts projects in (looked up through the API at load time). */
export interface DemoPlace {
  code: string;
  names: LocalisedName;
}

export interface DemoOblast extends DemoPlace {
  /** ISO 3166-2:KG code, e.g. KG-N. */
  iso: string;
  /** Its ayil aimaks, in code order. */
  villages: DemoPlace[];
}

/** The seven oblasts by ISO 3166-2:KG code, and the two cities of republican significance. */
export const OBLAST_CODES = ['KG-Y', 'KG-J', 'KG-N', 'KG-B', 'KG-O', 'KG-T', 'KG-C'] as const;
export const CITY_CODES = ['KG-GB', 'KG-GO'] as const;

/** Where the deliberate overlaps happen: Naryn oblast (goats, nutrition) and Osh oblast (co-financing). */
export const SCENARIO_OBLASTS = { goatsAndNutrition: 'KG-N', coFinancing: 'KG-O' } as const;
