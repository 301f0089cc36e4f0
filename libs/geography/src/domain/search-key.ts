import { transliterateCyrillic } from './transliterate-cyrillic';

/**
 * The form in which names are indexed and queries are compared: lower case, Latin, without
 * diacritics or punctuation, and with the spelling variants of Kyrgyz names in Latin folded
 * together, so that "Dzhalal-Abad", "Jalal-Abad" and "Жалал-Абад" give the same key, and so do
 * "Issyk-Kul", "Ысык-Көл" and "Ysyk-Köl" up to the vowel of the last word.
 *
 * The folding, applied word by word in this order:
 * - dzh, dj, zh -> j        (Russian-style Latin and дж: Dzhalal, Djety, Zhayyl)
 * - kh -> h
 * - y before a vowel or y is dropped (ya, ye, yo, yu: Tyup = Tup; Kyya = Kia; Jayyl = Jaiyl)
 * - remaining y -> i       (ы and й: Ysyk = Issyk, -skiy = -ski)
 * - ng -> n                (ң written н in Russian: Chong-Alai = Chon-Alai, Jangy = Jany)
 * - a letter repeated is written once (Suu = Su, Issyk = Isyk)
 * Words are separated by one space; an empty result means the text had no letter or digit.
 */
export function searchKey(text: string): string {
  const latin = transliterateCyrillic(text.normalize('NFC').toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[øœ]/g, 'o')
    // Apostrophes join (Kul'dzha); every other non-alphanumeric separates words.
    .replace(/['’ʼʻ`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return latin ? latin.split(' ').map(foldWord).join(' ') : '';
}

function foldWord(word: string): string {
  return word
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/y(?=[aeiouy])/g, '')
    .replace(/y/g, 'i')
    .replace(/ng/g, 'n')
    .replace(/([a-z])\1+/g, '$1');
}
