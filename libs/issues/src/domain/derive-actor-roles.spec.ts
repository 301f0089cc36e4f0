import { chooseTransition } from './choose-transition';
import { deriveActorRoles } from './derive-actor-roles';

const raiser = 'raiser-org';
const refiner = 'refiner-org';
const facts = (organisationId: string, over: Partial<Parameters<typeof deriveActorRoles>[0]> = {}) =>
  deriveActorRoles({ organisationId, organisationKind: 'IMPLEMENTER', raiserId: raiser, refinerId: refiner, speaksForCurrentAddressee: false, ...over });

describe('deriveActorRoles', () => {
  it('separates the raiser from its refining implementer', () => {
    expect(facts(raiser)).toEqual(['RAISER']);
    expect(facts(refiner)).toEqual(['RAISER_COORDINATOR']);
  });

  it('makes a raiser without a refiner its own coordinator', () => {
    expect(facts(raiser, { refinerId: null })).toEqual(['RAISER', 'RAISER_COORDINATOR']);
  });

  it('gives the addressed body and the coordinator their roles, and a stranger none', () => {
    expect(facts('okmotu', { organisationKind: 'GOVERNMENT_BODY', speaksForCurrentAddressee: true })).toEqual(['ADDRESSED_BODY']);
    expect(facts('agency', { organisationKind: 'COORDINATOR' })).toEqual(['COORDINATOR']);
    expect(facts('stranger', { organisationKind: 'DONOR' })).toEqual([]);
  });
});

describe('chooseTransition', () => {
  it('takes the first role that may act', () => {
    const chosen = chooseTransition('SUBMITTED', { type: 'FORWARD', bodyIds: ['b'], toLevel: 'LOCAL' }, ['RAISER', 'RAISER_COORDINATOR']);
    expect(chosen).toMatchObject({ next: 'ADDRESSED', record: { actorRole: 'RAISER_COORDINATOR' } });
  });

  it('prefers a problem with the input over "not allowed", so that whoever may act learns what to fix', () => {
    const chosen = chooseTransition('ADDRESSED', { type: 'REROUTE', note: 'not ours' }, ['RAISER', 'COORDINATOR']);
    expect(chosen).toMatchObject({ code: 'TARGET_BODY_REQUIRED', field: 'targetBodyId' });
  });

  it('refuses without any role, and names who may otherwise', () => {
    expect(chooseTransition('ADDRESSED', { type: 'RESOLVE' }, [])).toMatchObject({ code: 'ACTOR_NOT_ALLOWED' });
    expect(chooseTransition('ADDRESSED', { type: 'RESOLVE' }, ['RAISER'])).toMatchObject({ code: 'ACTOR_NOT_ALLOWED', error: expect.stringMatching(/ADDRESSED_BODY may/) });
  });
});
