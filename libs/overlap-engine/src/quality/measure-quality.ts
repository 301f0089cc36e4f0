import { createEngineContext } from '../create-engine-context';
import { prepareProfile } from '../prepare-profile';
import { scorePair } from '../score-pair';
import type { EngineContextInput } from '../types/engine-context.type';
import type { OverlapKind, OverlapResult } from '../types/overlap-result.type';
import type { ProjectProfile } from '../types/project-profile.type';

export interface LabelledPair {
  id: string;
  scenario: string;
  label: OverlapKind;
  note: string;
  a: ProjectProfile;
  b: ProjectProfile;
}

export interface LabelledSet {
  context: EngineContextInput;
  pairs: LabelledPair[];
}

export interface BinaryQuality {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoredPair {
  pair: LabelledPair;
  result: OverlapResult;
}

export interface QualityReport {
  pairs: number;
  /** "Raised" = DUPLICATE or OVERLAP, against NONE. */
  flag: BinaryQuality;
  /** DUPLICATE against everything else. */
  duplicate: BinaryQuality;
  /** confusion[label][predicted] */
  confusion: Record<OverlapKind, Record<OverlapKind, number>>;
  scored: ScoredPair[];
}

const KINDS: OverlapKind[] = ['DUPLICATE', 'OVERLAP', 'NONE'];

/** Scores every labelled pair and measures precision, recall and F1 at the engine's thresholds. */
export function measureQuality(set: LabelledSet): QualityReport {
  const context = createEngineContext(set.context);
  const scored = set.pairs.map((pair) => ({
    pair,
    result: scorePair(prepareProfile(pair.a, context), prepareProfile(pair.b, context)),
  }));
  const confusion = Object.fromEntries(KINDS.map((l) => [l, Object.fromEntries(KINDS.map((p) => [p, 0]))])) as QualityReport['confusion'];
  for (const { pair, result } of scored) confusion[pair.label][result.kind]++;
  return {
    pairs: scored.length,
    flag: binary(scored, (kind) => kind !== 'NONE'),
    duplicate: binary(scored, (kind) => kind === 'DUPLICATE'),
    confusion,
    scored,
  };
}

function binary(scored: ScoredPair[], positive: (kind: OverlapKind) => boolean): BinaryQuality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { pair, result } of scored) {
    const actual = positive(pair.label);
    const predicted = positive(result.kind);
    if (actual && predicted) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision, recall, f1 };
}
