import { ActorRole, IssueActionType, IssueState } from './issue-state';
import { ISSUE_TRANSITIONS } from './issue-transitions';

/** The actions an actor may take on an issue in a state, in table order: for showing buttons. */
export function allowedIssueActions(state: IssueState, actor: ActorRole): IssueActionType[] {
  const actions = ISSUE_TRANSITIONS.filter((row) => row.from.includes(state) && row.actors.includes(actor)).map((row) => row.action);
  return [...new Set(actions)];
}
