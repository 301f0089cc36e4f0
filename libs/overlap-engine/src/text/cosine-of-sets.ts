/**
 * |A ∩ B| / sqrt(|A| |B|) for two sorted, duplicate-free integer arrays; 0 when either is empty.
 * The merge steps without branches on the comparison, which is about twice as fast on these
 * unpredictable inputs; it is the hottest loop of scoring.
 */
export function cosineOfSets(a: Uint16Array, b: Uint16Array): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    shared += x === y ? 1 : 0;
    i += x <= y ? 1 : 0;
    j += x >= y ? 1 : 0;
  }
  return shared / Math.sqrt(na * nb);
}
