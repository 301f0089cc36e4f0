import { buildTrigrams } from './build-trigrams';
import { cosineOfSets } from './cosine-of-sets';

describe('buildTrigrams', () => {
  it('forms the padded trigrams of each word, sorted and unique', () => {
    // "  ab", " ab", "ab " -> 3 trigrams for "ab"; the repeated word adds none.
    const ids = buildTrigrams(['ab', 'ab']);
    expect(ids.length).toBe(3);
    expect([...ids]).toEqual([...ids].sort((x, y) => x - y));
  });
});

describe('cosineOfSets', () => {
  it('is 1 for equal sets, 0 for disjoint or empty ones', () => {
    const a = buildTrigrams(['goats', 'milk']);
    expect(cosineOfSets(a, a)).toBe(1);
    expect(cosineOfSets(a, buildTrigrams(['xyz']))).toBe(0);
    expect(cosineOfSets(a, new Uint16Array())).toBe(0);
  });

  it('counts shared trigrams over the geometric mean of the sizes', () => {
    const a = Uint16Array.from([1, 2, 3, 4]);
    const b = Uint16Array.from([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(cosineOfSets(a, b)).toBeCloseTo(2 / 6, 12);
  });
});
