import { FieldProblem } from '@yntymak/errors';
import { I18nText } from '../domain/issue-record';

/** Trimmed text in the languages given; blank ones are left out. */
export function cleanText(input: { ky?: string; ru?: string; en?: string } | undefined | null): I18nText {
  const out: I18nText = {};
  for (const lang of ['ky', 'ru', 'en'] as const) {
    const value = input?.[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

export function requireSomeLanguage(text: I18nText, field: string, problems: FieldProblem[]): void {
  if (Object.keys(text).length === 0) problems.push({ field, message: `${field} needs text in at least one of ky, ru, en.` });
}

/** What the routing rules read: the title and proposal in every language given. */
export function routingText(title: I18nText, proposal: I18nText): string {
  return [...Object.values(title), ...Object.values(proposal)].join('\n');
}
