import { ActorRole, IssueAction, IssueState, TransitionRecord, transitionIssue } from '@yntymak/issues-domain';

export type Chosen = { next: IssueState; record: TransitionRecord } | { error: string; code: string; field?: string };

/**
 * Runs the state machine with each role the actor holds and takes the first that may act. When none
 * may, the most useful refusal wins: a problem with what was sent (a missing note) over "not
 * allowed", so that someone who may act learns what to fix.
 */
export function chooseTransition(state: IssueState, action: IssueAction, roles: readonly ActorRole[]): Chosen {
  if (roles.length === 0) return { error: 'You have no role on this issue.', code: 'ACTOR_NOT_ALLOWED', field: 'actor' };
  const refusals: Array<{ error: string; code: string; field?: string }> = [];
  for (const role of roles) {
    const result = transitionIssue(state, action, role);
    if ('next' in result) return result;
    refusals.push(result);
  }
  return refusals.find((r) => r.code !== 'ACTOR_NOT_ALLOWED') ?? refusals[0];
}
