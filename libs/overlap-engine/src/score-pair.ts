import { ENGINE_VERSION } from './engine-version';
import { explainOverlap } from './explain/explain-overlap';
import { measureSignals } from './measure-signals';
import { DUPLICATE_MIN_LOG2_ODDS, OVERLAP_THRESHOLD, RELATED_SCORE_CAP } from './model/thresholds';
import { detectRelation } from './detect-relation';
import type { OverlapKind, OverlapResult } from './types/overlap-result.type';
import type { PreparedProfile } from './types/prepared-profile.type';
import { round, weighSignals } from './weigh-signals';

/**
 * Scores one pair of prepared profiles. Pure and deterministic: the same two profiles give the same
 * result, in either order (the lower id is always side a).
 */
export function scorePair(first: PreparedProfile, second: PreparedProfile): OverlapResult {
  for (const profile of [first, second]) {
    if (profile.engineVersion !== ENGINE_VERSION) {
      throw new Error(`overlap-engine: profile ${profile.id} was prepared by ${profile.engineVersion}, not ${ENGINE_VERSION}`);
    }
  }
  const [a, b] = first.id <= second.id ? [first, second] : [second, first];
  const signals = measureSignals(a, b);
  const { components, totalWeight, duplicateWeight } = weighSignals(signals);
  const relation = detectRelation(a, b);
  const likelihood = round(1 / (1 + 2 ** -totalWeight));
  const kind = relation === 'INDEPENDENT' ? classify(likelihood, duplicateWeight) : 'NONE';
  return {
    projectIds: [a.id, b.id],
    score: relation === 'INDEPENDENT' ? likelihood : Math.min(likelihood, RELATED_SCORE_CAP),
    kind,
    relation,
    totalWeight,
    duplicateWeight,
    components,
    explanation: explainOverlap({ a, b, signals, components, kind, relation }),
    engineVersion: ENGINE_VERSION,
  };
}

function classify(score: number, duplicateWeight: number): OverlapKind {
  if (score < OVERLAP_THRESHOLD) return 'NONE';
  return duplicateWeight >= DUPLICATE_MIN_LOG2_ODDS ? 'DUPLICATE' : 'OVERLAP';
}
