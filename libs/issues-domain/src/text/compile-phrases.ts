import { tokenise } from './normalise-text';

/** A written phrase in normalised words; a word with `prefix` matches any word starting with it. */
export interface CompiledPhrase {
  written: string;
  words: readonly { text: string; prefix: boolean }[];
}

/** Below this length a starred stem would match too much ("су*"): it is matched as a whole word. */
const MIN_PREFIX = 3;

/**
 * Compiles phrases written in their own script ("закон*", "national level", "үй-бүлө*"): each is
 * normalised like the texts it is matched against; a trailing `*` on a word matches any ending,
 * since Kyrgyz and Russian inflect.
 */
export function compilePhrases(written: readonly string[]): CompiledPhrase[] {
  return written.map((phrase) => {
    const parts = phrase.trim().split(/\s+/);
    const words = parts.flatMap((part) => {
      const starred = part.endsWith('*');
      const tokens = tokenise(part.replace(/\*$/, ''));
      return tokens.map((text, i) => ({ text, prefix: starred && i === tokens.length - 1 && text.length >= MIN_PREFIX }));
    });
    return { written: phrase, words };
  }).filter((phrase) => phrase.words.length > 0);
}

/** Whether the phrase occurs in the words at `start`. */
export function matchesAt(phrase: CompiledPhrase, words: readonly string[], start: number): boolean {
  return phrase.words.every((expected, k) => {
    const word = words[start + k];
    if (word === undefined) return false;
    return expected.prefix ? word.startsWith(expected.text) : word === expected.text;
  });
}

/** The phrases that occur anywhere in the words, each once, in the order given. */
export function findPhrases(phrases: readonly CompiledPhrase[], words: readonly string[]): CompiledPhrase[] {
  return phrases.filter((phrase) => words.some((_, start) => matchesAt(phrase, words, start)));
}
