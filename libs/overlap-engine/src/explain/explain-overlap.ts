import type { MeasuredSignals } from '../measure-signals';
import type { OverlapComponents, OverlapKind, PairRelation } from '../types/overlap-result.type';
import type { PreparedProfile } from '../types/prepared-profile.type';
import { describeEachWork, describeGroups, describePlace, describeUnits, describeWork, describeYears, percent } from './describe-parts';

export interface ExplanationInput {
  a: PreparedProfile;
  b: PreparedProfile;
  signals: MeasuredSignals;
  components: OverlapComponents;
  kind: OverlapKind;
  relation: PairRelation;
}

/**
 * One line a person reads: for a raised pair what the two share ("Both fund dairy goats for
 * low-income households in Kara-Suu ayil aimak, Naryn Region, 2025–2026; titles 87% similar"),
 * for any other pair the strongest reason against.
 */
export function explainOverlap(input: ExplanationInput): string {
  if (input.relation !== 'INDEPENDENT') return explainRelated(input);
  if (input.kind !== 'NONE') return describeOverlap(input);
  return explainNone(input);
}

function describeOverlap({ a, b, signals }: ExplanationInput): string {
  const { period } = signals;
  const work = describeWork(a, b, signals);
  const verb = signals.interventions.shared.length > 0 ? 'Both fund' : 'Both work on';
  const when = period.common ? `, ${describeYears(period.common)}` : '';
  return `${verb} ${work}${describeGroups(a, signals)} in ${describePlace(signals)}${when}${describeText(signals)}`;
}

function describeText({ text }: MeasuredSignals): string {
  if (text.titles >= 0.3) return `; titles ${percent(text.titles)} similar${text.titlesAcrossLanguages ? ' across languages' : ''}`;
  if (text.value >= 0.35) return `; descriptions ${percent(text.value)} similar`;
  return '';
}

function explainRelated({ a, b, signals, relation }: ExplanationInput): string {
  const why = relation === 'SAME_OWNER' ? 'same owner' : 'co-financed or on one funding chain';
  const similar = signals.geography.shared.length > 0 && signals.interventions.shared.length > 0;
  const what = similar ? `; both fund ${describeWork(a, b, signals)} in ${describePlace(signals)}` : '';
  return `Not raised: ${why}${what}${describeText(signals)}`;
}

function explainNone(input: ExplanationInput): string {
  const { a, b, signals, components } = input;
  const { geography, period } = signals;
  const reasons: [number, string][] = [
    [components.geography.weight, geography.shared.length === 0
      ? `no common area (${describeUnits(a.units)} / ${describeUnits(b.units)})`
      : `little common area (${describePlace(signals)})`],
    [components.period.weight, period.common
      ? `little common time (${describeYears(period.common)})`
      : `periods do not meet (${describeYears(a.period)} / ${describeYears(b.period)})`],
    [Math.min(components.interventions.weight, components.themes.weight), `different work (${describeEachWork(a, b)})`],
  ];
  reasons.sort((x, y) => x[0] - y[0]);
  const [weight, reason] = reasons[0];
  const main = weight < 0 ? reason : 'weak evidence overall';
  return `Not raised: ${main}${describeCommon(input)}`;
}

/** What they do share, so that a reviewer sees what a near miss was made of. */
function describeCommon({ a, b, signals }: ExplanationInput): string {
  const parts: string[] = [];
  if (signals.interventions.shared.length > 0) parts.push(`both fund ${describeWork(a, b, signals)}`);
  if (signals.geography.shared.length > 0 && signals.geography.level !== 'BROAD') parts.push(`in ${describePlace(signals)}`);
  const text = describeText(signals).replace(/^; /, '');
  if (text) parts.push(text);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}
