import { MULTILINGUAL_TERMS } from './multilingual-terms';
import { normaliseText } from './normalise-text';

/** Concepts found in a text with their weights; numbers of two or more digits count as concepts too. */
export type ConceptBag = ReadonlyMap<string, number>;

interface Form {
  concept: string;
  weight: number;
  /** Normalised words; a word with `prefix` matches any word starting with it. */
  words: readonly { text: string; prefix: boolean }[];
}

const MIN_PREFIX = 3;
const YEAR_WEIGHT = 0.4;
const NUMBER_WEIGHT = 0.7;

const formsByFirstWord = buildIndex();
const longestPrefix = Math.max(...[...formsByFirstWord.keys()].map((key) => key.length));

export function extractConcepts(words: readonly string[]): ConceptBag {
  const bag = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (/^[0-9]{2,}$/.test(word)) {
      bag.set(`#${word}`, /^(19|20)[0-9]{2}$/.test(word) ? YEAR_WEIGHT : NUMBER_WEIGHT);
      continue;
    }
    for (const form of candidates(word)) {
      if (matchesAt(form, words, i)) bag.set(form.concept, form.weight);
    }
  }
  return bag;
}

/** Weighted cosine of two concept bags (presence, not frequency). */
export function compareConcepts(a: ConceptBag, b: ConceptBag): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const [concept, weight] of a) if (b.has(concept)) shared += weight * weight;
  return shared / Math.sqrt(sumOfSquares(a) * sumOfSquares(b));
}

function sumOfSquares(bag: ConceptBag): number {
  let sum = 0;
  for (const weight of bag.values()) sum += weight * weight;
  return sum;
}

function* candidates(word: string): Iterable<Form> {
  const exact = formsByFirstWord.get(`=${word}`);
  if (exact) yield* exact;
  for (let length = Math.min(word.length, longestPrefix); length >= MIN_PREFIX; length--) {
    const byPrefix = formsByFirstWord.get(word.slice(0, length));
    if (byPrefix) yield* byPrefix;
  }
}

function matchesAt(form: Form, words: readonly string[], start: number): boolean {
  for (let k = 1; k < form.words.length; k++) {
    const word = words[start + k];
    const expected = form.words[k];
    if (word === undefined) return false;
    if (expected.prefix ? !word.startsWith(expected.text) : word !== expected.text) return false;
  }
  return true;
}

/** Key: `=word` for a first word matched exactly, the bare stem for one matched as a prefix. */
function buildIndex(): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  for (const term of MULTILINGUAL_TERMS) {
    for (const written of term.forms) {
      const words = written.split(/\s+/).map((part) => {
        const text = normaliseText(part.replace(/\*$/, '')).replace(/ /g, '');
        return { text, prefix: part.endsWith('*') && text.length >= MIN_PREFIX };
      });
      if (words.some((w) => w.text === '')) continue;
      const key = words[0].prefix ? words[0].text : `=${words[0].text}`;
      const list = index.get(key) ?? [];
      list.push({ concept: term.concept, weight: term.weight, words });
      index.set(key, list);
    }
  }
  return index;
}
