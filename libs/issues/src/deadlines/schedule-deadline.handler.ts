import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { DecisionLevel } from '@yntymak/issues-domain';
import { IssueDeadlineTimers } from './deadline-timers';

/**
 * Sets the deadline timer of an issue that was (re)addressed. From the outbox rather than from the
 * request, so that a timer exists exactly when the addressing committed.
 */
export class ScheduleIssueDeadlineHandler implements EventHandler {
  readonly name = 'issues.schedule-deadline';
  readonly events = [EventType.IssueAddressed];

  constructor(private readonly timers: IssueDeadlineTimers) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const payload = event.payload as { level?: DecisionLevel; deadlineAt?: string };
    if (!payload.level || !payload.deadlineAt) return 'skipped';
    await this.timers.schedule(event.aggregateId, payload.level, new Date(payload.deadlineAt));
    return 'done';
  }
}
