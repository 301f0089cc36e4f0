import { transliterate } from './transliterate';

/**
 * The one form in which every text is compared, whatever its language and script: lower case,
 * Cyrillic transliterated, diacritics removed (Ö, ü), punctuation turned into spaces, and the
 * spelling variants of Kyrgyz words in Latin folded together: dzh, dj, zh -> j; kh -> h; ng -> n;
 * y -> i; a doubled letter written once. So "Жалал-Абад", "Dzhalal-Abad" and "Jalal-Abad" agree,
 * and so do "Сүттүү", "Suttuu" and "Sütüü". The folding is lossy on purpose and the same on both
 * sides of every comparison.
 *
 * Each character is mapped once through a cached table (this runs for every word of every
 * profile, so it avoids one regular expression per step).
 */
export function normaliseText(text: string): string {
  const composed = text.normalize('NFC');
  let mapped = '';
  for (let i = 0; i < composed.length; i++) {
    const code = composed.charCodeAt(i);
    if (code < TABLE_SIZE) {
      mapped += table[code];
    } else {
      const character = String.fromCodePoint(composed.codePointAt(i) ?? code);
      mapped += mapCharacter(character);
      i += character.length - 1;
    }
  }
  const words = mapped.replace(/ +/g, ' ').trim();
  return words
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ng/g, 'n')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

/** normaliseText() split into words. */
export function tokenise(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised ? normalised.split(' ') : [];
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', 'ʻ', '`', '´']);
const mapped = new Map<string, string>();
/** Latin, Latin-1, Latin Extended and Cyrillic: looked up by code without a Map. */
const TABLE_SIZE = 0x0530;
const table = Array.from({ length: TABLE_SIZE }, (_, code) => mapCharacter(String.fromCharCode(code)));

/** A character as lower-case Latin letters or digits, '' for an apostrophe (it joins), ' ' for anything else. */
function mapCharacter(character: string): string {
  const known = mapped.get(character);
  if (known !== undefined) return known;
  const result = APOSTROPHES.has(character)
    ? ''
    : transliterate(character.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ');
  mapped.set(character, result);
  return result;
}
