/**
 * Kyrgyz and Russian Cyrillic to Latin letters, for matching only (not for display): close to the
 * BGN/PCGN spelling the reference data uses (ж j, ң ng, ө o, ү u, х kh), so that a Russian "порода"
 * and a Kyrgyz "породасы" share their letters, and a Latin "Naryn" meets "Нарын". Expects lower case;
 * other characters pass through.
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'ng', ӊ: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya',
};

export function transliterateCyrillic(lowerCaseText: string): string {
  return lowerCaseText.replace(/[\u0400-\u04ff]/g, (letter) => LETTERS[letter] ?? letter);
}
