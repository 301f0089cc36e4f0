import { DecisionLevel } from '../model/decision-level';

/**
 * The natural key of one deadline escalation: an issue leaves a level once per deadline. Store it
 * under a unique constraint before escalating, so that two workers (or a retried job) escalate once.
 */
export function escalationKey(issueId: string, fromLevel: DecisionLevel, deadline: Date): string {
  return `${issueId}:${fromLevel}:${deadline.toISOString()}`;
}
