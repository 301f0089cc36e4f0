import { aProfile, PLACES } from '../test-support/a-profile';
import { scorePair } from './score-pair';
import { restoreProfile, serialiseProfile } from './serialise-profile';

describe('serialiseProfile / restoreProfile', () => {
  it('round-trips through JSON without changing any score', () => {
    const a = aProfile('p-1').running('2024-01-01', null).prepare();
    const b = aProfile('p-2').in(PLACES.naryn).titled({ ru: 'Молочные козы, Нарынская область' }).prepare();
    const restoredA = restoreProfile(JSON.parse(JSON.stringify(serialiseProfile(a))));
    const restoredB = restoreProfile(JSON.parse(JSON.stringify(serialiseProfile(b))));
    expect(scorePair(restoredA, restoredB)).toEqual(scorePair(a, b));
    expect(restoredA.period.end).toBe(Infinity);
  });

  it('refuses features stored by another engine version', () => {
    const stored = { ...serialiseProfile(aProfile('p-1').prepare()), engineVersion: 'fs-0.9.0' };
    expect(() => restoreProfile(stored)).toThrow(/from fs-0.9.0/);
  });
});
