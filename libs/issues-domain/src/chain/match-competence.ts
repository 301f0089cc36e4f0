import { BodyRef } from '../model/government-body';

export interface CompetenceMatch {
  /** 1: the body decides the intervention itself; 2: it covers a theme of the issue or a parent theme. */
  tier: 1 | 2;
  reason: string;
}

/**
 * How a body's competences meet the issue. The intervention is the stronger signal: where some body
 * of a level lists the intervention, the theme matches of that level are not needed.
 * `themeSources` maps each theme to consider (the and their ancestors) to the issue theme
 * it came from, or to itself.
 */
export function matchCompetence(body: BodyRef, interventionCode: string | null | undefined, themeSources: ReadonlyMap<string, string>): CompetenceMatch | null {
  if (interventionCode && body.competences.includes(interventionCode)) {
    return { tier: 1, reason: `decides ${interventionCode} (its competences list the intervention)` };
  }
  for (const [theme, source] of themeSources) {
    if (!body.competences.includes(theme)) continue;
    return { tier: 2, reason: theme === source ? `competent for ${theme}` : `competent for ${theme} (parent theme of ${source})` };
  }
  return null;
}
