import { buildTrigrams } from './text/build-trigrams';
import { extractConcepts } from './text/extract-concepts';
import { tokenise } from './text/normalise-text';
import { STOP_WORDS } from './text/stop-words';
import type { PreparedText } from './types/prepared-profile.type';
import type { LocalisedText } from './types/project-profile.type';

const LANGUAGES = ['ky', 'ru', 'en'] as const;

/** Trigram sets per language field and the concepts of all fields together. */
export function prepareText(titles: LocalisedText, descriptions: LocalisedText): PreparedText {
  const documents: Uint16Array[] = [];
  const titleSets: Uint16Array[] = [];
  const languages: (typeof LANGUAGES)[number][] = [];
  const allWords: string[] = [];
  const titleWords: string[] = [];
  for (const language of LANGUAGES) {
    const title = tokenise(titles[language] ?? '');
    const description = tokenise(descriptions[language] ?? '');
    if (title.length + description.length === 0) continue;
    languages.push(language);
    documents.push(buildTrigrams(withoutStopWords([...title, ...description])));
    if (title.length > 0) titleSets.push(buildTrigrams(withoutStopWords(title)));
    // A sentence break between fields so that a phrase never spans two of them.
    allWords.push(...title, '.', ...description, '.');
    titleWords.push(...title, '.');
  }
  return {
    documents,
    titles: titleSets,
    languages,
    concepts: extractConcepts(allWords),
    titleConcepts: extractConcepts(titleWords),
  };
}

function withoutStopWords(words: readonly string[]): string[] {
  return words.filter((word) => !STOP_WORDS.has(word));
}
