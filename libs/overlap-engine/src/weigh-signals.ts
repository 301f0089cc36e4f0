import {
  DUPLICATE_PRIOR_LOG2_ODDS,
  GEOGRAPHY_LEVELS,
  INTERVENTION_LEVELS,
  PERIOD_LEVELS,
  PRIOR_LOG2_ODDS,
  TARGET_GROUP_LEVELS,
  TEXT_LEVELS,
  THEME_LEVELS,
  weightsOf,
  type LevelWeights,
} from './model/match-weights';
import type { MeasuredSignals } from './measure-signals';
import type { OverlapComponents, SignalComponent } from './types/overlap-result.type';

export interface WeighedSignals {
  components: OverlapComponents;
  totalWeight: number;
  duplicateWeight: number;
}

const GEOGRAPHY = weightsOf(GEOGRAPHY_LEVELS);
const THEMES = weightsOf(THEME_LEVELS);
const PERIOD = weightsOf(PERIOD_LEVELS);
const INTERVENTIONS = weightsOf(INTERVENTION_LEVELS);
const TARGET_GROUPS = weightsOf(TARGET_GROUP_LEVELS);
const TEXT = weightsOf(TEXT_LEVELS);
const IMPLIED: LevelWeights = { weight: 0, duplicateWeight: 0 };

/** Each signal's level turned into its two weights; values rounded so that stored results compare exactly. */
export function weighSignals(signals: MeasuredSignals): WeighedSignals {
  const { geography, themes, period, interventions, targetGroups, text } = signals;
  // Shared interventions already imply their themes: the themes are shown but not counted twice.
  const themeWeights = interventions.shared.length > 0 ? IMPLIED : THEMES[themes.level];
  const geographyWeights = GEOGRAPHY[geography.level];
  const textWeights = TEXT[text.level];
  const components: OverlapComponents = {
    geography: {
      value: round(Math.sqrt(geography.shares[0] * geography.shares[1])),
      level: geography.level,
      weight: geographyWeights.weight,
      duplicateWeight: geographyWeights.duplicateWeight,
      shares: [round(geography.shares[0]), round(geography.shares[1])],
    },
    themes: component(themes.value, themes.level, themeWeights),
    period: component(period.value, period.level, PERIOD[period.level]),
    interventions: component(interventions.value, interventions.level, INTERVENTIONS[interventions.level]),
    targetGroups: component(targetGroups.value, targetGroups.level, TARGET_GROUPS[targetGroups.level]),
    text: { value: round(text.value), level: text.level, weight: textWeights.weight, duplicateWeight: textWeights.duplicateWeight, titles: round(text.titles) },
  };
  const { geography: g, themes: t, period: p, interventions: i, targetGroups: tg, text: x } = components;
  return {
    components,
    totalWeight: round(PRIOR_LOG2_ODDS + g.weight + t.weight + p.weight + i.weight + tg.weight + x.weight),
    duplicateWeight: round(DUPLICATE_PRIOR_LOG2_ODDS + g.duplicateWeight + t.duplicateWeight + p.duplicateWeight + i.duplicateWeight + tg.duplicateWeight + x.duplicateWeight),
  };
}

function component<L extends string>(value: number, level: L, weights: LevelWeights): SignalComponent<L> {
  return { value: round(value), level, weight: weights.weight, duplicateWeight: weights.duplicateWeight };
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
