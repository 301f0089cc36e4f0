import { loadReferenceFixture } from '../../test-support/load-reference-fixture';
import { ROUTING_RULES } from './routing-rules';
import { proposeRouting } from './propose-routing';
import { RoutingIssue, RoutingProposal } from './routing-types';

const fixture = loadReferenceFixture();
const KAZYBEK_VILLAGE = '41704220830010';
const ORTO_SAY_BISHKEK = '41711201800010';

function propose(issue: Partial<RoutingIssue>, unitCode = KAZYBEK_VILLAGE): RoutingProposal {
  const units = fixture.chainOf(unitCode);
  return proposeRouting(
    { themeCodes: [], proposal: '', ...issue },
    { interventions: fixture.interventions, themes: fixture.themes, units, bodies: fixture.bodiesFor(units) },
  );
}

const decisiveRules = (proposal: RoutingProposal) => proposal.matches.filter((match) => match.decisive).map((match) => match.ruleId);

describe('the routing rules table', () => {
  it('has unique ids and a reason for every rule, and exactly one fallback', () => {
    expect(new Set(ROUTING_RULES.map((rule) => rule.id)).size).toBe(ROUTING_RULES.length);
    expect(ROUTING_RULES.every((rule) => rule.reason.length > 20)).toBe(true);
    expect(ROUTING_RULES.filter((rule) => rule.fallback)).toHaveLength(1);
  });
});

