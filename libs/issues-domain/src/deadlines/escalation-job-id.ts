import { DecisionLevel } from '../model/decision-level';

/**
 * The same key as escalationKey(), in a form BullMQ accepts as a custom job id: BullMQ refuses an id
 * containing ':' unless it has exactly three parts, and an ISO time has colons of its own. So the
 * parts are joined with '.' and the time is written without colons or dots (20250501T000000000Z).
 */
export function escalationJobId(issueId: string, fromLevel: DecisionLevel, deadline: Date): string {
  return `escalate.${issueId}.${fromLevel}.${deadline.toISOString().replace(/[-:.]/g, '')}`;
}
