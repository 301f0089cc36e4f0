/**
 * Character trigrams of the words, as pg_trgm forms them (each word padded with two spaces in
 * front and one behind), encoded as integers over the alphabet [space, a-z, 0-9] and returned
 * sorted and unique so that two sets intersect in one linear merge.
 */
const ALPHABET = 37;

export function buildTrigrams(words: readonly string[]): Uint16Array {
  let count = 0;
  for (const word of words) count += word.length + 1;
  const ids = new Uint16Array(count);
  let n = 0;
  for (const word of words) {
    // Padded "  word ": the symbols before the word are spaces (0).
    let previous = 0;
    let current = 0;
    for (let i = 0; i <= word.length; i++) {
      const next = i < word.length ? symbol(word.charCodeAt(i)) : 0;
      ids[n++] = previous * ALPHABET * ALPHABET + current * ALPHABET + next;
      previous = current;
      current = next;
    }
  }
  ids.sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i];
  return ids.slice(0, unique);
}

function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96; // a-z -> 1..26
  if (code >= 48 && code <= 57) return code - 21; // 0-9 -> 27..36
  return 0;
}
