import { DecisionLevel } from '../model/decision-level';
import { DocumentRef } from '../model/document-ref';

/**
 * Where an issue stands. Escalation and re-routing are actions, not resting states: an escalated or
 * re-routed issue is ADDRESSED again, to other bodies (one level up, or the competent body named),
 * with a new response deadline. The history keeps the action.
 */
export const ISSUE_STATES = [
  /** Being written by the raising organisation. */
  'DRAFT',
  /** Submitted by the raiser; waiting for its coordinator to refine and forward it. */
  'SUBMITTED',
  /** The raiser's coordinator is refining it (the refined text is kept beside the original). */
  'IN_REFINEMENT',
  /** Sent to the responsible bodies of its current level; the response deadline runs. */
  'ADDRESSED',
  /** A body has acknowledged it and is considering it; the deadline still runs. */
  'UNDER_CONSIDERATION',
  /** The body solved it. The raiser can reopen it if the solution does not hold. */
  'RESOLVED',
  /** The body declined it, with a note. The raiser or the coordinator can take it a level up. */
  'REJECTED',
  /** The raiser withdrew it. Final. */
  'WITHDRAWN',
] as const;

export type IssueState = (typeof ISSUE_STATES)[number];

export const ISSUE_ACTIONS = [
  'SUBMIT',
  'START_REFINEMENT',
  'RETURN_TO_RAISER',
  'FORWARD',
  'ACKNOWLEDGE',
  'RESOLVE',
  'REJECT',
  'REROUTE',
  'ESCALATE',
  'WITHDRAW',
  'REOPEN',
] as const;

export type IssueActionType = (typeof ISSUE_ACTIONS)[number];

/** Who acts, relative to the issue (the caller derives it from the organisation and the issue). */
export const ACTOR_ROLES = [
  /** The raising organisation (a village service provider, a local group). */
  'RAISER',
  /** The raising implementer's coordinator, who refines field staff's issues. */
  'RAISER_COORDINATOR',
  /** A government body the issue is currently addressed to. */
  'ADDRESSED_BODY',
  /** The coordinating agency. */
  'COORDINATOR',
  /** The platform itself: deadline escalation. */
  'SYSTEM',
] as const;

export type ActorRole = (typeof ACTOR_ROLES)[number];

/** The states in which a response deadline runs and escalation on the deadline applies. */
export const AWAITING_RESPONSE_STATES: readonly IssueState[] = ['ADDRESSED', 'UNDER_CONSIDERATION'];

export interface IssueAction {
  type: IssueActionType;
  note?: string | null;
  documentRefs?: readonly DocumentRef[];
  /** REROUTE: the body the addressed body names as competent. */
  targetBodyId?: string | null;
  /** FORWARD, ESCALATE: the bodies the issue is now addressed to. */
  bodyIds?: readonly string[];
  /** ESCALATE: the level it leaves. */
  fromLevel?: DecisionLevel | null;
  /** FORWARD, ESCALATE: the level it goes to; REROUTE: the target body's level, if it changes. */
  toLevel?: DecisionLevel | null;
}

/** What the caller stores in the issue's history, adding who (actor id) and when. */
export interface TransitionRecord {
  action: IssueActionType;
  from: IssueState;
  to: IssueState;
  actorRole: ActorRole;
  note: string | null;
  documentRefs: DocumentRef[];
  targetBodyId: string | null;
  bodyIds: string[];
  fromLevel: DecisionLevel | null;
  toLevel: DecisionLevel | null;
}

export type TransitionErrorCode =
  | 'UNKNOWN_STATE'
  | 'UNKNOWN_ACTION'
  | 'UNKNOWN_ACTOR'
  | 'INVALID_TRANSITION'
  | 'ACTOR_NOT_ALLOWED'
  | 'NOTE_REQUIRED'
  | 'NOTE_TOO_LONG'
  | 'TARGET_BODY_REQUIRED'
  | 'BODIES_REQUIRED'
  | 'LEVEL_REQUIRED'
  | 'LEVEL_NOT_HIGHER'
  | 'INVALID_DOCUMENT_REF';

export type TransitionResult =
  | { next: IssueState; record: TransitionRecord }
  | { error: string; code: TransitionErrorCode; field?: string };
