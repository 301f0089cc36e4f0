import type { InterventionLevel } from '../types/overlap-result.type';

export interface InterventionOverlap {
  /** Jaccard index of the two code sets. */
  value: number;
  level: InterventionLevel;
  shared: string[];
}

export const INTERVENTION_BOUNDS = { same: 0.6 } as const;

/**
 * Jaccard of the intervention codes, with containment as its own level (a programme doing goats,
 * poultry and gardens contains a goat project) and related interventions (same family, e.g. a
 * greenhouse and a winter tunnel) below sharing a code.
 */
export function interventionOverlap(
  a: readonly string[],
  b: readonly string[],
  familiesA: ReadonlySet<string>,
  familiesB: ReadonlySet<string>,
): InterventionOverlap {
  if (a.length === 0 || b.length === 0) return { value: 0, level: 'MISSING', shared: [] };
  const inB = new Set(b);
  const shared = a.filter((code) => inB.has(code));
  const value = shared.length / (a.length + b.length - shared.length);
  return { value, level: interventionLevel(value, shared.length, Math.min(a.length, b.length), familiesA, familiesB), shared };
}

function interventionLevel(
  jaccard: number,
  shared: number,
  smaller: number,
  familiesA: ReadonlySet<string>,
  familiesB: ReadonlySet<string>,
): InterventionLevel {
  if (jaccard >= INTERVENTION_BOUNDS.same) return 'SAME';
  if (shared === smaller) return 'CONTAINED';
  if (shared > 0) return 'SHARED';
  for (const family of familiesA) if (familiesB.has(family)) return 'RELATED';
  return 'DIFFERENT';
}
