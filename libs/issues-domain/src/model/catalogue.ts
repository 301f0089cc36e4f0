import { DecisionLevel } from './decision-level';

/** A row of the intervention catalogue (intervention-types.csv), as the caller passes it. */
export interface InterventionTypeRef {
  code: string;
  nameEn: string;
  themeCodes: readonly string[];
  decisionLevel: DecisionLevel;
  decisionBodyKind: string;
  notes?: string | null;
}

/** A row of the theme taxonomy (themes.csv); parents widen the competence match. */
export interface ThemeRef {
  code: string;
  parentCode: string | null;
}
