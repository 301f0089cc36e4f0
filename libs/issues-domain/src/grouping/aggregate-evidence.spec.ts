import { Fact } from '../evidence/fact';
import { aggregateEvidence, EvidenceIssue } from './aggregate-evidence';
import { checkEscalationThreshold } from './check-escalation-threshold';
import { BadInputError } from '@yntymak/errors';

const fact = (indicator: string, value: number, unit: string, date = '2025'): Fact => ({ indicator, value, unit, source: 'ayil okmotu social passports', date });

const issues: EvidenceIssue[] = [
  { id: 'i1', organisationId: 'helvetas', unitId: 'v1', projectId: 'p1', evidence: [fact('POPULATION', 3450, 'persons'), fact('VULNERABLE_HOUSEHOLDS', 212, 'households'), fact('ALTITUDE', 2100, 'm')] },
  { id: 'i2', organisationId: 'helvetas', unitId: 'v2', projectId: 'p1', evidence: [fact('POPULATION', 1200, 'persons'), fact('ALTITUDE', 2650, 'm')] },
  // A second issue about v1: its population counts once, the most recent figure.
  { id: 'i3', organisationId: 'mercy', unitId: 'v1', projectId: null, evidence: [fact('POPULATION', 3500, 'persons', '2025-06'), fact('VULNERABLE_HOUSEHOLDS', 212, 'households')] },
  { id: 'i4', organisationId: 'mercy', unitId: 'v3', evidence: [fact('POPULATION', 800, 'persons'), fact('POPULATION', 10, 'people'), fact('GOATS', 5, 'head')] },
];

describe('aggregateEvidence', () => {
  const result = aggregateEvidence(issues);

  it('counts distinct villages, organisations and projects', () => {
    expect(result).toMatchObject({ issues: 4, villages: 3, unitIds: ['v1', 'v2', 'v3'], organisations: 2, organisationIds: ['helvetas', 'mercy'], projects: 1, projectIds: ['p1'] });
  });

  it('sums population and vulnerable households once per village, the most recent figure', () => {
    expect(result.totalPopulation).toBe(3500 + 1200 + 800);
    expect(result.vulnerableHouseholds).toBe(212);
  });

  it('gives a range for indicators that do not add up', () => {
    expect(result.indicators.find((summary) => summary.indicator === 'ALTITUDE')).toEqual({ indicator: 'ALTITUDE', unit: 'm', aggregation: 'RANGE', total: null, min: 2100, max: 2650, unitsReporting: 2 });
    expect(result.indicators.find((summary) => summary.indicator === 'POPULATION')).toMatchObject({ aggregation: 'SUM', total: 5500, unitsReporting: 3 });
  });

  it('lists differing figures for one village, and the facts it could not use', () => {
    expect(result.conflicts).toEqual([{ unitId: 'v1', indicator: 'POPULATION', values: [{ issueId: 'i1', value: 3450, date: '2025' }, { issueId: 'i3', value: 3500, date: '2025-06' }], used: 3500 }]);
    expect(result.ignoredFacts).toEqual([
      { issueId: 'i4', index: 1, reason: 'POPULATION must be in persons' },
      { issueId: 'i4', index: 2, reason: 'unknown indicator GOATS' },
    ]);
  });

  it('is the same whatever the order of the issues', () => {
    expect(aggregateEvidence([...issues].reverse())).toEqual(result);
  });

  it('is empty for no issues', () => {
    expect(aggregateEvidence([])).toMatchObject({ issues: 0, villages: 0, totalPopulation: 0, vulnerableHouseholds: 0, indicators: [] });
  });
});

describe('checkEscalationThreshold', () => {
  it('is reached at five villages by default', () => {
    expect(checkEscalationThreshold({ villages: 5, organisations: 2 })).toEqual({ reached: true, reasons: ['5 of 5 villages needed', '2 of 1 organisations needed'] });
    expect(checkEscalationThreshold({ villages: 4, organisations: 2 })).toEqual({ reached: false, reasons: ['4 of 5 villages needed: 1 more', '2 of 1 organisations needed'] });
  });

  it('is configurable, organisations included', () => {
    expect(checkEscalationThreshold({ villages: 3, organisations: 1 }, { minVillages: 3 }).reached).toBe(true);
    expect(checkEscalationThreshold({ villages: 9, organisations: 1 }, { minOrganisations: 2 })).toEqual({ reached: false, reasons: ['9 of 5 villages needed', '1 of 2 organisations needed: 1 more'] });
  });

  it.each([0, -1, 2.5])('refuses a threshold of %p', (minVillages) => {
    expect(() => checkEscalationThreshold({ villages: 5, organisations: 1 }, { minVillages })).toThrow(BadInputError);
  });
});
