/**
 * Cyrillic (Kyrgyz and Russian) to plain Latin letters for matching, not for display: Kyrgyz ө ү ң
 * become o u n, ж becomes j (as in Jalal-Abad), х becomes h, soft and hard signs vanish. Input is
 * expected in lower case; characters that are not Cyrillic pass through unchanged.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'n', ӊ: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ү: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ғ: 'g', қ: 'k', ұ: 'u', һ: 'h', ә: 'a',
};

const CYRILLIC = /[\u0400-\u04ff]/g;

export function transliterate(lowerCaseText: string): string {
  return lowerCaseText.replace(CYRILLIC, (letter) => CYRILLIC_TO_LATIN[letter] ?? ' ');
}
