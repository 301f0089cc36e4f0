import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { IssuesConfig } from '@yntymak/config';
import { PG_UNIQUE_VIOLATION, inOwnerTransaction, pgConstraint, pgErrorCode } from '@yntymak/database';
import { checkDeadlineEscalation, proposeRouting, transitionIssue } from '@yntymak/issues-domain';
import { EventType } from '@yntymak/outbox';
import { currentText } from '../domain/issue-record';
import { IssueRepository } from '../issue.repository';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { INSERTED_ALERT_COLUMNS, InsertedAlert, pushAlerts } from '@yntymak/alerts';
import { Sql, ownerSql } from '../sql';
import { appendSystemIssueEvent } from '../use-cases/append-issue-event';
import { emitTransitionEvents } from '../use-cases/emit-transition-events';
import { writeTransition } from '../use-cases/write-transition';
import { DeadlineJobData } from './deadline-job';

export type EscalationOutcome = 'ESCALATED' | 'AT_TOP' | `SKIPPED: ${string}`;

/** Thrown when a timer fires before its deadline (clock skew between hosts): the job retries later. */
export class DeadlineNotDueError extends Error {}

/**
 * What a deadline timer does, as the platform (SYSTEM, owner connection): lock the issue, re-check
 * in the database that this deadline is still the issue's and has passed, and escalate it to the
 * next level of its chain, addressing the new bodies with a new deadline and recording why. The
 * history row carries escalationKey(issue, level, deadline) under a unique index, so however many
 * workers run the same timer, retries and restarts included, one escalation per deadline commits.
 * The IssueAddressed event of the escalation sets the next timer.
 */
export class DeadlineEscalator {
  constructor(
    private readonly owner: DataSource,
    private readonly issues: IssueRepository,
    private readonly routing: RoutingContextRepository,
    private readonly config: IssuesConfig,
    private readonly logger: Logger,
  ) {}

  async run(job: DeadlineJobData, now: Date): Promise<EscalationOutcome> {
    let outcome: EscalationOutcome;
    try {
      outcome = await inOwnerTransaction(this.owner, (runner) => this.escalate(ownerSql(runner), job, now));
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'issue_events_escalation_key') return 'SKIPPED: escalated already by another run';
      throw error;
    }
    if (!outcome.startsWith('SKIPPED')) this.logger.info({ issueId: job.issueId, level: job.level, deadlineAt: job.deadlineAt, outcome }, 'issue deadline passed');
    return outcome;
  }

  private async escalate(sql: Sql, job: DeadlineJobData, now: Date): Promise<EscalationOutcome> {
    const issue = await this.issues.find(sql, job.issueId, true);
    if (!issue) return 'SKIPPED: no such issue';
    if (!issue.deadlineAt) return `SKIPPED: the issue is ${issue.state}: no response is awaited.`;
    const text = currentText(issue);
    const context = await this.routing.load(sql, issue.adminUnitId);
    const chain = proposeRouting(
      { themeCodes: issue.themeCodes, interventionCode: issue.interventionCode, proposal: Object.values(text.proposal).join('\n'), needsLawChange: issue.needsLawChange, needsNormativeAct: issue.needsNormativeAct },
      context,
    ).chain;
    const check = checkDeadlineEscalation({ issueId: issue.id, state: issue.state, level: issue.decisionLevel, deadline: new Date(issue.deadlineAt), scheduledFor: new Date(job.deadlineAt) }, now, chain);
    if (check.outcome === 'SKIP') {
      if (check.reason.startsWith('The deadline has not passed')) throw new DeadlineNotDueError(`Timer for ${job.issueId} fired before ${job.deadlineAt}`);
      return `SKIPPED: ${check.reason}`;
    }
    if (check.outcome === 'AT_TOP') {
      // Nothing above: the issue stays with the national bodies; the history says the deadline passed.
      if ((await this.issues.changeState(sql, issue.id, issue.version, { state: issue.state, deadlineAt: new Date(issue.deadlineAt) })) !== 1) return 'SKIPPED: changed meanwhile';
      await this.issues.insertEvent(sql, {
        issueId: issue.id,
        version: issue.version + 1,
        action: 'DEADLINE_AT_TOP',
        fromState: issue.state,
        toState: issue.state,
        actorRole: 'SYSTEM',
        actorOrganisationId: null,
        actorKeyId: null,
        reason: check.note,
        fromLevel: issue.decisionLevel,
        escalationKey: check.key,
      });
      await appendSystemIssueEvent(sql, { type: EventType.IssueTransitioned, aggregateId: issue.id, organisationId: issue.organisationId, payload: { raiserId: issue.organisationId, version: issue.version + 1, action: 'DEADLINE_AT_TOP' } });
      await alertCoordinator(sql, issue.id, check.key, `${check.note} Issue: "${text.title.en ?? text.title.ru ?? text.title.ky ?? issue.id}".`);
      return 'AT_TOP';
    }
    const bodies = check.target.bodies;
    const result = transitionIssue(issue.state, { type: 'ESCALATE', note: check.note, bodyIds: bodies.map((b) => b.bodyId), fromLevel: issue.decisionLevel, toLevel: check.target.level }, 'SYSTEM');
    if (!('next' in result)) return `SKIPPED: ${result.error}`;
    const written = await writeTransition(sql, this.issues, {
      issue,
      expectedVersion: issue.version,
      next: result.next,
      record: result.record,
      actorOrganisationId: null,
      actorKeyId: null,
      addressTo: { bodies, level: check.target.level },
      reason: check.note,
      escalationKey: check.key,
      now,
      config: this.config,
    });
    await emitTransitionEvents((event) => appendSystemIssueEvent(sql, { ...event, organisationId: issue.organisationId }), issue, result.record, written, true);
    return 'ESCALATED';
  }
}

/** The coordinating body learns of a national deadline that passed: one alert per deadline (the key). */
async function alertCoordinator(sql: Sql, issueId: string, key: string, explanation: string): Promise<void> {
  const inserted = await sql.rows<InsertedAlert>(
    `INSERT INTO alerts (id, organisation_id, event_key, kind, payload)
     SELECT gen_random_uuid(), id, $1, $2, $3 FROM organisations WHERE kind = 'COORDINATOR'
     ON CONFLICT (organisation_id, event_key) DO NOTHING
     RETURNING ${INSERTED_ALERT_COLUMNS}`,
    [`issue.deadline-at-top:${key}`, EventType.IssueTransitioned, JSON.stringify({ issueId, explanation })],
  );
  await pushAlerts((statement, params) => sql.rows(statement.text, params), inserted, EventType.IssueTransitioned);
}
