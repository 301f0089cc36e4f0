import { computeBackoff } from './compute-backoff';

const policy = { baseMs: 1000, maxMs: 60_000 };

describe('computeBackoff', () => {
  it('doubles each step and puts the delay in the upper half of the step (equal jitter)', () => {
    expect([1, 2, 3, 4].map((n) => computeBackoff(n, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => computeBackoff(n, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('spreads retries of the same step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => computeBackoff(3, policy)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(2000);
  });

  it('is capped, also for very many attempts', () => {
    expect(computeBackoff(40, policy, () => 1)).toBe(60_000);
    expect(computeBackoff(40, policy, () => 0)).toBe(30_000);
  });

  it("honours a longer Retry-After, up to the cap", () => {
    expect(computeBackoff(1, policy, () => 0, 20_000)).toBe(20_000);
    expect(computeBackoff(1, policy, () => 0, 10 * 60_000)).toBe(60_000);
    expect(computeBackoff(3, policy, () => 0, 10)).toBe(2000);
  });
});
