import { targetGroupOverlap } from './target-group-overlap';

const groups = (...entries: [string, number | null][]) => new Map(entries);

describe('targetGroupOverlap', () => {
  it('takes agreeing counts of a shared group as the strongest agreement', () => {
    expect(targetGroupOverlap(groups(['LOW_INCOME', 120]), groups(['LOW_INCOME', 115])).level).toBe('SAME_COUNT');
    expect(targetGroupOverlap(groups(['LOW_INCOME', 120]), groups(['LOW_INCOME', 200])).level).toBe('SAME');
    expect(targetGroupOverlap(groups(['LOW_INCOME', 120]), groups(['LOW_INCOME', null])).level).toBe('SAME');
  });

  it('grades shared, different and missing groups', () => {
    expect(targetGroupOverlap(groups(['A', null]), groups(['A', null], ['B', null], ['C', null]))).toMatchObject({ level: 'SHARED', shared: ['A'] });
    expect(targetGroupOverlap(groups(['A', 10]), groups(['B', 10])).level).toBe('DIFFERENT');
    expect(targetGroupOverlap(groups(), groups(['B', 10])).level).toBe('MISSING');
  });
});
