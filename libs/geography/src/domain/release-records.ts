import { AdminLevel, AdminUnitKind, CrosswalkRelation, DecisionLevel, Language, LocalizedNames } from './reference-codes';

/** The files a release may hold. A release with only some of them changes only what they describe. */
export const RELEASE_FILES = {
  sources: 'sources.csv',
  units: 'admin-units.csv',
  crosswalk: 'crosswalk.csv',
  facts: 'facts.csv',
  themes: 'themes.csv',
  interventionTypes: 'intervention-types.csv',
  bodyKinds: 'government-body-kinds.csv',
  nationalBodies: 'national-bodies.csv',
} as const;
export type ReleasePart = keyof typeof RELEASE_FILES;

export interface UnitRecord {
  line: number;
  code: string;
  soate: string | null;
  iso31662: string | null;
  ochaPcode: string | null;
  level: AdminLevel;
  kind: AdminUnitKind;
  names: LocalizedNames;
  namesDerived: Language[];
  altNames: string[];
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface CrosswalkRecord {
  line: number;
  release: string;
  oldCode: string;
  newCode: string | null;
  relation: CrosswalkRelation;
  effectiveDate: string;
  note: string | null;
}

export interface FactRecord {
  line: number;
  unitCode: string;
  indicator: string;
  /** Kept as written: numeric in the database, no binary rounding on the way. */
  value: string;
  unit: string;
  period: string | null;
  source: string;
}

export interface SourceRecord {
  line: number;
  id: string;
  title: string;
  publisher: string;
  urlOrReference: string | null;
  licence: string | null;
  retrieved: string | null;
  notes: string | null;
}

export interface ThemeRecord {
  line: number;
  code: string;
  names: LocalizedNames;
  parentCode: string | null;
  dacCodes: string[];
}

export interface InterventionTypeRecord {
  line: number;
  code: string;
  names: LocalizedNames;
  themeCodes: string[];
  decisionLevel: DecisionLevel;
  decisionBodyKind: string;
  notes: string | null;
}

export interface BodyKindRecord {
  line: number;
  code: string;
  adminLevels: AdminLevel[];
  appliesToUnitKinds: AdminUnitKind[];
  patterns: LocalizedNames;
  competences: string[];
}

export interface NationalBodyRecord {
  line: number;
  code: string;
  names: LocalizedNames;
  kind: string;
  competences: string[];
}

/** The parsed content of a release directory; a part is absent when its file is. */
export interface ReleaseData {
  sources?: SourceRecord[];
  units?: UnitRecord[];
  crosswalk?: CrosswalkRecord[];
  facts?: FactRecord[];
  themes?: ThemeRecord[];
  interventionTypes?: InterventionTypeRecord[];
  bodyKinds?: BodyKindRecord[];
  nationalBodies?: NationalBodyRecord[];
}
