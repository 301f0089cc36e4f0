import { EventType } from '@yntymak/outbox';
import { TransitionRecord } from '@yntymak/issues-domain';
import { IssueRecord } from '../domain/issue-record';
import { IssueOutboxEvent } from './append-issue-event';
import { TransitionWritten } from './write-transition';

/**
 * The outbox events of one state change: always IssueTransitioned; IssueAddressed as well when the
 * issue went to (new) bodies with a new deadline, which sets the deadline timer and tells the
 * owners of projects that could address it. The event belongs to the acting organisation (the
 * outbox accepts no other from a tenant); the raiser is in the payload.
 */
export async function emitTransitionEvents(
  emit: (event: IssueOutboxEvent) => Promise<unknown>,
  issue: IssueRecord,
  record: TransitionRecord,
  written: TransitionWritten,
  readdressed: boolean,
): Promise<void> {
  const common = { aggregateId: issue.id };
  await emit({ ...common, type: EventType.IssueTransitioned, payload: { raiserId: issue.organisationId, version: written.version, action: record.action, from: record.from, to: record.to, actorRole: record.actorRole } });
  if (readdressed && written.deadline) {
    await emit({
      ...common,
      type: EventType.IssueAddressed,
      payload: { raiserId: issue.organisationId, version: written.version, level: written.level, round: written.round, deadlineAt: written.deadline.toISOString(), action: record.action },
    });
  }
}
