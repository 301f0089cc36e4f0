import { ThemeRef } from '../model/catalogue';

/**
 * The themes followed by their ancestors, each mapped to the issue theme it widens, in a
 * stable order: own themes first (as given), then parents nearest first.
 */
export function collectThemeSources(themeCodes: readonly string[], themes: readonly ThemeRef[] = []): Map<string, string> {
  const parentOf = new Map(themes.map((theme) => [theme.code, theme.parentCode]));
  const sources = new Map<string, string>();
  for (const code of themeCodes) sources.set(code, code);
  for (const code of themeCodes) {
    let parent = parentOf.get(code) ?? null;
    // The guard bounds a cyclic taxonomy, which the reference data never has.
    for (let depth = 0; parent && depth < 10; depth++) {
      if (!sources.has(parent)) sources.set(parent, code);
      parent = parentOf.get(parent) ?? null;
    }
  }
  return sources;
}
