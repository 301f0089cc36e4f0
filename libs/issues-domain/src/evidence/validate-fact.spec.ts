import { EVIDENCE_INDICATORS } from './evidence-indicators';
import { Fact } from './fact';
import { parseFactDate } from './parse-fact-date';
import { validateFact } from './validate-fact';
import { validateFacts } from './validate-facts';

const now = new Date('2025-06-15T10:00:00.000Z');
const altitude: Fact = { indicator: 'ALTITUDE', value: 2100, unit: 'm', source: 'ayil okmotu', date: '2025' };

describe('validateFact', () => {
  it('accepts the field examples', () => {
    expect(validateFact(altitude, now)).toEqual([]);
    expect(validateFact({ indicator: 'POPULATION', value: 3450, unit: 'persons', source: 'social passports', date: '2025-01' }, now)).toEqual([]);
    expect(validateFact({ indicator: 'VULNERABLE_HOUSEHOLDS', value: 212, unit: 'households', source: 'social passports', date: '2025-06-15' }, now)).toEqual([]);
  });

  it('knows a unit for every indicator', () => {
    expect(Object.fromEntries(EVIDENCE_INDICATORS.map((indicator) => [indicator.code, indicator.unit]))).toEqual({
      ALTITUDE: 'm', POPULATION: 'persons', HOUSEHOLDS: 'households', VULNERABLE_HOUSEHOLDS: 'households', AREA_HA: 'ha', INCOME_SOM: 'som', POVERTY_RATE: 'percent', LIVESTOCK_HEAD_COUNT: 'head', DISTANCE_KM: 'km',
    });
  });

  it.each([
    ['an unknown indicator', { indicator: 'HAPPINESS' }, 'indicator', 'UNKNOWN_INDICATOR'],
    ['a wrong unit', { unit: 'ft' }, 'unit', 'UNIT_MISMATCH'],
    ['a value that is not a number', { value: Number.NaN }, 'value', 'NOT_A_NUMBER'],
    ['an altitude above the highest peak', { value: 8000 }, 'value', 'OUT_OF_RANGE'],
    ['a negative population', { indicator: 'POPULATION', unit: 'persons', value: -1 }, 'value', 'OUT_OF_RANGE'],
    ['a fractional population', { indicator: 'POPULATION', unit: 'persons', value: 3450.5 }, 'value', 'NOT_AN_INTEGER'],
    ['a poverty rate above 100 %', { indicator: 'POVERTY_RATE', unit: 'percent', value: 120 }, 'value', 'OUT_OF_RANGE'],
    ['no source', { source: '  ' }, 'source', 'SOURCE_REQUIRED'],
    ['a date in another format', { date: '15.06.2025' }, 'date', 'INVALID_DATE'],
    ['an impossible date', { date: '2025-02-30' }, 'date', 'INVALID_DATE'],
    ['a date in the future', { date: '2025-06-17' }, 'date', 'DATE_IN_FUTURE'],
    ['a year in the future', { date: '2026' }, 'date', 'DATE_IN_FUTURE'],
  ])('reports %s', (_, change, field, code) => {
    expect(validateFact({ ...altitude, ...change }, now, 'evidence[0]')).toEqual([expect.objectContaining({ field: `evidence[0].${field}`, code })]);
  });

  it('takes the date in Bishkek: at 20:00 UTC it is already tomorrow there', () => {
    expect(validateFact({ ...altitude, date: '2025-06-16' }, new Date('2025-06-15T20:00:00.000Z'))).toEqual([]);
    expect(validateFact({ ...altitude, date: '2025-06-16' }, new Date('2025-06-15T17:00:00.000Z'))).toHaveLength(1);
  });

  it('reports every problem of a fact at once', () => {
    expect(validateFact({ indicator: 'POPULATION', value: 1.5, unit: 'people', source: '', date: 'soon' }, now).map((problem) => problem.code)).toEqual(['UNIT_MISMATCH', 'NOT_AN_INTEGER', 'SOURCE_REQUIRED', 'INVALID_DATE']);
  });
});

describe('validateFacts', () => {
  it('names each field by its index and checks households against vulnerable households', () => {
    const facts: Fact[] = [
      altitude,
      { indicator: 'HOUSEHOLDS', value: 200, unit: 'households', source: 'ayil okmotu', date: '2025' },
      { indicator: 'VULNERABLE_HOUSEHOLDS', value: 212, unit: 'households', source: 'ayil okmotu', date: '2025' },
      { ...altitude, unit: 'km' },
    ];
    expect(validateFacts(facts, now)).toEqual([
      expect.objectContaining({ field: 'evidence[3].unit', code: 'UNIT_MISMATCH' }),
      expect.objectContaining({ field: 'evidence[2].value', code: 'INCONSISTENT', message: '212 vulnerable households is more than the 200 households of 2025.' }),
    ]);
  });
});

describe('parseFactDate', () => {
  it.each([
    ['2025', '2025-01-01'],
    ['2025-04', '2025-04-01'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['1850', null],
    ['2025-13', null],
    ['', null],
  ])('%p -> %p', (input, expected) => {
    expect(parseFactDate(input)).toBe(expected);
  });
});