describe('proposeRouting', () => {
  it('allocation of state-fund land: the ayil kenesh session (LOCAL)', () => {
    const proposal = propose({ interventionCode: 'STATE_LAND_ALLOCATION', themeCodes: ['LAND_MANAGEMENT'], proposal: 'Allocate 12 ha to young families' });
    expect(proposal.level).toBe('LOCAL');
    expect(proposal.decidingBodyKind).toBe('AYIL_KENESH');
    expect(proposal.reasons[0]).toBe('Allocation of state-fund land is decided at an ayil kenesh session; the ayil okmotu then leases the land out and the lease is registered with the cadastre office');
    expect(proposal.bodies.map((body) => `${body.role} ${body.kind}`)).toEqual(['DECIDES AYIL_KENESH', 'GENERAL AYIL_OKMOTU']);
  });

  it('recognises state-fund land from the text when no intervention is given', () => {
    const proposal = propose({ themeCodes: ['LAND_MANAGEMENT'], proposal: 'Выделить земли Фонда перераспределения под сенокосы' });
    expect(decisiveRules(proposal)).toEqual(['STATE_LAND_ALLOCATION']);
    expect(proposal.bodies[0].kind).toBe('AYIL_KENESH');
  });

  it("choosing the family for a goat: the ayil okmotu's social worker with the social passport (LOCAL)", () => {
    const proposal = propose({ interventionCode: 'DAIRY_GOATS', themeCodes: ['SOCIAL_PROTECTION'], proposal: 'Goats should go to the poorest families' });
    expect(proposal.level).toBe('LOCAL');
    expect(decisiveRules(proposal)).toEqual(['GOAT_RECIPIENT_FAMILY', 'INTERVENTION_LEVEL']);
    expect(proposal.reasons[0]).toContain("ayil okmotu's social worker, with the family's social passport");
    expect(proposal.bodies[0]).toMatchObject({ kind: 'AYIL_OKMOTU', role: 'DECIDES' });
  });

  it.each(['GREENHOUSE', 'WINTER_TUNNEL_FARMING', 'FRUIT_DRYER', 'SOLAR_DRYER', 'FISH_FARMING'])('%s is a local matter', (interventionCode) => {
    const proposal = propose({ interventionCode, themeCodes: ['AGRICULTURE'], proposal: 'Support is needed' });
    expect(proposal.level).toBe('LOCAL');
    expect(decisiveRules(proposal)).toContain('LOCAL_PRODUCTION');
    expect(proposal.reasons).toContain('Greenhouses, dryers and fish farming are local matters, agreed with the ayil okmotu');
  });

  it("uses the intervention's usual level from the catalogue", () => {
    const proposal = propose({ interventionCode: 'SCHOOL_MEALS', themeCodes: ['EDUCATION'], proposal: 'Hot meals for all primary pupils' });
    expect(proposal.level).toBe('DISTRICT');
    expect(decisiveRules(proposal)).toEqual(['INTERVENTION_LEVEL']);
    expect(proposal.reasons[0]).toMatch(/^School meals is usually decided at DISTRICT level \(rayon education department\): Involves the school/);
    expect(proposal.bodies.map((body) => `${body.role} ${body.kind}`)).toEqual(['DECIDES RAYON_EDUCATION_DEPARTMENT', 'GENERAL RAYON_STATE_ADMINISTRATION']);
  });

  it.each([
    ['the law-change flag', { needsLawChange: true, proposal: 'Support goat breeding' }, 'LAW_CHANGE_FLAGGED', true],
    ['a law in the text (ru)', { proposal: 'Внести изменения в закон о племенном животноводстве' }, 'LAW_CHANGE_IN_TEXT', true],
    ['a law in the text (ky)', { proposal: 'Асыл тукум мал чарбасы жөнүндө мыйзамды өзгөртүү' }, 'LAW_CHANGE_IN_TEXT', true],
    ['the normative-act flag', { needsNormativeAct: true, proposal: 'Support goat breeding' }, 'NORMATIVE_ACT_FLAGGED', false],
    ['a normative act in the text (ky)', { proposal: 'Министрлер Кабинетинин токтому менен бекитүү' }, 'NORMATIVE_ACT_IN_TEXT', false],
    ['a rule for the whole country (en)', { proposal: 'Keep dairy-goat breeds pure at national level' }, 'NATIONAL_SCOPE_IN_TEXT', false],
  ])('%s makes it NATIONAL, over the local intervention', (_, issue, ruleId, parliament) => {
    const proposal = propose({ interventionCode: 'DAIRY_GOATS', themeCodes: ['LIVESTOCK'], ...issue });
    expect(proposal.level).toBe('NATIONAL');
    expect(decisiveRules(proposal)).toContain(ruleId);
    expect(proposal.needsLawChange).toBe(parliament);
    expect(proposal.bodies.some((body) => body.kind === 'PARLIAMENT')).toBe(parliament);
    expect(proposal.bodies.map((body) => body.code)).toEqual(expect.arrayContaining(['CABINET_OF_MINISTERS', 'MIN_WATER_AGRICULTURE']));
    // The local rules still show, as outweighed, and still mark the deciding body on the chain.
    expect(proposal.matches.find((match) => match.ruleId === 'GOAT_RECIPIENT_FAMILY')?.decisive).toBe(false);
    expect(proposal.chain.steps[0].bodies[0]).toMatchObject({ kind: 'AYIL_OKMOTU', role: 'DECIDES' });
  });

  it('quotes the keywords it found', () => {
    expect(propose({ proposal: 'Нужен новый закон' }).reasons[0]).toBe('The proposal speaks of a law ("закон"): changing a law is decided at national level, by the Jogorku Kenesh');
  });

  it('starts at the lowest level when no rule names one', () => {
    const proposal = propose({ themeCodes: ['HEALTH'], proposal: 'The feldsher post has no doctor' });
    expect(decisiveRules(proposal)).toEqual(['START_AT_LOWEST_LEVEL']);
    expect(proposal.level).toBe('LOCAL');
    expect(proposal.bodies.map((body) => body.kind)).toEqual(['AYIL_OKMOTU']);
  });

  it('warns about an intervention missing from the catalogue', () => {
    const proposal = propose({ interventionCode: 'CAMEL_RACING', themeCodes: ['LIVESTOCK'], proposal: 'x' });
    expect(proposal.warnings).toEqual(['Intervention CAMEL_RACING is not in the catalogue: its usual level is unknown.']);
    expect(decisiveRules(proposal)).toEqual(['START_AT_LOWEST_LEVEL']);
  });

  it("takes the intervention's themes when the issue has none", () => {
    const proposal = propose({ interventionCode: 'VETERINARY_SERVICES', proposal: 'Vaccination came too late' });
    expect(proposal.level).toBe('DISTRICT');
    expect(proposal.bodies.map((body) => body.kind)).toEqual(['RAYON_VETERINARY_SERVICE', 'RAYON_STATE_ADMINISTRATION']);
  });

  it('moves up when the chain has no body at the level (Bishkek has no regional level)', () => {
    const rules = [{ id: 'REGIONAL_TEST', when: { always: true as const }, level: 'REGIONAL' as const, reason: 'For the test: a regional matter' }];
    const units = fixture.chainOf(ORTO_SAY_BISHKEK);
    const proposal = proposeRouting({ themeCodes: ['LIVESTOCK'], proposal: 'x' }, { interventions: [], units, bodies: fixture.bodiesFor(units), rules });
    expect(proposal.ruleLevel).toBe('REGIONAL');
    expect(proposal.level).toBe('NATIONAL');
    expect(proposal.reasons[1]).toMatch(/^No body acts at REGIONAL level for this unit \(.*city of republican significance.*\); proposed at NATIONAL level\.$/);
  });

  it('never proposes a level below the one the rules name', () => {
    const units = fixture.chainOf(KAZYBEK_VILLAGE);
    const localOnly = fixture.bodiesFor(units).filter((body) => body.level === 'LOCAL');
    const proposal = proposeRouting({ themeCodes: [], proposal: 'Change the law' }, { interventions: [], units, bodies: localOnly });
    expect(proposal.level).toBe('NATIONAL');
    expect(proposal.bodies).toEqual([]);
    expect(proposal.warnings[0]).toContain('No body at NATIONAL level or above');
  });
});
