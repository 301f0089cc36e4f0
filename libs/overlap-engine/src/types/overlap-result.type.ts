export type OverlapKind = 'DUPLICATE' | 'OVERLAP' | 'NONE';

/** Why a pair is never raised, whatever its score: the engine knows it before a reviewer does. */
export type PairRelation = 'INDEPENDENT' | 'CO_FINANCED' | 'SAME_OWNER';

export type GeographyLevel = 'SAME' | 'NESTED_CLOSE' | 'NESTED' | 'WIDE' | 'BROAD' | 'PARTIAL' | 'NEAR' | 'SAME_OBLAST' | 'FAR';
export type ThemeLevel = 'SAME' | 'CLOSE' | 'RELATED' | 'UNRELATED' | 'MISSING';
export type PeriodLevel = 'SAME_DATES' | 'FULL' | 'MOST' | 'PARTIAL' | 'SLIGHT' | 'DISJOINT';
export type InterventionLevel = 'SAME' | 'CONTAINED' | 'SHARED' | 'RELATED' | 'DIFFERENT' | 'MISSING';
export type TargetGroupLevel = 'SAME_COUNT' | 'SAME' | 'SHARED' | 'DIFFERENT' | 'MISSING';
export type TextLevel = 'VERY_HIGH' | 'HIGH' | 'MEDIUM' | 'LOW' | 'NONE' | 'MISSING';

/**
 * One signal: its measured value in [0, 1], the agreement level it falls in, that level's match
 * weight log2(m/u) (evidence for raising the pair) and its duplicate weight log2(d/o) (evidence for
 * a duplicate rather than an overlap).
 */
export interface SignalComponent<L extends string> {
  value: number;
  level: L;
  weight: number;
  duplicateWeight: number;
}

export interface OverlapComponents {
  /** value = sqrt(shareA x shareB); shares: how much of each project's coverage (by people) the other also covers. */
  geography: SignalComponent<GeographyLevel> & { shares: [number, number] };
  /** Weighs 0 when the interventions share a code: shared interventions already imply their themes. */
  themes: SignalComponent<ThemeLevel>;
  /** value = intersection / shorter period. */
  period: SignalComponent<PeriodLevel>;
  interventions: SignalComponent<InterventionLevel>;
  targetGroups: SignalComponent<TargetGroupLevel>;
  /** value = text similarity of titles and descriptions; titles = the titles alone. */
  text: SignalComponent<TextLevel> & { titles: number };
}

export interface OverlapResult {
  /** The two project ids, lower first: the result does not depend on argument order. */
  projectIds: [string, string];
  score: number;
  kind: OverlapKind;
  relation: PairRelation;
  /** Prior log2-odds plus the sum of the components' weights; score = 1 / (1 + 2^-totalWeight). */
  totalWeight: number;
  /** Prior plus the sum of the duplicate weights: log2-odds of DUPLICATE against OVERLAP for a raised pair. */
  duplicateWeight: number;
  components: OverlapComponents;
  explanation: string;
  engineVersion: string;
}
