import { transliterateCyrillic } from './transliterate-cyrillic';

/**
 * The one form in which proposal texts and keywords are compared, whatever the language or script:
 * lower case, Cyrillic transliterated, diacritics dropped, punctuation and hyphens as spaces, and
 * spelling variants folded word by word (dzh/zh/j, kh/h, ng/n, y/i, doubled letters), so that
 * "Сүттүү", "suttuu" and "Sütüü" agree. Lossy on purpose and the same on both sides.
 */
export function normaliseText(text: string): string {
  const latin = transliterateCyrillic(text.normalize('NFC').toLowerCase())
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
