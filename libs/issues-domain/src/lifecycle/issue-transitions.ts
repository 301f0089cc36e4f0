import { ActorRole, IssueActionType, IssueState } from './issue-state';

export interface IssueTransitionRule {
  action: IssueActionType;
  from: readonly IssueState[];
  to: IssueState;
  actors: readonly ActorRole[];
}

/**
 * The issue state machine as data: each row lets the listed actors take the action from the listed
 * states. An action may have several rows when who may act depends on the state (escalation on a
 * deadline is the platform's; escalation after a rejection is the raiser's appeal).
 * docs/issues.md renders this table; the table test checks every state x action x actor.
 */
export const ISSUE_TRANSITIONS: readonly IssueTransitionRule[] = [
  { action: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', actors: ['RAISER', 'RAISER_COORDINATOR'] },
  { action: 'START_REFINEMENT', from: ['SUBMITTED'], to: 'IN_REFINEMENT', actors: ['RAISER_COORDINATOR'] },
  { action: 'RETURN_TO_RAISER', from: ['SUBMITTED', 'IN_REFINEMENT'], to: 'DRAFT', actors: ['RAISER_COORDINATOR'] },
  { action: 'FORWARD', from: ['SUBMITTED', 'IN_REFINEMENT'], to: 'ADDRESSED', actors: ['RAISER_COORDINATOR'] },
  { action: 'ACKNOWLEDGE', from: ['ADDRESSED'], to: 'UNDER_CONSIDERATION', actors: ['ADDRESSED_BODY'] },
  { action: 'RESOLVE', from: ['ADDRESSED', 'UNDER_CONSIDERATION'], to: 'RESOLVED', actors: ['ADDRESSED_BODY'] },
  { action: 'REJECT', from: ['ADDRESSED', 'UNDER_CONSIDERATION'], to: 'REJECTED', actors: ['ADDRESSED_BODY'] },
  { action: 'REROUTE', from: ['ADDRESSED', 'UNDER_CONSIDERATION'], to: 'ADDRESSED', actors: ['ADDRESSED_BODY', 'COORDINATOR'] },
  { action: 'ESCALATE', from: ['ADDRESSED', 'UNDER_CONSIDERATION'], to: 'ADDRESSED', actors: ['SYSTEM', 'COORDINATOR'] },
  { action: 'ESCALATE', from: ['REJECTED'], to: 'ADDRESSED', actors: ['RAISER', 'RAISER_COORDINATOR', 'COORDINATOR'] },
  { action: 'WITHDRAW', from: ['DRAFT', 'SUBMITTED', 'IN_REFINEMENT', 'ADDRESSED', 'UNDER_CONSIDERATION', 'REJECTED'], to: 'WITHDRAWN', actors: ['RAISER', 'RAISER_COORDINATOR'] },
  { action: 'REOPEN', from: ['RESOLVED'], to: 'ADDRESSED', actors: ['RAISER', 'RAISER_COORDINATOR'] },
];

/** What each action must carry besides note and documents, which every action may carry. */
export const ACTION_REQUIREMENTS: Readonly<Record<IssueActionType, { note: boolean; targetBody: boolean; bodies: boolean; levelUp: boolean; toLevel: boolean }>> = {
  SUBMIT: { note: false, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  START_REFINEMENT: { note: false, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  // The raiser must learn what to change.
  RETURN_TO_RAISER: { note: true, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  FORWARD: { note: false, targetBody: false, bodies: true, levelUp: false, toLevel: true },
  ACKNOWLEDGE: { note: false, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  RESOLVE: { note: false, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  // The raiser and the next level must learn why.
  REJECT: { note: true, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  // Not competent is not a closure: the body says why and names who is.
  REROUTE: { note: true, targetBody: true, bodies: false, levelUp: false, toLevel: false },
  // The history records why it went up (the deadline that passed, the appeal).
  ESCALATE: { note: true, targetBody: false, bodies: true, levelUp: true, toLevel: true },
  WITHDRAW: { note: false, targetBody: false, bodies: false, levelUp: false, toLevel: false },
  // A body that marked it solved must learn why it is not.
  REOPEN: { note: true, targetBody: false, bodies: false, levelUp: false, toLevel: false },
};
