import { DecisionLevel } from '../model/decision-level';
import { EscalationChain } from '../chain/escalation-chain';
import { AWAITING_RESPONSE_STATES, IssueState } from '../lifecycle/issue-state';
import { escalationKey } from './escalation-key';
import { EscalationTarget, nextEscalation } from './next-escalation';

export interface DeadlineCheckInput {
  issueId: string;
  state: IssueState;
  level: DecisionLevel;
  /** The deadline currently stored on the issue. */
  deadline: Date;
  /** The deadline the delayed job was scheduled for (from its payload). */
  scheduledFor: Date;
}

export type DeadlineCheck =
  | { outcome: 'ESCALATE'; key: string; target: EscalationTarget; note: string }
  /** The deadline passed at the top of the chain: nobody to escalate to, tell the coordinator. */
  | { outcome: 'AT_TOP'; key: string; note: string }
  | { outcome: 'SKIP'; reason: string };

/**
 * What a deadline job should do once it has reloaded the issue. A job whose deadline is no longer
 * the issue's (it was answered, re-routed or escalated since) or not yet due does nothing.
 */
export function checkDeadlineEscalation(input: DeadlineCheckInput, now: Date, chain: EscalationChain): DeadlineCheck {
  if (!AWAITING_RESPONSE_STATES.includes(input.state)) return { outcome: 'SKIP', reason: `The issue is ${input.state}: no response is awaited.` };
  if (input.deadline.getTime() !== input.scheduledFor.getTime()) return { outcome: 'SKIP', reason: 'The issue has a newer deadline than this job.' };
  if (now.getTime() < input.deadline.getTime()) return { outcome: 'SKIP', reason: 'The deadline has not passed yet.' };
  const key = escalationKey(input.issueId, input.level, input.deadline);
  const passed = `No response at ${input.level} level by the deadline ${input.deadline.toISOString().slice(0, 10)}.`;
  const target = nextEscalation(input.state, input.level, chain);
  if (!target) return { outcome: 'AT_TOP', key, note: `${passed} There is no higher level: the coordinating body is told.` };
  const skipped = target.skipped.map((step) => ` ${step.level} passed over: ${step.notes.join(' ')}`).join('');
  return { outcome: 'ESCALATE', key, target, note: `${passed} Escalated to ${target.level} level.${skipped}` };
}
