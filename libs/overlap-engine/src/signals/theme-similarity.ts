import type { ThemeLevel } from '../types/overlap-result.type';
import type { PreparedTheme } from '../types/prepared-profile.type';

export interface ThemeSimilarity {
  value: number;
  level: ThemeLevel;
}

/** Similarity of two themes through the taxonomy. */
export const THEME_RELATION = { same: 1, parent: 0.6, sibling: 0.4, grandparent: 0.4, cousin: 0.25 } as const;
export const THEME_BOUNDS = { same: 0.75, close: 0.45 } as const;

/**
 * Soft Dice over the two theme sets: every theme of each side takes its best match on the other
 * side, and the sum is divided by the number of themes on both sides. Identical sets give 1; a
 * parent against its child 0.6; unrelated themes 0.
 */
export function themeSimilarity(a: readonly PreparedTheme[], b: readonly PreparedTheme[]): ThemeSimilarity {
  if (a.length === 0 || b.length === 0) return { value: 0, level: 'MISSING' };
  let total = 0;
  for (const x of a) total += bestMatch(x, b);
  for (const y of b) total += bestMatch(y, a);
  const value = total / (a.length + b.length);
  return { value, level: themeLevel(value) };
}

export function relateThemes(x: PreparedTheme, y: PreparedTheme): number {
  if (x.code === y.code) return THEME_RELATION.same;
  const up = y.lineage.indexOf(x.code);
  const down = x.lineage.indexOf(y.code);
  const distance = up > 0 ? up : down > 0 ? down : -1;
  if (distance === 1) return THEME_RELATION.parent;
  if (distance > 1) return THEME_RELATION.grandparent;
  if (x.lineage[1] !== undefined && x.lineage[1] === y.lineage[1]) return THEME_RELATION.sibling;
  for (const ancestor of x.lineage.slice(1)) if (y.lineage.includes(ancestor)) return THEME_RELATION.cousin;
  return 0;
}

function bestMatch(theme: PreparedTheme, others: readonly PreparedTheme[]): number {
  let best = 0;
  for (const other of others) best = Math.max(best, relateThemes(theme, other));
  return best;
}

function themeLevel(value: number): ThemeLevel {
  if (value >= THEME_BOUNDS.same) return 'SAME';
  if (value >= THEME_BOUNDS.close) return 'CLOSE';
  return value > 0 ? 'RELATED' : 'UNRELATED';
}
