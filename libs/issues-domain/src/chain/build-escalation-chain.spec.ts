import { BadInputError } from '@yntymak/errors';
import { loadReferenceFixture } from '../../test-support/load-reference-fixture';
import { EscalationChain, EscalationSubject } from './escalation-chain';
import { buildEscalationChain } from './build-escalation-chain';

const fixture = loadReferenceFixture();

// Real units of admin-units.csv.
const KAZYBEK_VILLAGE = '41704220830010'; // Kazybek, Kazybek ayil aimak, At-Bashy rayon, Naryn oblast
const ORTO_SAY = '41711201800010'; // a village of Leninsky district, Bishkek
const OSH_CITY = '41721000000000';
const NARYN_CITY = '41704400000010'; // city of oblast significance
const AT_BASHY_RAYON = '41704220000000';
const KOCHKOR_ATA_TOWN = '41703215600010'; // town of rayon significance (Nooken rayon)

function chainFor(code: string, subject: EscalationSubject): EscalationChain {
  const units = fixture.chainOf(code);
  return buildEscalationChain({ units, bodies: fixture.bodiesFor(units), subject, themes: fixture.themes });
}

function codesAt(chain: EscalationChain): Record<string, string[]> {
  return Object.fromEntries(chain.steps.map((step) => [step.level, step.bodies.map((body) => `${body.role} ${body.code}`)]));
}

const goats: EscalationSubject = { interventionCode: 'DAIRY_GOATS', themeCodes: ['LIVESTOCK'] };

