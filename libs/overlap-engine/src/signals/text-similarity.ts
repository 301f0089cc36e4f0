import { compareConcepts } from '../text/extract-concepts';
import { cosineOfSets } from '../text/cosine-of-sets';
import type { TextLevel } from '../types/overlap-result.type';
import type { PreparedText } from '../types/prepared-profile.type';

export interface TextSimilarity {
  value: number;
  level: TextLevel;
  /** Similarity of the titles alone. */
  titles: number;
  /** True when the titles' similarity came from shared meaning across languages rather than shared letters. */
  titlesAcrossLanguages: boolean;
}

export const TEXT_BOUNDS = { veryHigh: 0.8, high: 0.6, medium: 0.4, low: 0.2 } as const;

/**
 * The better of two measures: letters (cosine of character-trigram sets of the transliterated
 * texts, best pair of language fields, which catches a copy or a close paraphrase in any script)
 * and meaning (weighted cosine of the multilingual concepts and numbers found in all fields, which
 * catches a translation).
 */
export function textSimilarity(a: PreparedText, b: PreparedText): TextSimilarity {
  if (a.documents.length === 0 || b.documents.length === 0) {
    return { value: 0, level: 'MISSING', titles: 0, titlesAcrossLanguages: false };
  }
  const value = Math.max(bestCosine(a.documents, b.documents), compareConcepts(a.concepts, b.concepts));
  const titleLetters = bestCosine(a.titles, b.titles);
  const titleMeaning = compareConcepts(a.titleConcepts, b.titleConcepts);
  return {
    value,
    level: textLevel(value),
    titles: Math.max(titleLetters, titleMeaning),
    titlesAcrossLanguages: titleMeaning > titleLetters && !a.languages.some((language) => b.languages.includes(language)),
  };
}

function bestCosine(a: readonly Uint16Array[], b: readonly Uint16Array[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, cosineOfSets(x, y));
  return best;
}

function textLevel(value: number): TextLevel {
  if (value >= TEXT_BOUNDS.veryHigh) return 'VERY_HIGH';
  if (value >= TEXT_BOUNDS.high) return 'HIGH';
  if (value >= TEXT_BOUNDS.medium) return 'MEDIUM';
  return value >= TEXT_BOUNDS.low ? 'LOW' : 'NONE';
}
