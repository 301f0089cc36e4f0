import { KnownReferences, resolveReferences } from './resolve-references';

const UNIT = '5d7c3a52-1111-4a4a-9b9b-000000000001';
const ORG = '5d7c3a52-2222-4a4a-9b9b-000000000002';
const known: KnownReferences = {
  units: new Map([
    [UNIT, UNIT],
    ['41704235000000', UNIT],
  ]),
  themes: new Set(['AGRICULTURE']),
  interventions: new Set(['GREENHOUSE']),
  organisations: new Set([ORG]),
};

describe('resolveReferences', () => {
  it('turns codes and ids (any case) into unit ids, in order', () => {
    expect(resolveReferences({ coverage: [UNIT.toUpperCase()], themes: ['AGRICULTURE'], interventions: ['GREENHOUSE'], organisations: [ORG.toUpperCase()] }, known)).toEqual({ coverage: [UNIT], problems: [] });
  });

  it('names each unknown reference by its field and position', () => {
    const { problems } = resolveReferences({ coverage: ['41704235000000', '41799999999999'], themes: ['NOPE'], interventions: ['GREENHOUSE', 'DRONES'], organisations: ['5d7c3a52-3333-4a4a-9b9b-000000000003'] }, known);
    expect(problems.map((p) => p.field)).toEqual(['coverage[1]', 'themes[0]', 'interventions[1]', 'parties']);
    expect(problems[0].message).toBe('coverage[1]: no admin unit has the id or SOATE code "41799999999999"');
  });

  it('refuses the same unit named twice, by id and by code', () => {
    const resolved = resolveReferences({ coverage: [UNIT, '41704235000000'] }, known);
    expect(resolved.coverage).toEqual([UNIT]);
    expect(resolved.problems).toEqual([{ field: 'coverage', message: 'coverage names the same admin unit twice (by id and by code?)' }]);
  });

  it('checks nothing that is not asked', () => {
    expect(resolveReferences({}, known)).toEqual({ coverage: [], problems: [] });
  });
});
