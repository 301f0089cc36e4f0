import { PreparedText } from './prepare-text';

export interface TextSimilarity {
  /** 0..1, the weighted mean of the two measures below. */
  similarity: number;
  /** Dice of the term sets, field concepts counting double: carries across languages. */
  terms: number;
  /** Dice of the trigram sets: paraphrases and spelling variants in one language or script. */
  trigrams: number;
  /** Field concepts both texts use, e.g. GOAT, BREED. */
  sharedConcepts: string[];
}

/** Concepts are what a translation keeps; other stems only match within one language. */
const CONCEPT_WEIGHT = 2;
const TERM_SHARE = 0.7;

export function compareTexts(a: PreparedText, b: PreparedText): TextSimilarity {
  const terms = weightedDice(a.terms, b.terms);
  const trigrams = dice(a.trigrams, b.trigrams);
  const sharedConcepts = [...a.terms].filter((term) => term.startsWith('@') && b.terms.has(term)).map((term) => term.slice(1)).sort();
  return { similarity: round(TERM_SHARE * terms + (1 - TERM_SHARE) * trigrams), terms: round(terms), trigrams: round(trigrams), sharedConcepts };
}

function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const weight = (term: string) => (term.startsWith('@') ? CONCEPT_WEIGHT : 1);
  let shared = 0;
  let total = 0;
  for (const term of a) {
    total += weight(term);
    if (b.has(term)) shared += 2 * weight(term);
  }
  for (const term of b) total += weight(term);
  return total === 0 ? 0 : shared / total;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
