import type {
  GeographyLevel,
  InterventionLevel,
  PeriodLevel,
  TargetGroupLevel,
  TextLevel,
  ThemeLevel,
} from '../types/overlap-result.type';

/**
 * Fellegi-Sunter agreement levels, set by judgement (docs/overlap.md gives the reasoning).
 *
 * Stage 1, "should the pair be raised?": m = P(level | raised pair), u = P(level | two unrelated
 * projects of the registry); the level's match weight is log2(m / u).
 *
 * Stage 2, "duplicate rather than overlap?", for raised pairs only: d = P(level | DUPLICATE),
 * o = P(level | OVERLAP); the duplicate weight is log2(d / o).
 *
 * MISSING (a side has no data) weighs 0 in both: absence is not evidence. A level that a raised
 * pair cannot have by definition (no common area, no common time) gets m = 1e-6, in effect a veto
 * that still keeps scores ordered.
 */
export interface LevelProbabilities {
  m: number;
  u: number;
  d: number;
  o: number;
}

const NEVER = 1e-6;
const ABSENT: LevelProbabilities = { m: 1, u: 1, d: 1, o: 1 };

export const GEOGRAPHY_LEVELS: Readonly<Record<GeographyLevel, LevelProbabilities>> = {
  SAME: { m: 0.45, u: 0.003, d: 0.95, o: 0.3 },
  NESTED_CLOSE: { m: 0.1, u: 0.004, d: 0.02, o: 0.12 },
  NESTED: { m: 0.15, u: 0.03, d: 0.005, o: 0.18 },
  WIDE: { m: 0.1, u: 0.03, d: 0.001, o: 0.12 },
  BROAD: { m: 0.08, u: 0.07, d: 0.001, o: 0.1 },
  PARTIAL: { m: 0.12, u: 0.01, d: 0.023, o: 0.18 },
  NEAR: { m: NEVER, u: 0.05, d: 1, o: 1 },
  SAME_OBLAST: { m: NEVER, u: 0.1, d: 1, o: 1 },
  FAR: { m: NEVER, u: 0.703, d: 1, o: 1 },
};

/** Themes count only when the interventions share no code: shared interventions already imply them. */
export const THEME_LEVELS: Readonly<Record<ThemeLevel, LevelProbabilities>> = {
  SAME: { m: 0.5, u: 0.08, d: 0.7, o: 0.5 },
  CLOSE: { m: 0.3, u: 0.15, d: 0.2, o: 0.3 },
  RELATED: { m: 0.15, u: 0.3, d: 0.07, o: 0.15 },
  UNRELATED: { m: 0.05, u: 0.47, d: 0.03, o: 0.05 },
  MISSING: ABSENT,
};

export const PERIOD_LEVELS: Readonly<Record<PeriodLevel, LevelProbabilities>> = {
  SAME_DATES: { m: 0.3, u: 0.03, d: 0.45, o: 0.25 },
  FULL: { m: 0.45, u: 0.2, d: 0.4, o: 0.4 },
  MOST: { m: 0.15, u: 0.1, d: 0.13, o: 0.15 },
  PARTIAL: { m: 0.08, u: 0.12, d: 0.02, o: 0.15 },
  SLIGHT: { m: 0.02, u: 0.1, d: 0.001, o: 0.05 },
  DISJOINT: { m: NEVER, u: 0.45, d: 1, o: 1 },
};

export const INTERVENTION_LEVELS: Readonly<Record<InterventionLevel, LevelProbabilities>> = {
  SAME: { m: 0.45, u: 0.03, d: 0.92, o: 0.45 },
  CONTAINED: { m: 0.15, u: 0.02, d: 0.04, o: 0.15 },
  SHARED: { m: 0.1, u: 0.03, d: 0.02, o: 0.1 },
  RELATED: { m: 0.15, u: 0.05, d: 0.01, o: 0.2 },
  DIFFERENT: { m: 0.15, u: 0.87, d: 0.01, o: 0.1 },
  MISSING: ABSENT,
};

export const TARGET_GROUP_LEVELS: Readonly<Record<TargetGroupLevel, LevelProbabilities>> = {
  SAME_COUNT: { m: 0.15, u: 0.005, d: 0.3, o: 0.05 },
  SAME: { m: 0.4, u: 0.15, d: 0.55, o: 0.4 },
  SHARED: { m: 0.15, u: 0.1, d: 0.1, o: 0.2 },
  DIFFERENT: { m: 0.3, u: 0.745, d: 0.05, o: 0.35 },
  MISSING: ABSENT,
};

export const TEXT_LEVELS: Readonly<Record<TextLevel, LevelProbabilities>> = {
  VERY_HIGH: { m: 0.2, u: 0.0005, d: 0.45, o: 0.1 },
  HIGH: { m: 0.25, u: 0.005, d: 0.3, o: 0.25 },
  MEDIUM: { m: 0.25, u: 0.05, d: 0.15, o: 0.35 },
  LOW: { m: 0.2, u: 0.3, d: 0.07, o: 0.2 },
  NONE: { m: 0.1, u: 0.6445, d: 0.03, o: 0.1 },
  MISSING: ABSENT,
};

/**
 * Prior log2-odds that a pair is to be raised, before any evidence (stage 1), and that a raised
 * pair is a duplicate rather than an overlap (stage 2). The first is the one parameter fitted to
 * data: chosen on a development set generated with another seed (docs/overlap.md, "Prior").
 */
export const PRIOR_LOG2_ODDS = -9;
export const DUPLICATE_PRIOR_LOG2_ODDS = -1;

export function matchWeight({ m, u }: LevelProbabilities): number {
  return Math.log2(m / u);
}

export function duplicateWeight({ d, o }: LevelProbabilities): number {
  return Math.log2(d / o);
}

export interface LevelWeights {
  readonly weight: number;
  readonly duplicateWeight: number;
}

/** Both weights of every level, computed once and rounded to 4 decimals as they are stored. */
export function weightsOf<L extends string>(table: Readonly<Record<L, LevelProbabilities>>): Readonly<Record<L, LevelWeights>> {
  const weights = {} as Record<L, LevelWeights>;
  for (const level of Object.keys(table) as L[]) {
    weights[level] = { weight: roundWeight(matchWeight(table[level])), duplicateWeight: roundWeight(duplicateWeight(table[level])) };
  }
  return weights;
}

function roundWeight(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
