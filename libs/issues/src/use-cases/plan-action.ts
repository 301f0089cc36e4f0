import { BadInputError, ConflictError } from '@yntymak/errors';
import { DecisionLevel, IssueAction, IssueActionType, nextEscalation, proposeRouting } from '@yntymak/issues-domain';
import { currentText, IssueRecord } from '../domain/issue-record';
import { IssueRepository } from '../issue.repository';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { Sql } from '../sql';
import { Addressee } from './write-transition';

export interface PlannedAction {
  action: IssueAction;
  /** Set when the action (re)addresses the issue. */
  addressTo?: { bodies: Addressee[]; level: DecisionLevel };
}

export interface ActionRequest {
  type: IssueActionType;
  note?: string | null;
  documentRefs?: Array<{ ref: string; title?: string }>;
  targetBodyId?: string | null;
}

/**
 * Fills in what an action addresses, from the issue and the reference data: FORWARD goes to the
 * routed bodies of the issue's level, ESCALATE to the next level of its chain that has bodies,
 * REROUTE to the body named, REOPEN to the bodies of the last round. The state machine then
 * decides whether the action is allowed at all.
 */
export async function planAction(sql: Sql, issue: IssueRecord, request: ActionRequest, deps: { issues: IssueRepository; routing: RoutingContextRepository }): Promise<PlannedAction> {
  const base: IssueAction = { type: request.type, note: request.note ?? null, documentRefs: request.documentRefs ?? [] };
  switch (request.type) {
    case 'FORWARD': {
      const bodies = issue.routing.bodies ?? [];
      return { action: { ...base, bodyIds: bodies.map((b) => b.bodyId), toLevel: issue.decisionLevel }, addressTo: { bodies, level: issue.decisionLevel } };
    }
    case 'ESCALATE': {
      const context = await deps.routing.load(sql, issue.adminUnitId);
      const text = currentText(issue);
      const chain = proposeRouting({ themeCodes: issue.themeCodes, interventionCode: issue.interventionCode, proposal: Object.values(text.proposal).join('\n'), needsLawChange: issue.needsLawChange, needsNormativeAct: issue.needsNormativeAct }, context).chain;
      const target = nextEscalation(issue.state, issue.decisionLevel, chain);
      if (!target && (issue.state === 'ADDRESSED' || issue.state === 'UNDER_CONSIDERATION' || issue.state === 'REJECTED')) {
        throw new ConflictError('NO_HIGHER_LEVEL', `The issue is at ${issue.decisionLevel} level and no level above it has a responsible body.`, 'action');
      }
      const bodies = target?.bodies ?? [];
      return {
        action: { ...base, bodyIds: bodies.map((b) => b.bodyId), fromLevel: issue.decisionLevel, toLevel: target?.level ?? null },
        addressTo: target ? { bodies, level: target.level } : undefined,
      };
    }
    case 'REROUTE': {
      if (!request.targetBodyId) return { action: { ...base, targetBodyId: null } };
      const [body] = await sql.rows<{ id: string; level: DecisionLevel; name: string }>(`SELECT id, decision_level AS level, name_en AS name FROM government_bodies WHERE id = $1`, [request.targetBodyId]);
      if (!body) throw new BadInputError('targetBodyId', 'No government body with this id exists.', 'UNKNOWN_BODY');
      const reason = `Named as competent: ${request.note?.trim() ?? ''}`.trim();
      return { action: { ...base, targetBodyId: body.id, toLevel: body.level }, addressTo: { bodies: [{ bodyId: body.id, level: body.level, role: 'DECIDES', reason }], level: body.level } };
    }
    case 'REOPEN': {
      const bodies = await deps.issues.addressees(sql, issue.id, issue.addressRound);
      return { action: base, addressTo: { bodies, level: issue.decisionLevel } };
    }
    case 'SUBMIT':
    case 'START_REFINEMENT':
    case 'RETURN_TO_RAISER':
    case 'ACKNOWLEDGE':
    case 'RESOLVE':
    case 'REJECT':
    case 'WITHDRAW':
      return { action: base };
  }
}
