/**
 * The levels of government an issue can be decided at, lowest first. The order is the escalation
 * order: an issue the local level does not solve goes to the district, then the region, then the
 * national level.
 */
export const DECISION_LEVELS = ['LOCAL', 'DISTRICT', 'REGIONAL', 'NATIONAL'] as const;

export type DecisionLevel = (typeof DECISION_LEVELS)[number];

/** 0 for LOCAL up to 3 for NATIONAL; -1 for anything that is not a decision level. */
export function levelRank(level: string): number {
  return (DECISION_LEVELS as readonly string[]).indexOf(level);
}

export function isDecisionLevel(value: unknown): value is DecisionLevel {
  return typeof value === 'string' && levelRank(value) >= 0;
}
