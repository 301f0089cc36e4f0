/**
 * Character trigrams of the words, as pg_trgm forms them (each word padded with two spaces in
 * front and one behind), encoded as integers over the alphabet [space, a-z, 0-9] and returned
 * sorted and unique so that two sets intersect in one linear merge.
 */
const ALPHABET = 37;

export function buildTrigrams(words: readonly string[]): Uint16Array {
  const ids = new Set<number>();
  for (const word of words) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      ids.add(symbol(padded, i) * ALPHABET * ALPHABET + symbol(padded, i + 1) * ALPHABET + symbol(padded, i + 2));
    }
  }
  return Uint16Array.from([...ids].sort((x, y) => x - y));
}

function symbol(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 97 && code <= 122) return code - 96; // a-z -> 1..26
  if (code >= 48 && code <= 57) return code - 21; // 0-9 -> 27..36
  return 0;
}
