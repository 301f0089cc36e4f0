import { EVIDENCE_INDICATORS, findIndicator, IndicatorAggregation } from '../evidence/evidence-indicators';
import { Fact } from '../evidence/fact';
import { parseFactDate } from '../evidence/parse-fact-date';

/** What aggregation needs of an issue of a shared issue. */
export interface EvidenceIssue {
  id: string;
  organisationId: string;
  unitId: string;
  projectId?: string | null;
  evidence: readonly Fact[];
}

export interface IndicatorSummary {
  indicator: string;
  unit: string;
  aggregation: IndicatorAggregation;
  /** SUM indicators: the sum over the units that report one. */
  total: number | null;
  /** RANGE indicators: lowest and highest value over the units. */
  min: number | null;
  max: number | null;
  unitsReporting: number;
}

export interface EvidenceConflict {
  unitId: string;
  indicator: string;
  /** Every value reported for the unit; `used` is the one counted. */
  values: { issueId: string; value: number; date: string }[];
  used: number;
}

export interface AggregatedEvidence {
  issues: number;
  /** Distinct units the issues are about (villages, usually). */
  villages: number;
  unitIds: string[];
  organisations: number;
  organisationIds: string[];
  projects: number;
  projectIds: string[];
  totalPopulation: number;
  vulnerableHouseholds: number;
  indicators: IndicatorSummary[];
  /** Units for which issues report different values of one indicator. */
  conflicts: EvidenceConflict[];
  /** Facts left out: unknown indicator, wrong unit, not a number, no valid date. */
  ignoredFacts: { issueId: string; index: number; reason: string }[];
}

interface Reported {
  issueId: string;
  value: number;
  date: string;
  start: string;
}

/**
 * The evidence of a shared issue: villages, people and households concerned, organisations and
 * projects. A unit counts once per indicator, however many issues report it: the most recent
 * figure is used (ties: the first issue by id), and differing figures are listed as conflicts.
 * Totals are of the units given: a village and its own ayil aimak would both count.
 */
export function aggregateEvidence(issues: readonly EvidenceIssue[]): AggregatedEvidence {
  const sorted = [...issues].sort((a, b) => compare(a.id, b.id));
  const perUnit = new Map<string, Map<string, Reported[]>>();
  const ignoredFacts: AggregatedEvidence['ignoredFacts'] = [];
  for (const issue of sorted) {
    issue.evidence.forEach((fact, index) => {
      const problem = unusable(fact);
      if (problem) {
        ignoredFacts.push({ issueId: issue.id, index, reason: problem });
        return;
      }
      const byIndicator = perUnit.get(issue.unitId) ?? new Map<string, Reported[]>();
      const list = byIndicator.get(fact.indicator) ?? [];
      list.push({ issueId: issue.id, value: fact.value, date: fact.date, start: parseFactDate(fact.date) ?? '' });
      byIndicator.set(fact.indicator, list);
      perUnit.set(issue.unitId, byIndicator);
    });
  }
  const { indicators, conflicts } = summarise(perUnit);
  const total = (code: string) => indicators.find((summary) => summary.indicator === code)?.total ?? 0;
  const unitIds = distinct(sorted.map((issue) => issue.unitId));
  const organisationIds = distinct(sorted.map((issue) => issue.organisationId));
  const projectIds = distinct(sorted.flatMap((issue) => (issue.projectId ? [issue.projectId] : [])));
  return {
    issues: sorted.length,
    villages: unitIds.length,
    unitIds,
    organisations: organisationIds.length,
    organisationIds,
    projects: projectIds.length,
    projectIds,
    totalPopulation: total('POPULATION'),
    vulnerableHouseholds: total('VULNERABLE_HOUSEHOLDS'),
    indicators,
    conflicts,
    ignoredFacts,
  };
}

function summarise(perUnit: Map<string, Map<string, Reported[]>>): { indicators: IndicatorSummary[]; conflicts: EvidenceConflict[] } {
  const indicators: IndicatorSummary[] = [];
  const conflicts: EvidenceConflict[] = [];
  for (const indicator of EVIDENCE_INDICATORS) {
    const used: number[] = [];
    for (const unitId of [...perUnit.keys()].sort(compare)) {
      const reports = perUnit.get(unitId)?.get(indicator.code);
      if (!reports) continue;
      // Most recent first; the stable sort keeps issue-id order among equal dates.
      const chosen = [...reports].sort((a, b) => compare(b.start, a.start))[0];
      used.push(chosen.value);
      if (new Set(reports.map((report) => report.value)).size > 1) {
        conflicts.push({ unitId, indicator: indicator.code, values: reports.map(({ issueId, value, date }) => ({ issueId, value, date })), used: chosen.value });
      }
    }
    if (used.length === 0) continue;
    const isSum = indicator.aggregation === 'SUM';
    indicators.push({
      indicator: indicator.code,
      unit: indicator.unit,
      aggregation: indicator.aggregation,
      total: isSum ? used.reduce((sum, value) => sum + value, 0) : null,
      min: isSum ? null : Math.min(...used),
      max: isSum ? null : Math.max(...used),
      unitsReporting: used.length,
    });
  }
  return { indicators, conflicts };
}

function unusable(fact: Fact): string | null {
  const indicator = findIndicator(fact.indicator);
  if (!indicator) return `unknown indicator ${String(fact.indicator)}`;
  if ((fact.unit ?? '').trim().toLowerCase() !== indicator.unit) return `${indicator.code} must be in ${indicator.unit}`;
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value)) return 'the value is not a number';
  if (!parseFactDate(fact.date)) return 'the date is not valid';
  return null;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
