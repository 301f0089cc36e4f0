import { Injectable } from '@nestjs/common';
import { peekScope } from '@yntymak/context';
import { TenantDb } from '@yntymak/database';
import { BadInputError, ForbiddenError, NotFoundError } from '@yntymak/errors';
import { EventType } from '@yntymak/outbox';
import { deriveActorRoles } from '../domain/derive-actor-roles';
import { IssueRecord } from '../domain/issue-record';
import { RefineIssueInput } from '../dto/issue.input';
import { IssueRepository } from '../issue.repository';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { appendIssueEvent } from './append-issue-event';
import { cleanText, routingText } from './issue-text';
import { routeIssue } from './route-issue';
import { TransitionIssueUseCase } from './transition-issue.use-case';
import { staleIssueVersion } from './write-transition';

/**
 * The raiser's coordinator edits a submitted issue before forwarding it. The refined text is kept
 * beside the original (both are shown), routing is proposed again from the refined text (an
 * author's override stands), and a SUBMITTED issue moves to IN_REFINEMENT on the first edit.
 */
@Injectable()
export class RefineIssueUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly issues: IssueRepository,
    private readonly routing: RoutingContextRepository,
    private readonly transitions: TransitionIssueUseCase,
  ) {}

  execute(input: RefineIssueInput): Promise<IssueRecord> {
    return this.db.run(async (tx) => {
      let issue = await this.issues.find(tx, input.id, true);
      if (!issue) throw new NotFoundError('issue');
      if (issue.version !== input.expectedVersion) throw staleIssueVersion(issue.version);
      const principal = tx.principal;
      const roles = deriveActorRoles({ organisationId: principal.organisationId, organisationKind: principal.organisationKind, raiserId: issue.organisationId, refinerId: issue.refinerOrganisationId, speaksForCurrentAddressee: false });
      if (!roles.includes('RAISER_COORDINATOR')) throw new ForbiddenError('ACTOR_NOT_ALLOWED', 'Only the raiser’s coordinator (its refining implementer, or the raiser itself when it has none) refines an issue.');
      const text = { title: cleanText(input.title), summary: cleanText(input.summary), proposal: cleanText(input.proposal) };
      const given = (t: object) => Object.keys(t).length > 0;
      if (!given(text.title) && !given(text.summary) && !given(text.proposal)) throw new BadInputError('title', 'Give a refined title, summary or proposal.', 'NOTHING_TO_REFINE');
      if (issue.state === 'SUBMITTED') {
        await this.transitions.apply(tx, { id: issue.id, action: 'START_REFINEMENT', expectedVersion: issue.version });
        issue = (await this.issues.find(tx, issue.id, true))!;
      }
      if (issue.state !== 'IN_REFINEMENT') throw new BadInputError('id', `An issue is refined after it is submitted and before it is forwarded; this one is ${issue.state}.`, 'INVALID_TRANSITION');

      const title = given(text.title) ? text.title : (issue.refinedTitle ?? issue.title);
      const proposal = given(text.proposal) ? text.proposal : (issue.refinedProposal ?? issue.proposal);
      const override = issue.routing.override ? { level: issue.decisionLevel, reason: issue.routing.override.reason } : null;
      const routed = routeIssue(
        { themeCodes: issue.themeCodes, interventionCode: issue.interventionCode, proposal: routingText(title, proposal), needsLawChange: issue.needsLawChange, needsNormativeAct: issue.needsNormativeAct },
        await this.routing.load(tx, issue.adminUnitId),
        override,
      );
      const touched = await this.issues.refine(
        tx,
        issue.id,
        issue.version,
        { title: given(text.title) ? text.title : null, summary: given(text.summary) ? text.summary : null, proposal: given(text.proposal) ? text.proposal : null },
        { proposedLevel: routed.ruleLevel, decisionLevel: routed.proposal.level, routing: routed.stored },
      );
      if (touched !== 1) throw staleIssueVersion(issue.version);
      const version = issue.version + 1;
      await this.issues.insertEvent(tx, {
        issueId: issue.id,
        version,
        action: 'REFINE',
        fromState: issue.state,
        toState: issue.state,
        actorRole: 'RAISER_COORDINATOR',
        actorOrganisationId: principal.organisationId,
        actorKeyId: principal.apiKeyId,
        note: input.note?.trim() || null,
        fromLevel: issue.decisionLevel,
        toLevel: routed.proposal.level,
        requestId: peekScope()?.id ?? null,
      });
      await appendIssueEvent(tx, { type: EventType.IssueRefined, aggregateId: issue.id, payload: { raiserId: issue.organisationId, version, fields: Object.keys(text).filter((k) => given(text[k as keyof typeof text])) } });
      return (await this.issues.find(tx, issue.id, false))!;
    });
  }
}
