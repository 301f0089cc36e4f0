/** |A ∩ B| / sqrt(|A| |B|) for two sorted, duplicate-free integer arrays; 0 when either is empty. */
export function cosineOfSets(a: Uint16Array, b: Uint16Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / Math.sqrt(a.length * b.length);
}
