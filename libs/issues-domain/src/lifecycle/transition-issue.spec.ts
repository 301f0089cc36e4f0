import { ACTOR_ROLES, ActorRole, ISSUE_ACTIONS, ISSUE_STATES, IssueAction, IssueActionType, IssueState } from './issue-state';
import { allowedIssueActions } from './allowed-issue-actions';
import { transitionIssue } from './transition-issue';

/**
 * The expected machine, written out independently of ISSUE_TRANSITIONS: for each action, the states
 * it leaves from, who may take it there, and where it leads. Every combination not listed is refused.
 */
const EXPECTED: Record<IssueActionType, { from: Partial<Record<IssueState, ActorRole[]>>; to: IssueState }> = {
  SUBMIT: { from: { DRAFT: ['RAISER', 'RAISER_COORDINATOR'] }, to: 'SUBMITTED' },
  START_REFINEMENT: { from: { SUBMITTED: ['RAISER_COORDINATOR'] }, to: 'IN_REFINEMENT' },
  RETURN_TO_RAISER: { from: { SUBMITTED: ['RAISER_COORDINATOR'], IN_REFINEMENT: ['RAISER_COORDINATOR'] }, to: 'DRAFT' },
  FORWARD: { from: { SUBMITTED: ['RAISER_COORDINATOR'], IN_REFINEMENT: ['RAISER_COORDINATOR'] }, to: 'ADDRESSED' },
  ACKNOWLEDGE: { from: { ADDRESSED: ['ADDRESSED_BODY'] }, to: 'UNDER_CONSIDERATION' },
  RESOLVE: { from: { ADDRESSED: ['ADDRESSED_BODY'], UNDER_CONSIDERATION: ['ADDRESSED_BODY'] }, to: 'RESOLVED' },
  REJECT: { from: { ADDRESSED: ['ADDRESSED_BODY'], UNDER_CONSIDERATION: ['ADDRESSED_BODY'] }, to: 'REJECTED' },
  REROUTE: { from: { ADDRESSED: ['ADDRESSED_BODY', 'COORDINATOR'], UNDER_CONSIDERATION: ['ADDRESSED_BODY', 'COORDINATOR'] }, to: 'ADDRESSED' },
  ESCALATE: {
    from: { ADDRESSED: ['SYSTEM', 'COORDINATOR'], UNDER_CONSIDERATION: ['SYSTEM', 'COORDINATOR'], REJECTED: ['RAISER', 'RAISER_COORDINATOR', 'COORDINATOR'] },
    to: 'ADDRESSED',
  },
  WITHDRAW: {
    from: Object.fromEntries((['DRAFT', 'SUBMITTED', 'IN_REFINEMENT', 'ADDRESSED', 'UNDER_CONSIDERATION', 'REJECTED'] as const).map((state) => [state, ['RAISER', 'RAISER_COORDINATOR']])),
    to: 'WITHDRAWN',
  },
  REOPEN: { from: { RESOLVED: ['RAISER', 'RAISER_COORDINATOR'] }, to: 'ADDRESSED' },
};

/** An action carrying everything any action may need, so that only state and actor decide. */
const complete = (type: IssueActionType): IssueAction => ({
  type,
  note: 'Because the evidence says so',
  documentRefs: [{ ref: 'doc-1', title: 'Letter No. 12' }],
  targetBodyId: 'RAYON_VETERINARY_SERVICE:41704220000000',
  bodyIds: ['RAYON_STATE_ADMINISTRATION:41704220000000'],
  fromLevel: 'LOCAL',
  toLevel: 'DISTRICT',
});

const combinations = ISSUE_STATES.flatMap((state) => ISSUE_ACTIONS.flatMap((action) => ACTOR_ROLES.map((actor) => [state, action, actor] as const)));

describe('transitionIssue: every state x action x actor', () => {
  it(`covers ${ISSUE_STATES.length} states x ${ISSUE_ACTIONS.length} actions x ${ACTOR_ROLES.length} actors`, () => {
    expect(combinations).toHaveLength(8 * 11 * 5);
  });

  it.each(combinations)('%s + %s by %s', (state, action, actor) => {
    const rule = EXPECTED[action];
    const allowedActors = rule.from[state];
    const result = transitionIssue(state, complete(action), actor);
    if (allowedActors?.includes(actor)) {
      expect(result).toEqual({ next: rule.to, record: expect.objectContaining({ action, from: state, to: rule.to, actorRole: actor }) });
    } else {
      expect(result).toMatchObject({ code: allowedActors ? 'ACTOR_NOT_ALLOWED' : 'INVALID_TRANSITION' });
    }
  });

  it('WITHDRAWN is final: no action by anyone', () => {
    for (const actor of ACTOR_ROLES) expect(allowedIssueActions('WITHDRAWN', actor)).toEqual([]);
  });

  it('lists what an actor may do, for buttons', () => {
    expect(allowedIssueActions('ADDRESSED', 'ADDRESSED_BODY')).toEqual(['ACKNOWLEDGE', 'RESOLVE', 'REJECT', 'REROUTE']);
    expect(allowedIssueActions('REJECTED', 'RAISER')).toEqual(['ESCALATE', 'WITHDRAW']);
    expect(allowedIssueActions('ADDRESSED', 'SYSTEM')).toEqual(['ESCALATE']);
  });
});

