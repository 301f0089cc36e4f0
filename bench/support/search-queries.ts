/**
 * The searches the search benchmark sends: drawn from the units' own names with a fixed seed, so
 * that every run sends the same 1,000, in the forms people type them: English, Russian and Kyrgyz
 * names, alternative spellings, a Russian-style Latin transliteration of the Russian name
 * (Dzhalal-Abad, Issyk-Kul'), beginnings of names, typos, and upper case or diacritics.
 */

export interface SearchableUnit {
  nameKy: string;
  nameRu: string;
  nameEn: string;
  altNames: string[];
}

export interface BenchQuery {
  kind: 'en' | 'ru' | 'ky' | 'alt' | 'latin-ru' | 'prefix' | 'typo' | 'case-diacritics';
  text: string;
}

/** mulberry32: a small seeded generator, enough to pick names reproducibly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Latin that Russian-language documents use (zh, kh, ts, y), unlike the Kyrgyz BGN/PCGN of name_en. */
const RUSSIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: "'", э: 'e', ю: 'yu', я: 'ya', ө: 'o', ү: 'u', ң: 'n',
};

function russianLatin(text: string): string {
  return Array.from(text)
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = RUSSIAN_LATIN[lower];
      if (latin === undefined) return ch;
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** A name without the kind word, as people type it ("Kochkor", not "Kochkor District"). */
function bare(name: string): string {
  return name.replace(/\s+(District|Region|ayil aimak|city|town|urban-type settlement|району|облусу|айыл аймагы|шаары|шаарчасы|район|область|айылный аймак)$/i, '').replace(/^(г\.|пгт)\s*/, '');
}

function typo(text: string, random: () => number): string {
  const letters = Array.from(text);
  const i = 1 + Math.floor(random() * Math.max(1, letters.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      letters.splice(i, 1);
      break;
    case 1:
      letters.splice(i, 0, letters[i]);
      break;
    case 2:
      [letters[i - 1], letters[i]] = [letters[i], letters[i - 1]];
      break;
    default:
      letters[i] = 'aeiouy'[Math.floor(random() * 6)];
  }
  return letters.join('');
}

function caseAndDiacritics(text: string, random: () => number): string {
  const accented = text.replace(/o/g, () => (random() < 0.5 ? 'ö' : 'o')).replace(/u/g, () => (random() < 0.5 ? 'ü' : 'u'));
  return random() < 0.5 ? accented.toUpperCase() : accented.toLowerCase();
}

export function buildSearchQueries(units: readonly SearchableUnit[], count: number, seed = 20251125): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const withAlt = units.filter((u) => u.altNames.length > 0);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const unit = pick(units);
    const en = bare(unit.nameEn);
    const roll = random();
    if (roll < 0.2) queries.push({ kind: 'en', text: en });
    else if (roll < 0.35) queries.push({ kind: 'ru', text: bare(unit.nameRu) });
    else if (roll < 0.45) queries.push({ kind: 'ky', text: bare(unit.nameKy) });
    else if (roll < 0.5) queries.push({ kind: 'alt', text: pick(pick(withAlt).altNames) });
    else if (roll < 0.6) queries.push({ kind: 'latin-ru', text: russianLatin(bare(unit.nameRu)) });
    else if (roll < 0.75) queries.push({ kind: 'prefix', text: Array.from(pick([en, bare(unit.nameRu)])).slice(0, 3 + Math.floor(random() * 4)).join('') });
    else if (roll < 0.9) queries.push({ kind: 'typo', text: typo(pick([en, bare(unit.nameRu)]), random) });
    else queries.push({ kind: 'case-diacritics', text: caseAndDiacritics(en, random) });
  }
  return queries;
}
