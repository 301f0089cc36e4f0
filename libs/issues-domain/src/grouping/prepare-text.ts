import { CompiledPhrase, compilePhrases, matchesAt } from '../text/compile-phrases';
import { normaliseText, tokenise } from '../text/normalise-text';
import { FIELD_SYNONYMS } from './field-synonyms';
import { STOP_WORDS_WRITTEN } from './stop-words';

/** A proposal ready for comparison: its terms (concepts and word stems) and character trigrams. */
export interface PreparedText {
  /** `@GOAT` for a field concept, a stem of at most STEM_LENGTH letters for another word. */
  terms: ReadonlySet<string>;
  trigrams: ReadonlySet<string>;
}

/** Crude stemming for inflecting languages: "породы" and "породасы" share "porod". */
const STEM_LENGTH = 6;
const MIN_WORD = 3;

let lexicon: { concepts: { concept: string; phrase: CompiledPhrase }[]; stop: ReadonlySet<string> } | null = null;

export function prepareText(text: string): PreparedText {
  lexicon ??= {
    // Longer phrases first, so that "social passport" wins over a one-word form.
    concepts: FIELD_SYNONYMS.flatMap(({ concept, forms }) => compilePhrases(forms).map((phrase) => ({ concept, phrase }))).sort((a, b) => b.phrase.words.length - a.phrase.words.length),
    stop: new Set(STOP_WORDS_WRITTEN.flatMap((line) => normaliseText(line).split(' '))),
  };
  const words = tokenise(text);
  const terms = new Set<string>();
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = lexicon.concepts.find(({ phrase }) => matchesAt(phrase, words, i));
    if (hit) {
      terms.add(`@${hit.concept}`);
      kept.push(...words.slice(i, i + hit.phrase.words.length));
      i += hit.phrase.words.length - 1;
      continue;
    }
    const word = words[i];
    if (lexicon.stop.has(word) || word.length < MIN_WORD || /^\d+$/.test(word)) continue;
    terms.add(word.slice(0, STEM_LENGTH));
    kept.push(word);
  }
  return { terms, trigrams: buildTrigrams(kept) };
}

/** Character trigrams of each word padded with spaces, so that short words count too. */
function buildTrigrams(words: readonly string[]): Set<string> {
  const trigrams = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return trigrams;
}
