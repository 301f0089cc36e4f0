import { timeOrderedId } from './time-ordered-id';

describe('timeOrderedId', () => {
  it('is a well-formed UUID of version 7 and the RFC variant', () => {
    const id = timeOrderedId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carries its millisecond in the first 48 bits', () => {
    const at = Date.UTC(2026, 11, 8, 1, 2, 3, 456);
    expect(parseInt(timeOrderedId(at).replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time, as text and as PostgreSQL compares uuids (byte order)', () => {
    const start = Date.UTC(2026, 0, 1);
    const inOrder = [0, 1, 2, 1_000, 86_400_000].map((ms) => timeOrderedId(start + ms));
    expect([...inOrder].reverse().sort()).toEqual(inOrder);
  });

  it('differs within one millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(at))).size).toBe(1000);
  });
});
