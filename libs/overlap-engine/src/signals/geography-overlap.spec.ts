import { aProfile, PLACES } from '../../test-support/a-profile';
import type { CoverageUnit } from '../types/project-profile.type';
import { geographyOverlap } from './geography-overlap';

const overlap = (a: CoverageUnit[], b: CoverageUnit[]) =>
  geographyOverlap(aProfile('a').in(...a).prepare(), aProfile('b').in(...b).prepare());

describe('geographyOverlap', () => {
  it('finds the same village a lot', () => {
    expect(overlap([PLACES.mantysh], [PLACES.mantysh])).toMatchObject({ level: 'SAME', shares: [1, 1] });
  });

  it('grades containment by how much of the larger side the smaller covers', () => {
    // A village (1 settlement, 2,300 people) in: its ayil aimak (5 settlements), its rayon
    // (67,300 people in facts.csv), its oblast (136 settlements), the country (1,893).
    expect(overlap([PLACES.karaSuuAimak], [PLACES.mantysh])).toMatchObject({ level: 'NESTED_CLOSE', shares: [0.2, 1] });
    expect(overlap([PLACES.kochkor], [PLACES.mantysh]).level).toBe('NESTED');
    expect(overlap([PLACES.kochkor], [PLACES.mantysh]).shares[0]).toBeCloseTo(2_300 / 67_300, 10);
    expect(overlap([PLACES.naryn], [PLACES.mantysh]).level).toBe('WIDE');
    expect(overlap([PLACES.kyrgyzstan], [PLACES.mantysh]).level).toBe('BROAD');
  });

  it('works the same whichever side holds the larger unit', () => {
    expect(overlap([PLACES.mantysh], [PLACES.naryn])).toMatchObject({ level: 'WIDE', shares: [1, expect.any(Number)] });
  });

  it('weighs each side by population where known, else by settlements', () => {
    const byPopulation = overlap([PLACES.kochkor, PLACES.jumgal], [PLACES.kochkor]);
    expect(byPopulation.shares[0]).toBeCloseTo(67_300 / (67_300 + 44_900), 10);
    const withoutPopulation = { ...PLACES.jumgal, population: undefined };
    const kochkor = { ...PLACES.kochkor, population: undefined };
    expect(overlap([kochkor, withoutPopulation], [kochkor]).shares[0]).toBeCloseTo(31 / (31 + 28), 10);
  });

  it('counts a unit listed together with one of its villages once', () => {
    expect(overlap([PLACES.kochkor, PLACES.mantysh], [PLACES.kochkor])).toMatchObject({ level: 'SAME', shares: [1, 1] });
  });

  it('calls a minority of both coverages partial', () => {
    const result = overlap([PLACES.akKyyaAimak, PLACES.jumgal], [PLACES.akKyyaAimak, PLACES.alai]);
    expect(result.level).toBe('PARTIAL');
    expect(result.shared.map((unit) => unit.id)).toEqual([PLACES.akKyyaAimak.unitId]);
  });

  it('tells neighbours in one rayon, in one oblast and far apart', () => {
    expect(overlap([PLACES.mantysh], [PLACES.ortok]).level).toBe('NEAR');
    expect(overlap([PLACES.kochkor], [PLACES.jumgal]).level).toBe('SAME_OBLAST');
    expect(overlap([PLACES.naryn], [PLACES.alai]).level).toBe('FAR');
  });

  it('reports the common ground and the containers', () => {
    const result = overlap([PLACES.naryn], [PLACES.mantysh, PLACES.alai]);
    expect(result.shared.map((unit) => unit.name)).toEqual(['Mantysh']);
    expect(result.containers.map((unit) => unit.name)).toEqual(['Naryn Region']);
  });
});
