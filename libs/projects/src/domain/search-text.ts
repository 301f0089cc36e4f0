import { LocalisedText } from './project';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Lower case, no diacritics, one space between words. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (mark, offset, whole) => (/[\u0418\u0438\u0415\u0435]/.test(whole[offset - 1] ?? '') ? mark : ''))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function transliterate(text: string): string {
  return [...text].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
}

/**
 * What text search matches against: every title and description, folded and written in Latin
 * script, so that "Kochkor" finds "Кочкор" and a Russian title is found in Latin script. Queries
 * are folded and transliterated the same way (normaliseQuery), so a query never holds a letter
 * that transliteration replaces: the Cyrillic original would add nothing a query could match.
 * Leaving it out halves the trigrams a project puts in the text index, which was the largest cost
 * of a create at a million projects (docs/projects-performance.md). Rows written before keep both
 * scripts; they match the same queries.
 */
export function buildSearchText(title: LocalisedText, description: LocalisedText): string {
  return transliterate(foldText([title.ky, title.ru, title.en, description.ky, description.ru, description.en].filter(Boolean).join(' '))).slice(0, 20000);
}

/** A user's search text, folded and transliterated the same way. */
export function normaliseQuery(text: string): string {
  return transliterate(foldText(text));
}