describe('buildEscalationChain', () => {
  it('climbs village -> ayil aimak -> rayon -> oblast -> country with the competent bodies', () => {
    const chain = chainFor(KAZYBEK_VILLAGE, goats);
    expect(chain.unitId).toBe(KAZYBEK_VILLAGE);
    expect(chain.steps.map((step) => step.unit?.name)).toEqual(['Kazybek ayil aimak', 'At-Bashy District', 'Naryn Region', 'Kyrgyz Republic']);
    expect(codesAt(chain)).toEqual({
      LOCAL: ['GENERAL AYIL_OKMOTU:41704220830000'],
      DISTRICT: [
        'GENERAL RAYON_STATE_ADMINISTRATION:41704220000000',
        'COMPETENT RAYON_AGRICULTURE_DEPARTMENT:41704220000000',
        'COMPETENT RAYON_VETERINARY_SERVICE:41704220000000',
      ],
      REGIONAL: ['GENERAL PLENIPOTENTIARY_REPRESENTATIVE:41704000000000'],
      NATIONAL: ['GENERAL CABINET_OF_MINISTERS', 'COMPETENT MIN_WATER_AGRICULTURE', 'COMPETENT VETERINARY_PHYTOSANITARY_SERVICE'],
    });
  });

  it('explains each body, including a match through a parent theme', () => {
    const district = chainFor(KAZYBEK_VILLAGE, goats).steps[1];
    expect(district.bodies.find((body) => body.kind === 'RAYON_AGRICULTURE_DEPARTMENT')?.reason).toBe('competent for AGRICULTURE (parent theme of LIVESTOCK)');
    expect(district.bodies.find((body) => body.kind === 'RAYON_VETERINARY_SERVICE')?.reason).toBe('competent for LIVESTOCK');
  });

  it('prefers bodies that list the intervention over theme matches at a level', () => {
    const chain = chainFor(KAZYBEK_VILLAGE, { interventionCode: 'STATE_LAND_ALLOCATION', themeCodes: ['LAND_MANAGEMENT', 'AGRICULTURE'] });
    expect(codesAt(chain).LOCAL).toEqual(['GENERAL AYIL_OKMOTU:41704220830000', 'COMPETENT AYIL_KENESH:41704220830000']);
    expect(codesAt(chain).DISTRICT).toEqual(['GENERAL RAYON_STATE_ADMINISTRATION:41704220000000', 'COMPETENT RAYON_CADASTRE_REGISTRATION:41704220000000']);
    expect(codesAt(chain).NATIONAL).toEqual(['GENERAL CABINET_OF_MINISTERS', 'COMPETENT CADASTRE_REGISTRATION_SERVICE']);
  });

  it('puts the deciding kind first and keeps every reason of a body', () => {
    const chain = chainFor(KAZYBEK_VILLAGE, { interventionCode: 'STATE_LAND_ALLOCATION', themeCodes: ['LAND_MANAGEMENT'], decidingBodyKinds: { LOCAL: 'AYIL_KENESH' } });
    const local = chain.steps[0].bodies;
    expect(local.map((body) => `${body.role} ${body.kind}`)).toEqual(['DECIDES AYIL_KENESH', 'GENERAL AYIL_OKMOTU']);
    expect(local[0].reason).toContain('decides the matter at LOCAL level (AYIL_KENESH); decides STATE_LAND_ALLOCATION');
  });

  it('addresses the Jogorku Kenesh only when a law has to change', () => {
    expect(codesAt(chainFor(KAZYBEK_VILLAGE, goats)).NATIONAL).not.toContain('LEGISLATURE JOGORKU_KENESH');
    // The parliament lists LAND_MANAGEMENT, but a competence match alone does not address it.
    expect(codesAt(chainFor(KAZYBEK_VILLAGE, { themeCodes: ['LAND_MANAGEMENT'] })).NATIONAL).not.toContain('COMPETENT JOGORKU_KENESH');
    const withLaw = chainFor(KAZYBEK_VILLAGE, { ...goats, needsLawChange: true });
    expect(codesAt(withLaw).NATIONAL).toEqual(['GENERAL CABINET_OF_MINISTERS', 'COMPETENT MIN_WATER_AGRICULTURE', 'COMPETENT VETERINARY_PHYTOSANITARY_SERVICE', 'LEGISLATURE JOGORKU_KENESH']);
  });

  it('in a Bishkek district: the mayor and city kenesh with the district administration, then national', () => {
    const chain = chainFor(ORTO_SAY, { interventionCode: 'STATE_LAND_ALLOCATION', themeCodes: ['LAND_MANAGEMENT'] });
    expect(codesAt(chain)).toEqual({
      LOCAL: ['GENERAL CITY_HALL:41711000000000', 'COMPETENT CITY_KENESH:41711000000000', 'SUBDIVISION CITY_DISTRICT_ADMINISTRATION:41711201000000'],
      DISTRICT: [],
      REGIONAL: [],
      NATIONAL: ['GENERAL CABINET_OF_MINISTERS', 'COMPETENT CADASTRE_REGISTRATION_SERVICE'],
    });
    expect(chain.steps[0].bodies[2].reason).toBe('Leninsky District is part of Bishkek city: general authority at DISTRICT level');
    expect(chain.steps[2].notes.join(' ')).toContain('Bishkek city is a city of republican significance');
  });

  it('in Osh city: the mayor, then national (no districts, no oblast above it)', () => {
    const chain = chainFor(OSH_CITY, goats);
    expect(chain.steps.map((step) => step.bodies.length > 0)).toEqual([true, false, false, true]);
    expect(chain.steps[0].bodies.map((body) => body.code)).toEqual(['CITY_HALL:41721000000000']);
    expect(chain.steps[1].notes.join(' ')).toContain('Osh city is a city of republican significance');
  });

  it('in a city of oblast significance: its mayor, its competent state offices, then the oblast', () => {
    const land = chainFor(NARYN_CITY, { interventionCode: 'STATE_LAND_ALLOCATION', themeCodes: ['LAND_MANAGEMENT'] });
    expect(codesAt(land).LOCAL).toEqual(['GENERAL CITY_HALL:41704400000010', 'COMPETENT CITY_KENESH:41704400000010']);
    expect(codesAt(land).DISTRICT).toEqual(['COMPETENT RAYON_CADASTRE_REGISTRATION:41704400000010']);
    expect(codesAt(land).REGIONAL).toEqual(['GENERAL PLENIPOTENTIARY_REPRESENTATIVE:41704000000000']);
    // No office of the city is competent for livestock: the district level is passed over.
    const livestock = chainFor(NARYN_CITY, goats);
    expect(livestock.steps[1].bodies).toEqual([]);
    expect(livestock.steps[1].notes[0]).toContain('No DISTRICT body of Naryn city');
  });

  it('in a town of rayon significance: the town hall, then the rayon', () => {
    const chain = chainFor(KOCHKOR_ATA_TOWN, goats);
    expect(chain.steps[0].bodies.map((body) => body.kind)).toEqual(['CITY_HALL']);
    expect(chain.steps[1].unit?.level).toBe('RAYON');
    expect(chain.steps[1].bodies[0].kind).toBe('RAYON_STATE_ADMINISTRATION');
  });

  it('for an issue about a whole rayon, starts at the district', () => {
    const chain = chainFor(AT_BASHY_RAYON, goats);
    expect(chain.steps[0].bodies).toEqual([]);
    expect(chain.steps[0].notes[0]).toContain('No unit of the chain has a LOCAL body');
    expect(chain.steps[1].unit?.unitId).toBe(AT_BASHY_RAYON);
  });

  it('does not depend on the order the bodies are passed in', () => {
    const units = fixture.chainOf(KAZYBEK_VILLAGE);
    const bodies = fixture.bodiesFor(units);
    const forwards = buildEscalationChain({ units, bodies, subject: goats, themes: fixture.themes });
    const backwards = buildEscalationChain({ units, bodies: [...bodies].reverse(), subject: goats, themes: fixture.themes });
    expect(backwards).toEqual(forwards);
  });

  it.each([
    ['an empty chain', []],
    ['a chain that does not reach the country', [{ unitId: 'v', level: 'SETTLEMENT', kind: 'VILLAGE' }, { unitId: 'a', level: 'AYIL_AIMAK', kind: 'AYIL_AIMAK' }]],
    ['a chain passed top-down', [{ unitId: 'c', level: 'COUNTRY', kind: 'COUNTRY' }, { unitId: 'v', level: 'SETTLEMENT', kind: 'VILLAGE' }]],
    ['a repeated unit', [{ unitId: 'v', level: 'SETTLEMENT', kind: 'VILLAGE' }, { unitId: 'v', level: 'COUNTRY', kind: 'COUNTRY' }]],
  ] as const)('rejects %s with BadInputError INVALID_UNIT_CHAIN', (_, units) => {
    const build = () => buildEscalationChain({ units, bodies: [], subject: goats });
    expect(build).toThrow(BadInputError);
    expect(build).toThrow(expect.objectContaining({ reason: 'INVALID_UNIT_CHAIN' }));
  });
});
