import { geographyOverlap, type GeographyOverlap } from './signals/geography-overlap';
import { interventionOverlap, type InterventionOverlap } from './signals/intervention-overlap';
import { periodOverlap, type PeriodOverlap } from './signals/period-overlap';
import { targetGroupOverlap, type TargetGroupOverlap } from './signals/target-group-overlap';
import { textSimilarity, type TextSimilarity } from './signals/text-similarity';
import { themeSimilarity, type ThemeSimilarity } from './signals/theme-similarity';
import type { PreparedProfile } from './types/prepared-profile.type';

export interface MeasuredSignals {
  geography: GeographyOverlap;
  themes: ThemeSimilarity;
  period: PeriodOverlap;
  interventions: InterventionOverlap;
  targetGroups: TargetGroupOverlap;
  text: TextSimilarity;
}

export function measureSignals(a: PreparedProfile, b: PreparedProfile): MeasuredSignals {
  return {
    geography: geographyOverlap(a, b),
    themes: themeSimilarity(a.themes, b.themes),
    period: periodOverlap(a.period, b.period),
    interventions: interventionOverlap(a.interventions, b.interventions, a.interventionFamilies, b.interventionFamilies),
    targetGroups: targetGroupOverlap(a.targetGroups, b.targetGroups),
    text: textSimilarity(a.text, b.text),
  };
}
