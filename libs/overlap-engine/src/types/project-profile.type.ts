/** What the engine knows of one project. The caller builds it from the registry; the engine never reads a database. */

export type AdminLevel = 'COUNTRY' | 'OBLAST' | 'RAYON' | 'AYIL_AIMAK' | 'SETTLEMENT';

export interface LocalisedText {
  ky?: string | null;
  ru?: string | null;
  en?: string | null;
}

export interface CoverageUnit {
  unitId: string;
  /** Ancestor ids from the country down to the unit, inclusive: [country, oblast, rayon, ayil aimak, settlement]. */
  path: readonly string[];
  level: AdminLevel;
  /** Resident population where a statistic exists (rayons in facts.csv; sums of them above). */
  population?: number | null;
  /** Number of SETTLEMENT units inside the unit (1 for a settlement): the size when population is unknown. */
  settlementCount?: number | null;
  name?: LocalisedText;
}

export interface ProjectPeriod {
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, inclusive; null while open-ended. */
  end: string | null;
}

export interface TargetGroup {
  code: string;
  count?: number | null;
}

export interface ProjectProfile {
  id: string;
  ownerOrganisationId: string;
  /** Direct funders of the project. */
  funderOrganisationIds?: readonly string[];
  /** Every other organisation up or down the money chain (funder's funder, sub-grantee, implementer). */
  fundingChainOrganisationIds?: readonly string[];
  /** Projects declared as co-financing this one (either side may declare it). */
  coFinancedProjectIds?: readonly string[];
  coverage: readonly CoverageUnit[];
  themes: readonly string[];
  period: ProjectPeriod;
  interventions: readonly string[];
  targetGroups: readonly TargetGroup[];
  titles: LocalisedText;
  descriptions: LocalisedText;
}
