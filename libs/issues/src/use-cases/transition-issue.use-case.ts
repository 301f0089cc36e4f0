import { Inject, Injectable } from '@nestjs/common';
import { IssuesConfig } from '@yntymak/config';
import { peekScope } from '@yntymak/context';
import { TenantDb, TenantTx } from '@yntymak/database';
import { ForbiddenError, NotFoundError } from '@yntymak/errors';
import { IssueActionType } from '@yntymak/issues-domain';
import { chooseTransition } from '../domain/choose-transition';
import { deriveActorRoles } from '../domain/derive-actor-roles';
import { IssueRecord } from '../domain/issue-record';
import { IssueRepository } from '../issue.repository';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { ISSUES_CONFIG } from '../issues.tokens';
import { appendIssueEvent } from './append-issue-event';
import { emitTransitionEvents } from './emit-transition-events';
import { planAction } from './plan-action';
import { transitionRefusal } from './transition-refusal';
import { staleIssueVersion, writeTransition } from './write-transition';

export interface TransitionRequest {
  id: string;
  action: IssueActionType;
  expectedVersion: number;
  note?: string | null;
  documents?: Array<{ ref: string; title?: string }>;
  targetBodyId?: string | null;
}

/**
 * One move of an issue's state machine by an organisation: who it is on this issue (raiser, its
 * refining implementer, an addressed body, the coordinator) decides what it may do. The issue row
 * is locked, the version compared, and the row, the new addressees, the history entry and the
 * outbox events commit together.
 */
@Injectable()
export class TransitionIssueUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly issues: IssueRepository,
    private readonly routing: RoutingContextRepository,
    @Inject(ISSUES_CONFIG) private readonly config: IssuesConfig,
  ) {}

  execute(request: TransitionRequest): Promise<IssueRecord> {
    return this.db.run(async (tx) => {
      await this.apply(tx, request);
      return (await this.issues.find(tx, request.id, false))!;
    });
  }

  /** Inside the caller's transaction (raiseIssue submits through it). */
  async apply(tx: TenantTx, request: TransitionRequest): Promise<void> {
    const issue = await this.issues.find(tx, request.id, true);
    if (!issue) throw new NotFoundError('issue');
    if (issue.version !== request.expectedVersion) throw staleIssueVersion(issue.version);
    const principal = tx.principal;
    const roles = deriveActorRoles({
      organisationId: principal.organisationId,
      organisationKind: principal.organisationKind,
      raiserId: issue.organisationId,
      refinerId: issue.refinerOrganisationId,
      speaksForCurrentAddressee: issue.addressRound > 0 && (await this.issues.speaksFor(tx, principal.organisationId, issue.id, issue.addressRound)),
    });
    if (roles.length === 0) throw new ForbiddenError('ACTOR_NOT_ALLOWED', 'You can read this issue but have no role on it: only its raiser, its refining implementer, the bodies it is addressed to and the coordinating agency act on it.');
    const planned = await planAction(tx, issue, { type: request.action, note: request.note, documentRefs: request.documents, targetBodyId: request.targetBodyId }, { issues: this.issues, routing: this.routing });
    const chosen = chooseTransition(issue.state, planned.action, roles);
    if (!('next' in chosen)) throw transitionRefusal(chosen);
    const written = await writeTransition(tx, this.issues, {
      issue,
      expectedVersion: issue.version,
      next: chosen.next,
      record: chosen.record,
      actorOrganisationId: principal.organisationId,
      actorKeyId: principal.apiKeyId,
      addressTo: planned.addressTo,
      requestId: peekScope()?.id ?? null,
      now: new Date(),
      config: this.config,
    });
    await emitTransitionEvents((event) => appendIssueEvent(tx, event), issue, chosen.record, written, planned.addressTo !== undefined);
  }
}
