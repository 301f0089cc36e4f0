import { aProfile, PLACES } from '../test-support/a-profile';

describe('prepareProfile', () => {
  it('keeps coverage disjoint, sorted and sized', () => {
    const prepared = aProfile('p').in(PLACES.mantysh, PLACES.kochkor, PLACES.mantysh, PLACES.alai).prepare();
    expect(prepared.units.map((unit) => unit.name)).toEqual(['Kochkor District', 'Alai District']);
    expect(prepared.totalSize).toBe(67_300 + 63 * 2_300);
    expect(prepared.units[0].oblastName).toBe('Naryn Region');
  });

  it('sizes a unit by population, else settlements, else a default for its level', () => {
    const jumgalUnknown = { ...PLACES.jumgal, population: undefined, settlementCount: undefined };
    const sizes = aProfile('p').in(PLACES.kochkor, PLACES.alai, jumgalUnknown).prepare().units.map((u) => u.size);
    expect(sizes).toEqual([107_000, 67_300, 63 * 2_300]);
  });

  it('refuses a path that does not end at the unit, a project without coverage, and a period that ends first', () => {
    expect(() => aProfile('p').in({ ...PLACES.mantysh, path: PLACES.kochkor.path }).prepare()).toThrow(/path of unit/);
    expect(() => aProfile('p').in().prepare()).toThrow(/has no coverage/);
    expect(() => aProfile('p').running('2025-01-01', '2024-12-31').prepare()).toThrow(/ends before it starts/);
  });
});
