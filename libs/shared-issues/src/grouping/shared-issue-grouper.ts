import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { GroupingOptions, IssueGroup, groupIssues } from '@yntymak/issues-domain';
import { NEW_SHARED_ISSUE, RegroupPlan, RegroupStep, planRegroup } from '../domain/plan-regroup';
import { SharedIssueEscalator } from '../escalation/shared-issue-escalator';
import { SharedIssueRepository } from '../shared-issue.repository';
import { Sql, inOwnerTransaction } from '../sql';
import { GROUPED_ISSUE_STATES, loadGroupingCandidates, loadMemberIssues } from './issue-reader';
import { refreshSharedIssue } from './refresh-shared-issue';

export interface RegroupOutcome {
  sharedIssueId: string | null;
  steps: RegroupStep['kind'][];
  escalated: boolean;
}

/**
 * Regroups around one issue after it was raised or changed (the grouping job), as the system.
 * Grouping and the threshold check are separate transactions: a dossier that fails to build is
 * retried by the job without undoing the grouping.
 */
export class SharedIssueGrouper {
  constructor(
    private readonly owner: DataSource,
    private readonly repo: SharedIssueRepository,
    private readonly escalator: SharedIssueEscalator,
    private readonly options: GroupingOptions,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async regroupAround(issueId: string): Promise<RegroupOutcome> {
    const { target, plan } = await inOwnerTransaction(this.owner, (sql) => this.regroup(sql, issueId));
    if (plan.steps.length) this.logger.info({ issueId, sharedIssueId: target, steps: plan.steps.map((s) => s.kind) }, 'shared issues regrouped');
    const escalation = target ? await inOwnerTransaction(this.owner, (sql) => this.escalator.escalateIfDue(sql, target, this.clock())) : null;
    if (escalation?.sent) this.logger.info({ sharedIssueId: target }, 'shared issue reached the threshold: dossier sent to the coordinating body');
    return { sharedIssueId: target, steps: plan.steps.map((s) => s.kind), escalated: !!escalation?.sent };
  }

  private async regroup(sql: Sql, issueId: string): Promise<{ target: string | null; plan: RegroupPlan }> {
    await this.repo.lockGrouping(sql);
    const { trigger, candidates } = await loadGroupingCandidates(sql, issueId);
    if (!trigger) return { target: null, plan: { target: null, steps: [] } };
    const open = (GROUPED_ISSUE_STATES as readonly string[]).includes(trigger.state);
    const groups = open ? groupIssues(candidates, this.options).groups : [];
    const group = groups.find((g) => g.issueIds.includes(issueId));
    const memberships = await this.repo.membershipsOf(sql, [issueId, ...(group?.issueIds ?? [])]);
    const sharedIssues = await this.repo.live(sql, [...new Set([...memberships.values()].map((m) => m.sharedIssueId))]);
    const plan = planRegroup({ triggerIssueId: issueId, triggerOpen: open, groups, memberships, sharedIssues });
    const target = await this.apply(sql, plan, group, new Map(candidates.map((c) => [c.id, c])));
    // The issue itself may have changed (refined text, evidence, a level up after a deadline): its shared issue follows.
    if (target && !plan.steps.length) await refreshSharedIssue(sql, this.repo, target);
    return { target, plan };
  }

  private async apply(sql: Sql, plan: RegroupPlan, group: IssueGroup | undefined, raisers: Map<string, { organisationId: string; unitId: string }>): Promise<string | null> {
    const created = plan.target === NEW_SHARED_ISSUE ? randomUUID() : null;
    const resolve = (id: string) => (id === NEW_SHARED_ISSUE ? created! : id);
    const touched = new Set<string>();
    for (const step of plan.steps) {
      switch (step.kind) {
        case 'CREATE': {
          const [anchor] = await loadMemberIssues(sql, [step.group.anchorIssueId]);
          await this.repo.create(sql, { id: created!, title: (anchor?.title ?? anchor?.proposal ?? 'Shared issue').slice(0, 300), level: step.group.level, origin: 'AUTOMATIC' });
          await this.repo.recordEvent(sql, { sharedIssueId: created!, kind: 'CREATED', detail: { anchorIssueId: step.group.anchorIssueId, cohesion: step.group.cohesion } });
          break;
        }
        case 'ADD':
          await this.repo.addMember(sql, { issueId: step.issueId, sharedIssueId: resolve(step.target), organisationId: raisers.get(step.issueId)!.organisationId, unitId: raisers.get(step.issueId)!.unitId, groupedBy: 'AUTOMATIC', explanation: step.explanation });
          await this.repo.recordEvent(sql, { sharedIssueId: resolve(step.target), kind: 'MEMBER_ADDED', issueId: step.issueId, detail: step.explanation });
          touched.add(resolve(step.target));
          break;
        case 'MOVE':
          await this.repo.moveMembers(sql, [step.issueId], resolve(step.target), 'AUTOMATIC', step.explanation);
          await this.repo.recordEvent(sql, { sharedIssueId: step.from, kind: 'MEMBER_MOVED_OUT', issueId: step.issueId, detail: { to: resolve(step.target) } });
          await this.repo.recordEvent(sql, { sharedIssueId: resolve(step.target), kind: 'MEMBER_MOVED_IN', issueId: step.issueId, detail: step.explanation });
          touched.add(step.from).add(resolve(step.target));
          break;
        case 'REMOVE':
          await this.repo.removeMembers(sql, [step.issueId]);
          await this.repo.recordEvent(sql, { sharedIssueId: step.from, kind: 'MEMBER_REMOVED', issueId: step.issueId, note: step.reason });
          touched.add(step.from);
          break;
        case 'DISSOLVE': {
          const rest = await this.repo.members(sql, [step.sharedIssueId]);
          await this.repo.removeMembers(sql, rest.map((m) => m.issue_id));
          await this.repo.setState(sql, step.sharedIssueId, 'DISSOLVED');
          await this.repo.recordEvent(sql, { sharedIssueId: step.sharedIssueId, kind: 'DISSOLVED', note: step.reason, detail: { released: rest.map((m) => m.issue_id) } });
          touched.delete(step.sharedIssueId);
          break;
        }
      }
    }
    const target = plan.target ? resolve(plan.target) : null;
    for (const id of touched) await refreshSharedIssue(sql, this.repo, id, id === target && group ? group.cohesion : null);
    return target;
  }
}
