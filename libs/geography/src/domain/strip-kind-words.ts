import { AdminUnitKind } from './reference-codes';

/**
 * Words for a unit's kind as the reference data writes them, with the kinds they name. They are
 * removed only at the start or the end of a name: a village called Жаңы-Айыл keeps its name.
 */
const CITY: AdminUnitKind[] = ['CITY_REPUBLICAN', 'CITY_OBLAST', 'TOWN'];
const KIND_WORDS: Array<{ pattern: RegExp; kinds: AdminUnitKind[] }> = [
  { pattern: /\s+(району|район|district|rayon|raion)$/iu, kinds: ['RAYON', 'CITY_DISTRICT'] },
  { pattern: /\s+(облусу|область|region|oblast|oblasty)$/iu, kinds: ['OBLAST'] },
  { pattern: /\s+(айыл аймагы|айылный аймак|ayil aimak|aiyl aimak|ayyl aymagy)$/iu, kinds: ['AYIL_AIMAK'] },
  { pattern: /\s+(шаарчасы|urban-type settlement)$/iu, kinds: ['URBAN_SETTLEMENT'] },
  { pattern: /\s+(шаары|city|town|shaary)$/iu, kinds: CITY },
  { pattern: /^(пгт)\s*/iu, kinds: ['URBAN_SETTLEMENT'] },
  { pattern: /^(г\.|город|gorod)\s*/iu, kinds: CITY },
  { pattern: /^(с\.|село)\s*/iu, kinds: ['VILLAGE'] },
];

/** A name without its kind word, and the kinds that word names (none when there was none). */
export function splitKindWords(name: string): { bare: string; kinds: AdminUnitKind[] } {
  let bare = name.trim();
  const kinds = new Set<AdminUnitKind>();
  for (const { pattern, kinds: named } of KIND_WORDS) {
    const stripped = bare.replace(pattern, '').trim();
    if (stripped !== bare && stripped !== '') {
      bare = stripped;
      named.forEach((k) => kinds.add(k));
    }
  }
  return { bare, kinds: [...kinds] };
}

/** "Кочкор району" -> "Кочкор", "г. Кант" -> "Кант", "Ak-Suu District" -> "Ak-Suu". */
export function stripKindWords(name: string): string {
  return splitKindWords(name).bare;
}
