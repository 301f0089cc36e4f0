import { DecisionLevel } from '../model/decision-level';
import { ACTOR_ROLES, ActorRole, ISSUE_ACTIONS, ISSUE_STATES, IssueAction, IssueState, TransitionResult } from './issue-state';
import { ISSUE_TRANSITIONS } from './issue-transitions';
import { validateActionPayload } from './validate-action-payload';

/**
 * The next state of an issue, or why not. Checks in this order: that the action exists from the
 * state at all, that the actor may take it, then what the action carries (notes, target body,
 * levels). Pure; the caller adds the actor's id and the date to the record and stores it.
 */
export function transitionIssue(state: IssueState, action: IssueAction, actor: ActorRole): TransitionResult {
  if (!(ISSUE_STATES as readonly string[]).includes(state)) return { error: `Unknown issue state ${String(state)}.`, code: 'UNKNOWN_STATE', field: 'state' };
  if (!(ISSUE_ACTIONS as readonly string[]).includes(action?.type)) return { error: `Unknown action ${String(action?.type)}.`, code: 'UNKNOWN_ACTION', field: 'action' };
  if (!(ACTOR_ROLES as readonly string[]).includes(actor)) return { error: `Unknown actor role ${String(actor)}.`, code: 'UNKNOWN_ACTOR', field: 'actor' };

  const rows = ISSUE_TRANSITIONS.filter((row) => row.action === action.type && row.from.includes(state));
  if (rows.length === 0) return { error: `${action.type} is not possible for an issue in state ${state}.`, code: 'INVALID_TRANSITION', field: 'action' };
  const row = rows.find((candidate) => candidate.actors.includes(actor));
  if (!row) {
    const who = [...new Set(rows.flatMap((candidate) => candidate.actors))].join(', ');
    return { error: `${actor} may not ${action.type} an issue in state ${state}; ${who} may.`, code: 'ACTOR_NOT_ALLOWED', field: 'actor' };
  }
  const problem = validateActionPayload(action);
  if (problem) return problem;

  return {
    next: row.to,
    record: {
      action: action.type,
      from: state,
      to: row.to,
      actorRole: actor,
      note: action.note?.trim() || null,
      documentRefs: (action.documentRefs ?? []).map((doc) => ({ ...doc, ref: doc.ref.trim() })),
      targetBodyId: action.targetBodyId?.trim() || null,
      bodyIds: [...new Set((action.bodyIds ?? []).map((id) => id.trim()).filter((id) => id !== ''))],
      fromLevel: (action.fromLevel ?? null) as DecisionLevel | null,
      toLevel: (action.toLevel ?? null) as DecisionLevel | null,
    },
  };
}
