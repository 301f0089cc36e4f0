import type { TargetGroupLevel } from '../types/overlap-result.type';

export interface TargetGroupOverlap {
  /** Jaccard index of the group codes. */
  value: number;
  level: TargetGroupLevel;
  shared: string[];
}

/** Two counts of the same group agree when they differ by at most 10 % of the larger, or by 2. */
export const COUNT_TOLERANCE = { relative: 0.1, absolute: 2 } as const;
export const TARGET_GROUP_BOUNDS = { same: 0.5 } as const;

export function targetGroupOverlap(
  a: ReadonlyMap<string, number | null>,
  b: ReadonlyMap<string, number | null>,
): TargetGroupOverlap {
  if (a.size === 0 || b.size === 0) return { value: 0, level: 'MISSING', shared: [] };
  const shared = [...a.keys()].filter((code) => b.has(code)).sort();
  const value = shared.length / (a.size + b.size - shared.length);
  return { value, level: targetGroupLevel(value, shared, a, b), shared };
}

function targetGroupLevel(
  jaccard: number,
  shared: string[],
  a: ReadonlyMap<string, number | null>,
  b: ReadonlyMap<string, number | null>,
): TargetGroupLevel {
  if (shared.some((code) => countsAgree(a.get(code), b.get(code)))) return 'SAME_COUNT';
  if (jaccard >= TARGET_GROUP_BOUNDS.same) return 'SAME';
  return shared.length > 0 ? 'SHARED' : 'DIFFERENT';
}

function countsAgree(x: number | null | undefined, y: number | null | undefined): boolean {
  if (!x || !y) return false;
  return Math.abs(x - y) <= Math.max(COUNT_TOLERANCE.absolute, COUNT_TOLERANCE.relative * Math.max(x, y));
}
