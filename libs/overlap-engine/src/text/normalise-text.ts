import { transliterate } from './transliterate';

/**
 * The one form in which every text is compared, whatever its language and script: lower case,
 * Cyrillic transliterated, diacritics removed (Ö, ü), punctuation turned into spaces, and the
 * spelling variants of Kyrgyz words in Latin folded together, word by word:
 * dzh, dj, zh -> j; kh -> h; ng -> n; y -> i; a doubled letter written once. So "Жалал-Абад",
 * "Dzhalal-Abad" and "Jalal-Abad" agree, and so do "Сүттүү", "Suttuu" and "Sütüü".
 * The folding is lossy on purpose and the same on both sides of every comparison.
 */
export function normaliseText(text: string): string {
  const latin = transliterate(text.normalize('NFC').toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼʻ`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return latin ? latin.split(' ').map(foldWord).join(' ') : '';
}

/** normaliseText() split into words. */
export function tokenise(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised ? normalised.split(' ') : [];
}

function foldWord(word: string): string {
  return word
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ng/g, 'n')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}
