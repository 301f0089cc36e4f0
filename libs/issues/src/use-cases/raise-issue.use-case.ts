import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { peekScope } from '@yntymak/context';
import { TenantDb } from '@yntymak/database';
import { BadInputError, FieldProblem } from '@yntymak/errors';
import { validateFacts } from '@yntymak/issues-domain';
import { EventType } from '@yntymak/outbox';
import { IssueRecord } from '../domain/issue-record';
import { RaiseIssueInput } from '../dto/issue.input';
import { IssueRepository } from '../issue.repository';
import { IssueReferenceChecker } from '../reference-checker';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { appendIssueEvent } from './append-issue-event';
import { cleanText, requireSomeLanguage, routingText } from './issue-text';
import { routeIssue } from './route-issue';
import { TransitionIssueUseCase } from './transition-issue.use-case';

/**
 * An organisation raises an issue: the input is checked field by field (all problems at once),
 * the routing rules propose the level and bodies (or the author overrides them with a reason), and
 * the issue, its evidence, its first history entry and its event commit together; with `submit`
 * the SUBMIT transition follows in the same transaction.
 */
@Injectable()
export class RaiseIssueUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly issues: IssueRepository,
    private readonly references: IssueReferenceChecker,
    private readonly routing: RoutingContextRepository,
    private readonly transitions: TransitionIssueUseCase,
  ) {}

  execute(input: RaiseIssueInput): Promise<IssueRecord> {
    return this.db.run(async (tx) => {
      const principal = tx.principal;
      const title = cleanText(input.title);
      const summary = cleanText(input.summary);
      const proposalText = cleanText(input.proposal);
      const themes = [...new Set(input.themes.map((t) => t.trim()))];
      const evidence = (input.evidence ?? []).map((f) => ({ ...f, source: f.source ?? '' }));
      const problems: FieldProblem[] = [];
      requireSomeLanguage(title, 'title', problems);
      requireSomeLanguage(proposalText, 'proposal', problems);
      problems.push(...validateFacts(evidence, new Date(), 'evidence').map((p) => ({ field: p.field, message: p.message })));
      problems.push(...(await this.references.check(tx, { adminUnitId: input.adminUnitId, themes, interventionCode: input.interventionCode, projectId: input.projectId, refinerOrganisationId: input.refinerOrganisationId })));
      if (problems.length) throw new BadInputError(problems[0].field, problems.length === 1 ? problems[0].message : `${problems[0].message} (and ${problems.length - 1} more problem(s), see extensions.problems)`, 'INVALID_VALUE', problems);

      const context = await this.routing.load(tx, input.adminUnitId);
      const routed = routeIssue(
        { themeCodes: themes, interventionCode: input.interventionCode ?? null, proposal: routingText(title, proposalText), needsLawChange: input.needsLawChange, needsNormativeAct: input.needsNormativeAct },
        context,
        input.override ? { level: input.override.level, reason: input.override.reason, bodyIds: input.override.bodyIds } : null,
      );
      const id = randomUUID();
      await this.issues.insert(tx, {
        id,
        organisationId: principal.organisationId,
        refinerOrganisationId: input.refinerOrganisationId ?? null,
        adminUnitId: input.adminUnitId,
        themeCodes: themes,
        interventionCode: input.interventionCode ?? null,
        projectId: input.projectId ?? null,
        title,
        summary,
        proposal: proposalText,
        needsLawChange: input.needsLawChange,
        needsNormativeAct: input.needsNormativeAct,
        proposedLevel: routed.ruleLevel,
        decisionLevel: routed.proposal.level,
        routing: routed.stored,
        overrideReason: routed.proposal.override?.reason ?? null,
        isPublic: input.isPublic,
        createdByKeyId: principal.apiKeyId,
      });
      await this.issues.insertEvidence(tx, id, evidence);
      await this.issues.insertEvent(tx, {
        issueId: id,
        version: 1,
        action: 'RAISE',
        fromState: null,
        toState: 'DRAFT',
        actorRole: 'RAISER',
        actorOrganisationId: principal.organisationId,
        actorKeyId: principal.apiKeyId,
        reason: routed.stored.reasons.join(' '),
        toLevel: routed.proposal.level,
        requestId: peekScope()?.id ?? null,
      });
      await appendIssueEvent(tx, { type: EventType.IssueRaised, aggregateId: id, payload: { version: 1, level: routed.proposal.level, adminUnitId: input.adminUnitId } });
      if (input.submit) await this.transitions.apply(tx, { id, action: 'SUBMIT', expectedVersion: 1 });
      return (await this.issues.find(tx, id, false))!;
    });
  }
}
