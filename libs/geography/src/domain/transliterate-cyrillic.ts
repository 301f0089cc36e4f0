/**
 * Kyrgyz and Russian Cyrillic to Latin after BGN/PCGN 1979 for Kyrgyz (ж -> j, ң -> ng, ө -> o,
 * ү -> u), the scheme docs/reference-data.md uses for derived English names. Lower case in, lower
 * case out; anything that is not Cyrillic passes unchanged. Russian-style spellings (zh, dzh) are
 * not produced here: searchKey folds them onto this scheme afterwards.
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'ng', ӊ: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya',
  // Letters of neighbouring alphabets that turn up in names typed on other keyboards.
  і: 'i', ә: 'a', ғ: 'g', қ: 'k', ұ: 'u', һ: 'h', ў: 'u',
};

const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ү', 'ы', 'э', 'ю', 'я', 'ъ', 'ь']);

export function transliterateCyrillic(lowerCaseText: string): string {
  let out = '';
  const chars = Array.from(lowerCaseText);
  chars.forEach((ch, i) => {
    // е is "ye" at the start of a word and after a vowel or a sign (Ереван -> Yerevan).
    if (ch === 'е' && (i === 0 || !/\p{L}/u.test(chars[i - 1]) || VOWELS.has(chars[i - 1]))) {
      out += 'ye';
      return;
    }
    out += LETTERS[ch] ?? ch;
  });
  return out;
}
