import { DecisionLevel } from '@yntymak/issues-domain';

/** The one job of the issue-deadlines queue. */
export const ESCALATE_ON_DEADLINE = 'escalate-on-deadline';

/** Small on purpose: the handler reloads the issue and compares its deadline with this one. */
export interface DeadlineJobData {
  issueId: string;
  level: DecisionLevel;
  /** ISO instant the job was scheduled for. */
  deadlineAt: string;
}
