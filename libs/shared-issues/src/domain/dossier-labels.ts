import { Dossier } from './dossier';
import { formatNumber } from './format-number';

/** Words shared by the Markdown and HTML renderings, so that both say the same thing. */
export const INDICATOR_LABELS: Record<string, string> = {
  ALTITUDE: 'Altitude',
  POPULATION: 'Population',
  HOUSEHOLDS: 'Households',
  VULNERABLE_HOUSEHOLDS: 'Vulnerable households',
  AREA_HA: 'Area',
  INCOME_SOM: 'Income',
  POVERTY_RATE: 'Poverty rate',
  LIVESTOCK_HEAD_COUNT: 'Livestock',
  DISTANCE_KM: 'Distance',
};

export function indicatorLabel(code: string): string {
  return INDICATOR_LABELS[code] ?? code;
}

export function summaryLines(d: Dossier): [string, string][] {
  return [
    ['Decision level', d.decisionLevel],
    ['Villages', formatNumber(d.summary.villages)],
    ['Total population', formatNumber(d.summary.totalPopulation)],
    ['Vulnerable households', formatNumber(d.summary.vulnerableHouseholds)],
    ['Organisations', formatNumber(d.summary.organisations)],
    ['Projects', formatNumber(d.summary.projects)],
    ['Issues', formatNumber(d.summary.issues)],
    ['Themes', d.themes.join(', ') || '—'],
    ['Interventions', d.interventions.join(', ') || '—'],
  ];
}

export function indicatorValue(i: Dossier['indicators'][number]): string {
  const value = i.aggregation === 'SUM' ? formatNumber(i.total ?? 0) : i.min === i.max ? formatNumber(i.min ?? 0) : `${formatNumber(i.min ?? 0)}–${formatNumber(i.max ?? 0)}`;
  return `${value} ${i.unit}`;
}

export function triggerSentence(d: Dossier): string {
  switch (d.trigger) {
    case 'THRESHOLD':
      return `Sent to the coordinating body automatically: ${d.threshold.reasons.join('; ')}.`;
    case 'ON_DEMAND':
      return 'Sent to the coordinating body on the coordinator\'s request.';
    case null:
      return `Draft: not yet sent to the coordinating body (${d.threshold.reasons.join('; ')}).`;
  }
}

export function factLine(f: Dossier['issues'][number]['evidence'][number]): string {
  return `${indicatorLabel(f.indicator)}: ${formatNumber(f.value)} ${f.unit} (${f.source}, ${f.date})`;
}
