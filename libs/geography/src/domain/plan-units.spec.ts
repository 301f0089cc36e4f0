import { planUnits, StoredUnit } from './plan-units';
import { UnitRecord } from './release-records';

function unit(code: string, parentCode: string | null, name = code): UnitRecord {
  return {
    line: 2,
    code,
    soate: code,
    iso31662: null,
    ochaPcode: null,
    level: parentCode ? 'OBLAST' : 'COUNTRY',
    kind: parentCode ? 'OBLAST' : 'COUNTRY',
    names: { ky: name, ru: name, en: name },
    namesDerived: [],
    altNames: [],
    parentCode,
    validFrom: '2021-01-01',
    validTo: null,
  };
}

const sequentialIds = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planUnits', () => {
  const stored: StoredUnit[] = [
    { id: 'id-country', code: 'C', parentCode: null, path: 'C' },
    { id: 'id-a', code: 'A', parentCode: 'C', path: 'C.A' },
    { id: 'id-b', code: 'B', parentCode: 'C', path: 'C.B' },
    { id: 'id-a1', code: 'A1', parentCode: 'A', path: 'C.A.A1' },
    { id: 'id-a1x', code: 'A1X', parentCode: 'A1', path: 'C.A.A1.A1X' },
  ];

  it('keeps the id of every known code and gives new codes new ids', () => {
    const plan = planUnits(stored, [unit('A', 'C', 'renamed'), unit('N', 'A')], sequentialIds());
    expect(plan.upserts.map((u) => [u.code, u.id, u.parentId, u.path])).toEqual([
      ['A', 'id-a', 'id-country', 'C.A'],
      ['N', 'new-1', 'id-a', 'C.A.N'],
    ]);
    expect(plan.newUnits).toBe(1);
    expect(plan.pathChanges).toEqual([]);
  });

  it('a unit that changes parent takes its descendants along', () => {
    const plan = planUnits(stored, [unit('A1', 'B')], sequentialIds());
    expect(plan.upserts.map((u) => [u.code, u.parentId, u.path])).toEqual([['A1', 'id-b', 'C.B.A1']]);
    expect(plan.pathChanges).toEqual([{ id: 'id-a1x', path: 'C.B.A1.A1X' }]);
  });

  it('places a whole new tree in any order of rows', () => {
    const plan = planUnits([], [unit('X1', 'X'), unit('X', 'R'), unit('R', null)], sequentialIds());
    expect(plan.upserts.map((u) => [u.code, u.path])).toEqual([
      ['X1', 'R.X.X1'],
      ['X', 'R.X'],
      ['R', 'R'],
    ]);
  });

  it('refuses a cycle and an unknown parent', () => {
    expect(() => planUnits(stored, [unit('A', 'A1')], sequentialIds())).toThrow(/cycle through A -> A1 -> A/);
    expect(() => planUnits([], [unit('A', 'Z')], sequentialIds())).toThrow('admin unit Z is neither in this release nor loaded');
  });

  it('computes the search text of each unit from its names', () => {
    const [planned] = planUnits([], [{ ...unit('R', null), names: { ky: 'Кочкор району', ru: 'Кочкорский район', en: 'Kochkor District' } }], sequentialIds()).upserts;
    expect(planned.searchText).toContain('| kochkor |');
  });
});