describe('transitionIssue: what a transition carries', () => {
  it('records note, documents and bodies, trimmed and de-duplicated', () => {
    const result = transitionIssue('IN_REFINEMENT', { type: 'FORWARD', note: '  refined  ', documentRefs: [{ ref: ' scan-7 ' }], bodyIds: ['a', 'a', ' b '], toLevel: 'LOCAL' }, 'RAISER_COORDINATOR');
    expect(result).toEqual({
      next: 'ADDRESSED',
      record: { action: 'FORWARD', from: 'IN_REFINEMENT', to: 'ADDRESSED', actorRole: 'RAISER_COORDINATOR', note: 'refined', documentRefs: [{ ref: 'scan-7' }], targetBodyId: null, bodyIds: ['a', 'b'], fromLevel: null, toLevel: 'LOCAL' },
    });
  });

  it.each([
    ['REJECT without a note', 'ADDRESSED', { type: 'REJECT' }, 'ADDRESSED_BODY', 'NOTE_REQUIRED', 'note'],
    ['REJECT with a blank note', 'UNDER_CONSIDERATION', { type: 'REJECT', note: '   ' }, 'ADDRESSED_BODY', 'NOTE_REQUIRED', 'note'],
    ['REROUTE without a note', 'ADDRESSED', { type: 'REROUTE', targetBodyId: 'x' }, 'ADDRESSED_BODY', 'NOTE_REQUIRED', 'note'],
    ['REROUTE without a target body', 'ADDRESSED', { type: 'REROUTE', note: 'Not ours: the veterinary service decides' }, 'ADDRESSED_BODY', 'TARGET_BODY_REQUIRED', 'targetBodyId'],
    ['RETURN_TO_RAISER without a note', 'IN_REFINEMENT', { type: 'RETURN_TO_RAISER' }, 'RAISER_COORDINATOR', 'NOTE_REQUIRED', 'note'],
    ['REOPEN without a note', 'RESOLVED', { type: 'REOPEN' }, 'RAISER', 'NOTE_REQUIRED', 'note'],
    ['FORWARD without bodies', 'IN_REFINEMENT', { type: 'FORWARD', toLevel: 'LOCAL', bodyIds: [' '] }, 'RAISER_COORDINATOR', 'BODIES_REQUIRED', 'bodyIds'],
    ['FORWARD without a level', 'IN_REFINEMENT', { type: 'FORWARD', bodyIds: ['a'] }, 'RAISER_COORDINATOR', 'LEVEL_REQUIRED', 'toLevel'],
    ['ESCALATE without a note', 'ADDRESSED', { type: 'ESCALATE', bodyIds: ['a'], fromLevel: 'LOCAL', toLevel: 'DISTRICT' }, 'SYSTEM', 'NOTE_REQUIRED', 'note'],
    ['ESCALATE without its from level', 'ADDRESSED', { type: 'ESCALATE', note: 'deadline', bodyIds: ['a'], toLevel: 'DISTRICT' }, 'SYSTEM', 'LEVEL_REQUIRED', 'fromLevel'],
    ['ESCALATE downwards', 'ADDRESSED', { type: 'ESCALATE', note: 'deadline', bodyIds: ['a'], fromLevel: 'REGIONAL', toLevel: 'DISTRICT' }, 'SYSTEM', 'LEVEL_NOT_HIGHER', 'toLevel'],
    ['ESCALATE sideways', 'REJECTED', { type: 'ESCALATE', note: 'appeal', bodyIds: ['a'], fromLevel: 'NATIONAL', toLevel: 'NATIONAL' }, 'RAISER', 'LEVEL_NOT_HIGHER', 'toLevel'],
    ['an unknown level', 'ADDRESSED', { type: 'REROUTE', note: 'n', targetBodyId: 'x', toLevel: 'PLANET' }, 'COORDINATOR', 'LEVEL_REQUIRED', 'toLevel'],
    ['an empty document ref', 'ADDRESSED', { type: 'RESOLVE', documentRefs: [{ ref: 'a' }, { ref: '' }] }, 'ADDRESSED_BODY', 'INVALID_DOCUMENT_REF', 'documentRefs[1].ref'],
    ['a note too long', 'ADDRESSED', { type: 'RESOLVE', note: 'x'.repeat(10_001) }, 'ADDRESSED_BODY', 'NOTE_TOO_LONG', 'note'],
  ] as const)('refuses %s', (_, state, action, actor, code, field) => {
    expect(transitionIssue(state, action as IssueAction, actor)).toMatchObject({ code, field });
  });

  it('checks the state before the actor, and the actor before the payload', () => {
    expect(transitionIssue('RESOLVED', { type: 'REJECT' }, 'RAISER')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(transitionIssue('ADDRESSED', { type: 'REJECT' }, 'RAISER')).toMatchObject({ code: 'ACTOR_NOT_ALLOWED', error: 'RAISER may not REJECT an issue in state ADDRESSED; ADDRESSED_BODY may.' });
  });

  it('refuses unknown states, actions and actors', () => {
    expect(transitionIssue('LOST' as IssueState, { type: 'SUBMIT' }, 'RAISER')).toMatchObject({ code: 'UNKNOWN_STATE' });
    expect(transitionIssue('DRAFT', { type: 'PUBLISH' as IssueActionType }, 'RAISER')).toMatchObject({ code: 'UNKNOWN_ACTION' });
    expect(transitionIssue('DRAFT', { type: 'SUBMIT' }, 'MAYOR' as ActorRole)).toMatchObject({ code: 'UNKNOWN_ACTOR' });
  });

  it('resolution and acknowledgement need no note', () => {
    expect(transitionIssue('ADDRESSED', { type: 'ACKNOWLEDGE' }, 'ADDRESSED_BODY')).toMatchObject({ next: 'UNDER_CONSIDERATION' });
    expect(transitionIssue('UNDER_CONSIDERATION', { type: 'RESOLVE' }, 'ADDRESSED_BODY')).toMatchObject({ next: 'RESOLVED', record: { note: null } });
  });
});
