import { MULTILINGUAL_TERMS } from './multilingual-terms';
import { normaliseText } from './normalise-text';

/**
 * Concepts found in a text, as sorted numeric ids with their weights, so that two bags compare in
 * one merge. Ids are fixed: a term's index in MULTILINGUAL_TERMS, or NUMBER_BASE + the value for a
 * number of two or more digits (counts and years match across languages too).
 */
export interface ConceptBag {
  readonly ids: Float64Array;
  readonly weights: Float64Array;
  /** Sum of the squared weights. */
  readonly norm: number;
  /** Readable names of the concepts, in id order (for tests and debugging). */
  readonly labels: readonly string[];
}

interface Form {
  id: number;
  weight: number;
  /** Normalised words; a word with `prefix` matches any word starting with it. */
  words: readonly { text: string; prefix: boolean }[];
}

const MIN_PREFIX = 3;
const YEAR_WEIGHT = 0.4;
const NUMBER_WEIGHT = 0.7;
const NUMBER_BASE = 1_000_000;

const MAX_REMEMBERED_WORDS = 100_000;
const candidatesByWord = new Map<string, readonly Form[]>();
const formsByFirstWord = buildIndex();
const longestPrefix = Math.max(...[...formsByFirstWord.keys()].map((key) => key.length));

export function extractConcepts(words: readonly string[]): ConceptBag {
  const found = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (/^[0-9]{2,15}$/.test(word)) {
      found.set(NUMBER_BASE + Number(word), /^(19|20)[0-9]{2}$/.test(word) ? YEAR_WEIGHT : NUMBER_WEIGHT);
      continue;
    }
    for (const form of candidates(word)) {
      if (matchesAt(form, words, i)) found.set(form.id, form.weight);
    }
  }
  const ids = [...found.keys()].sort((x, y) => x - y);
  return restoreConceptBag(ids, ids.map((id) => found.get(id) ?? 0));
}

/** A bag from its sorted ids and their weights (as extractConcepts made them, or as stored). */
export function restoreConceptBag(ids: readonly number[], weights: readonly number[]): ConceptBag {
  return {
    ids: Float64Array.from(ids),
    weights: Float64Array.from(weights),
    norm: weights.reduce((sum, w) => sum + w * w, 0),
    labels: ids.map((id) => (id >= NUMBER_BASE ? `#${id - NUMBER_BASE}` : MULTILINGUAL_TERMS[id].concept)),
  };
}

/** Weighted cosine of two concept bags (presence, not frequency). */
export function compareConcepts(a: ConceptBag, b: ConceptBag): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      shared += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / Math.sqrt(a.norm * b.norm);
}

/** Forms whose first word matches `word`, remembered per word (the vocabulary of projects is small). */
function candidates(word: string): readonly Form[] {
  const known = candidatesByWord.get(word);
  if (known) return known;
  const found: Form[] = [...(formsByFirstWord.get(`=${word}`) ?? [])];
  for (let length = Math.min(word.length, longestPrefix); length >= MIN_PREFIX; length--) {
    found.push(...(formsByFirstWord.get(word.slice(0, length)) ?? []));
  }
  if (candidatesByWord.size >= MAX_REMEMBERED_WORDS) candidatesByWord.clear();
  candidatesByWord.set(word, found);
  return found;
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
  MULTILINGUAL_TERMS.forEach((term, id) => {
    for (const written of term.forms) {
      const words = written.split(/\s+/).map((part) => {
        const text = normaliseText(part.replace(/\*$/, '')).replace(/ /g, '');
        return { text, prefix: part.endsWith('*') && text.length >= MIN_PREFIX };
      });
      if (words.some((w) => w.text === '')) continue;
      const key = words[0].prefix ? words[0].text : `=${words[0].text}`;
      const list = index.get(key) ?? [];
      list.push({ id, weight: term.weight, words });
      index.set(key, list);
    }
  });
  return index;
}
