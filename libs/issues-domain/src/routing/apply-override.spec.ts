import { loadReferenceFixture } from '../../test-support/load-reference-fixture';
import { applyOverride } from './apply-override';
import { proposeRouting } from './propose-routing';
import { RoutingProposal } from './routing-types';

const fixture = loadReferenceFixture();

function proposalFor(code: string): RoutingProposal {
  const units = fixture.chainOf(code);
  return proposeRouting({ interventionCode: 'DAIRY_GOATS', themeCodes: ['LIVESTOCK'], proposal: 'Goats for the poorest families' }, { interventions: fixture.interventions, themes: fixture.themes, units, bodies: fixture.bodiesFor(units) });
}

const village = proposalFor('41704220830010');

describe('applyOverride', () => {
  it.each(['', '   ', undefined])('requires a reason (%p)', (reason) => {
    expect(applyOverride(village, { level: 'DISTRICT', reason: reason as string })).toEqual({ error: 'An override needs a reason.', code: 'REASON_REQUIRED', field: 'reason' });
  });

  it("moves the issue to the step's bodies and keeps the rules' reasons after the author's", () => {
    const result = applyOverride(village, { level: 'DISTRICT', reason: 'The ayil okmotu has no goats left; the rayon distributes them' });
    if (!('proposal' in result)) throw new Error(result.error);
    expect(result.proposal.level).toBe('DISTRICT');
    expect(result.proposal.bodies.map((body) => body.kind)).toEqual(['RAYON_STATE_ADMINISTRATION', 'RAYON_AGRICULTURE_DEPARTMENT', 'RAYON_VETERINARY_SERVICE']);
    expect(result.proposal.override).toEqual({ fromLevel: 'LOCAL', reason: 'The ayil okmotu has no goats left; the rayon distributes them' });
    expect(result.proposal.reasons[0]).toBe('Set to DISTRICT level by the author: The ayil okmotu has no goats left; the rayon distributes them');
    expect(result.proposal.reasons[1]).toMatch(/^The rules proposed LOCAL: Which family receives a goat/);
  });

  it('can narrow the addressees to bodies of the chain, and refuses others', () => {
    const vet = village.chain.steps[1].bodies.find((body) => body.kind === 'RAYON_VETERINARY_SERVICE')!;
    const narrowed = applyOverride(village, { level: 'DISTRICT', reason: 'A veterinary matter', bodyIds: [vet.bodyId] });
    expect('proposal' in narrowed && narrowed.proposal.bodies).toEqual([vet]);
    expect(applyOverride(village, { level: 'DISTRICT', reason: 'x', bodyIds: ['MIN_HEALTH'] })).toMatchObject({ code: 'UNKNOWN_BODY', field: 'bodyIds' });
  });

  it('refuses a level with no body, saying why (Bishkek has no regional level)', () => {
    const bishkek = proposalFor('41711201800010');
    const result = applyOverride(bishkek, { level: 'REGIONAL', reason: 'Ask the oblast' });
    expect(result).toMatchObject({ code: 'NO_BODY_AT_LEVEL', field: 'level' });
    expect('error' in result && result.error).toContain('city of republican significance');
  });

  it('refuses an unknown level', () => {
    expect(applyOverride(village, { level: 'GALACTIC' as never, reason: 'x' })).toMatchObject({ code: 'INVALID_LEVEL' });
  });

  it('keeps the first level and the rules reasons once when overridden twice', () => {
    const first = applyOverride(village, { level: 'DISTRICT', reason: 'one' });
    if (!('proposal' in first)) throw new Error(first.error);
    const second = applyOverride(first.proposal, { level: 'REGIONAL', reason: 'two' });
    if (!('proposal' in second)) throw new Error(second.error);
    expect(second.proposal.override).toEqual({ fromLevel: 'LOCAL', reason: 'two' });
    expect(second.proposal.reasons).toEqual(['Set to REGIONAL level by the author: two', ...first.proposal.reasons.slice(1)]);
  });
});
