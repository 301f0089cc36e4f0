import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { SharedIssueGrouper } from './shared-issue-grouper';

/**
 * The grouping job: after an issue is raised, refined or changes state (forwarded, escalated,
 * resolved, withdrawn...), regroup the open issues around it and send the shared issue up when it
 * passes the threshold. Re-running it on an unchanged picture changes nothing.
 */
export class RegroupSharedIssuesHandler implements EventHandler {
  readonly name = 'shared-issues.regroup';
  readonly events = [EventType.IssueRaised, EventType.IssueRefined, EventType.IssueTransitioned] as const;

  constructor(private readonly grouper: SharedIssueGrouper) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const outcome = await this.grouper.regroupAround(event.aggregateId);
    return outcome.steps.length || outcome.escalated ? 'done' : 'skipped';
  }
}
