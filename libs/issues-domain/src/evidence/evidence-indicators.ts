/** How values of an indicator combine across villages in a shared issue. */
export type IndicatorAggregation = 'SUM' | 'RANGE';

export interface EvidenceIndicator {
  code: string;
  unit: string;
  label: string;
  min: number;
  max: number;
  integer: boolean;
  aggregation: IndicatorAggregation;
}

/**
 * The indicators an issue's evidence may use. Ranges reject typing errors, not unusual villages:
 * altitude up to the country's highest peak (7,439 m), counts up to a little above the country's
 * population (about 7.2 million) and area (about 20 million ha).
 */
export const EVIDENCE_INDICATORS: readonly EvidenceIndicator[] = [
  { code: 'ALTITUDE', unit: 'm', label: 'altitude', min: 0, max: 7_500, integer: false, aggregation: 'RANGE' },
  { code: 'POPULATION', unit: 'persons', label: 'population', min: 0, max: 8_000_000, integer: true, aggregation: 'SUM' },
  { code: 'HOUSEHOLDS', unit: 'households', label: 'households', min: 0, max: 2_500_000, integer: true, aggregation: 'SUM' },
  { code: 'VULNERABLE_HOUSEHOLDS', unit: 'households', label: 'vulnerable households', min: 0, max: 2_500_000, integer: true, aggregation: 'SUM' },
  { code: 'AREA_HA', unit: 'ha', label: 'area', min: 0, max: 20_000_000, integer: false, aggregation: 'SUM' },
  // Average monthly income; the source says per household or per person.
  { code: 'INCOME_SOM', unit: 'som', label: 'monthly income', min: 0, max: 10_000_000, integer: false, aggregation: 'RANGE' },
  { code: 'POVERTY_RATE', unit: 'percent', label: 'poverty rate', min: 0, max: 100, integer: false, aggregation: 'RANGE' },
  { code: 'LIVESTOCK_HEAD_COUNT', unit: 'head', label: 'livestock', min: 0, max: 50_000_000, integer: true, aggregation: 'SUM' },
  // Distance to the rayon centre or the nearest market, as the source says.
  { code: 'DISTANCE_KM', unit: 'km', label: 'distance', min: 0, max: 1_000, integer: false, aggregation: 'RANGE' },
];

export function findIndicator(code: string): EvidenceIndicator | undefined {
  return EVIDENCE_INDICATORS.find((indicator) => indicator.code === code);
}
