import {
  duplicateWeight,
  DUPLICATE_PRIOR_LOG2_ODDS,
  GEOGRAPHY_LEVELS,
  INTERVENTION_LEVELS,
  matchWeight,
  PERIOD_LEVELS,
  PRIOR_LOG2_ODDS,
  TARGET_GROUP_LEVELS,
  TEXT_LEVELS,
  THEME_LEVELS,
  type LevelProbabilities,
} from './model/match-weights';
import type { MeasuredSignals } from './measure-signals';
import type { OverlapComponents } from './types/overlap-result.type';

export interface WeighedSignals {
  components: OverlapComponents;
  totalWeight: number;
  duplicateWeight: number;
}

/** Each signal's level turned into its two weights; values rounded so that stored results compare exactly. */
export function weighSignals(signals: MeasuredSignals): WeighedSignals {
  const { geography, themes, period, interventions, targetGroups, text } = signals;
  const themesImplied = interventions.shared.length > 0;
  const components: OverlapComponents = {
    geography: {
      ...component(Math.sqrt(geography.shares[0] * geography.shares[1]), geography.level, GEOGRAPHY_LEVELS),
      shares: [round(geography.shares[0]), round(geography.shares[1])],
    },
    themes: themesImplied ? { value: round(themes.value), level: themes.level, weight: 0, duplicateWeight: 0 } : component(themes.value, themes.level, THEME_LEVELS),
    period: component(period.value, period.level, PERIOD_LEVELS),
    interventions: component(interventions.value, interventions.level, INTERVENTION_LEVELS),
    targetGroups: component(targetGroups.value, targetGroups.level, TARGET_GROUP_LEVELS),
    text: { ...component(text.value, text.level, TEXT_LEVELS), titles: round(text.titles) },
  };
  const parts = Object.values(components);
  return {
    components,
    totalWeight: round(PRIOR_LOG2_ODDS + parts.reduce((sum, part) => sum + part.weight, 0)),
    duplicateWeight: round(DUPLICATE_PRIOR_LOG2_ODDS + parts.reduce((sum, part) => sum + part.duplicateWeight, 0)),
  };
}

function component<L extends string>(value: number, level: L, table: Readonly<Record<L, LevelProbabilities>>) {
  return { value: round(value), level, weight: round(matchWeight(table[level])), duplicateWeight: round(duplicateWeight(table[level])) };
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
