import { DEFAULT_INTERVENTION_FAMILIES } from './model/default-intervention-families';
import type { EngineContext, EngineContextInput } from './types/engine-context.type';

/** Builds the lookups once; a theme whose parents loop is cut where the loop closes. */
export function createEngineContext(input: EngineContextInput): EngineContext {
  const themeAncestors = new Map<string, readonly string[]>();
  for (const code of Object.keys(input.themeParents)) themeAncestors.set(code, lineageOf(code, input.themeParents));
  return {
    themeAncestors,
    interventionFamilies: new Map(Object.entries(input.interventionFamilies ?? DEFAULT_INTERVENTION_FAMILIES)),
    unitNames: new Map(Object.entries(input.names?.units ?? {})),
    themeNames: new Map(Object.entries(input.names?.themes ?? {})),
    interventionNames: new Map(Object.entries(input.names?.interventions ?? {})),
    targetGroupNames: new Map(Object.entries(input.names?.targetGroups ?? {})),
  };
}

function lineageOf(code: string, parents: EngineContextInput['themeParents']): string[] {
  const lineage = [code];
  for (let parent = parents[code]; parent && !lineage.includes(parent); parent = parents[parent]) lineage.push(parent);
  return lineage;
}
