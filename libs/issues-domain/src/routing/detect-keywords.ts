import { CompiledPhrase, compilePhrases, findPhrases } from '../text/compile-phrases';
import { tokenise } from '../text/normalise-text';
import { KEYWORD_GROUPS, KeywordGroupId } from './keyword-groups';

let compiled: ReadonlyMap<KeywordGroupId, CompiledPhrase[]> | null = null;

/** The keyword groups found in a text, each with the phrases (as written in the table) that matched. */
export function detectKeywords(text: string): Map<KeywordGroupId, string[]> {
  // Compiled on first use rather than at import, so that importing the library costs nothing.
  compiled ??= new Map((Object.keys(KEYWORD_GROUPS) as KeywordGroupId[]).map((id) => [id, compilePhrases(KEYWORD_GROUPS[id])]));
  const words = tokenise(text);
  const found = new Map<KeywordGroupId, string[]>();
  for (const [id, phrases] of compiled) {
    const hits = findPhrases(phrases, words);
    if (hits.length > 0) found.set(id, hits.map((hit) => hit.written.replace(/\*/g, '…')));
  }
  return found;
}
