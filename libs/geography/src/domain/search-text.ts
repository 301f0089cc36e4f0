import { AdminUnitKind } from './reference-codes';
import { searchKey } from './search-key';
import { splitKindWords, stripKindWords } from './strip-kind-words';

/** Names a unit is found by: its names in three languages and its alternative names. */
export interface SearchableNames {
  ky: string;
  ru: string;
  en: string;
  alt: readonly string[];
}

/**
 * The distinct search keys of a unit: each name without its kind word ("Кочкор району" ->
 * "kochkor"). Kind words are left out of the index on purpose: they occur in thousands of names,
 * and every trigram they add lengthens the index's posting lists; a kind word in a query is used
 * to rank instead (searchQueryOf).
 */
export function searchKeysOf(names: SearchableNames): string[] {
  const keys = new Set<string>();
  for (const name of [names.ky, names.ru, names.en, ...names.alt]) {
    const key = searchKey(stripKindWords(name));
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * The indexed text: keys between bars, `| kochkor | kochkorski | kochkorka |`. The bars let one
 * LIKE pattern tell an exact key ("| q |"), the start of a key ("| q") and the start of any word
 * ("% q") apart, all served by the same trigram index.
 */
export function searchTextOf(names: SearchableNames): string {
  return `| ${searchKeysOf(names).join(' | ')} |`;
}

export interface SearchQuery {
  /** The folded query without its kind word; empty when the text has no letter or digit. */
  key: string;
  /** Kinds named by a kind word in the query ("Naryn city"), preferred in the ranking. */
  kinds: AdminUnitKind[];
}

/** What a search text asks for, in the terms of the index. */
export function searchQueryOf(text: string): SearchQuery {
  const { bare, kinds } = splitKindWords(text);
  return { key: searchKey(bare), kinds };
}
