import { ENGINE_VERSION } from './engine-version';
import { humaniseCode } from './humanise-code';
import { prepareCoverage } from './prepare-coverage';
import { prepareText } from './prepare-text';
import { parseDay } from './signals/period-overlap';
import type { EngineContext } from './types/engine-context.type';
import type { PreparedProfile } from './types/prepared-profile.type';
import type { ProjectProfile } from './types/project-profile.type';

/**
 * Everything about one project that does not depend on the other side of a pair, computed once:
 * disjoint coverage with sizes, theme lineages, intervention families, day numbers, trigram sets
 * and concepts. Scoring a new project against 7,000 candidates then prepares 7,001 profiles (or
 * reuses cached ones of the same engine version) and compares sets.
 */
export function prepareProfile(profile: ProjectProfile, context: EngineContext): PreparedProfile {
  const coverage = prepareCoverage(profile.coverage, context);
  if (coverage.units.length === 0) throw new Error(`overlap-engine: project ${profile.id} has no coverage`);
  const interventions = [...new Set(profile.interventions)].sort();
  const themes = [...new Set(profile.themes)].sort();
  const start = parseDay(profile.period.start);
  const end = profile.period.end === null ? Infinity : parseDay(profile.period.end) + 1;
  if (end <= start) throw new Error(`overlap-engine: project ${profile.id} ends before it starts`);
  return {
    engineVersion: ENGINE_VERSION,
    id: profile.id,
    ownerOrganisationId: profile.ownerOrganisationId,
    fundingChain: new Set([profile.ownerOrganisationId, ...(profile.funderOrganisationIds ?? []), ...(profile.fundingChainOrganisationIds ?? [])]),
    coFinancedProjectIds: new Set(profile.coFinancedProjectIds ?? []),
    ...coverage,
    themes: themes.map((code) => ({ code, lineage: context.themeAncestors.get(code) ?? [code] })),
    interventions,
    interventionFamilies: new Set(interventions.flatMap((code) => context.interventionFamilies.get(code) ?? [])),
    targetGroups: new Map(profile.targetGroups.map((group) => [group.code, group.count ?? null])),
    period: { start, end },
    text: prepareText(profile.titles, profile.descriptions),
    names: {
      themes: namesOf(themes, context.themeNames),
      interventions: namesOf(interventions, context.interventionNames),
      targetGroups: namesOf(profile.targetGroups.map((group) => group.code), context.targetGroupNames),
    },
  };
}

function namesOf(codes: readonly string[], names: ReadonlyMap<string, string>): Map<string, string> {
  return new Map(codes.map((code) => [code, names.get(code) ?? humaniseCode(code)]));
}
