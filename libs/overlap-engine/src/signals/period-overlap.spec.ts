import { parseDay, periodOverlap } from './period-overlap';

const range = (start: string, end: string | null) => ({ start: parseDay(start), end: end === null ? Infinity : parseDay(end) + 1 });
const overlap = (a: [string, string | null], b: [string, string | null]) => periodOverlap(range(...a), range(...b));

describe('periodOverlap', () => {
  it('measures the common time as a fraction of the shorter period', () => {
    const result = overlap(['2025-01-01', '2026-12-31'], ['2026-01-01', '2027-12-31']);
    expect(result.value).toBeCloseTo(365 / 730, 10);
    expect(result.level).toBe('MOST');
    expect(overlap(['2024-01-01', '2027-12-31'], ['2025-01-01', '2025-12-31'])).toMatchObject({ value: 1, level: 'FULL' });
  });

  it('finds no common time for periods that do not meet, even on adjacent days', () => {
    expect(overlap(['2024-01-01', '2024-12-31'], ['2025-01-01', '2025-12-31'])).toEqual({ value: 0, level: 'DISJOINT', common: null });
  });

  it('recognises the same dates within 45 days', () => {
    expect(overlap(['2025-01-01', '2026-12-31'], ['2025-02-01', '2027-01-31']).level).toBe('SAME_DATES');
  });

  it('treats an open end as running on', () => {
    expect(overlap(['2020-01-01', null], ['2025-01-01', '2026-12-31'])).toMatchObject({ value: 1, level: 'FULL' });
    expect(overlap(['2020-01-01', null], ['2025-01-01', null])).toMatchObject({ value: 1, level: 'FULL' });
    expect(overlap(['2020-01-01', null], ['2018-01-01', '2019-12-31']).level).toBe('DISJOINT');
  });

  it('grades a short common stretch as partial or slight', () => {
    expect(overlap(['2025-01-01', '2025-12-31'], ['2025-10-01', '2026-09-30']).level).toBe('PARTIAL');
    expect(overlap(['2025-01-01', '2025-12-31'], ['2025-12-01', '2026-11-30']).level).toBe('SLIGHT');
  });
});

describe('parseDay', () => {
  it('reads YYYY-MM-DD and refuses anything else', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(() => parseDay('2025-13-01')).toThrow(/not a YYYY-MM-DD date/);
    expect(() => parseDay('01.02.2025')).toThrow(/not a YYYY-MM-DD date/);
  });
});
