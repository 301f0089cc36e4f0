/** The registry's vocabulary, free of any framework. */
export const PROJECT_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED', 'ARCHIVED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * PUBLISHED: every organisation sees it. DRAFT: the owner and the coordinator; not yet used for
 * overlap detection. CONFIDENTIAL_PIPELINE: the owner and the coordinator see it; it takes part in
 * overlap detection, and other owners get blind alerts (theme, area, period).
 */
export const PROJECT_VISIBILITIES = ['PUBLISHED', 'DRAFT', 'CONFIDENTIAL_PIPELINE'] as const;
export type ProjectVisibility = (typeof PROJECT_VISIBILITIES)[number];

export const PARTY_ROLES = ['FUNDER', 'INTERMEDIARY', 'IMPLEMENTER'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Who a project is for. Counts are people and/or households, as the field reports them. */
export const TARGET_GROUPS = [
  'LOW_INCOME_HOUSEHOLDS',
  'SMALLHOLDER_FARMERS',
  'WOMEN',
  'YOUTH',
  'CHILDREN_UNDER_5',
  'SCHOOLCHILDREN',
  'PREGNANT_AND_LACTATING_WOMEN',
  'PERSONS_WITH_DISABILITIES',
  'ELDERLY',
  'RETURNING_MIGRANTS',
  'HERDERS',
  'COOPERATIVES',
  'LOCAL_GOVERNMENTS',
  'GENERAL_POPULATION',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LocalisedText = Partial<Record<Language, string>>;

export interface TargetGroupCount {
  code: TargetGroup;
  people: number | null;
  households: number | null;
}

export interface Party {
  organisationId: string;
  role: PartyRole;
  sharePercent: number | null;
  receivesFromOrganisationId: string | null;
}

export interface Budget {
  amount: number;
  currency: string;
  confidential: boolean;
}

/** Everything a project says about itself; what the audit trail diffs. */
export interface ProjectFields {
  title: LocalisedText;
  description: LocalisedText;
  status: ProjectStatus;
  visibility: ProjectVisibility;
  startDate: string | null;
  endDate: string | null;
  budget: Budget | null;
  coverage: string[];
  themes: string[];
  interventions: string[];
  targetGroups: TargetGroupCount[];
  parties: Party[];
  iatiIdentifier: string | null;
  externalReference: string | null;
}

export const PROJECT_FIELD_NAMES = [
  'title',
  'description',
  'status',
  'visibility',
  'startDate',
  'endDate',
  'budget',
  'coverage',
  'themes',
  'interventions',
  'targetGroups',
  'parties',
  'iatiIdentifier',
  'externalReference',
] as const satisfies ReadonlyArray<keyof ProjectFields>;
