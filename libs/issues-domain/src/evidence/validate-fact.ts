import { bishkekDate } from '../model/bishkek-time';
import { findIndicator } from './evidence-indicators';
import { Fact, FactProblem } from './fact';
import { parseFactDate } from './parse-fact-date';

/**
 * Field-level problems of one fact, none when it is valid. `now` decides what is "in the future":
 * a fact dated 2025 is fine from 1 January 2025 in Bishkek. `path` prefixes the field names.
 */
export function validateFact(fact: Fact, now: Date, path = ''): FactProblem[] {
  const problems: FactProblem[] = [];
  const at = (field: string) => `${path}${path ? '.' : ''}${field}`;
  const indicator = findIndicator(fact.indicator);
  if (!indicator) problems.push({ field: at('indicator'), code: 'UNKNOWN_INDICATOR', message: `Unknown indicator ${String(fact.indicator)}.` });
  if (indicator && (fact.unit ?? '').trim().toLowerCase() !== indicator.unit) {
    problems.push({ field: at('unit'), code: 'UNIT_MISMATCH', message: `${indicator.code} is given in ${indicator.unit}, not ${String(fact.unit)}.` });
  }
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value)) {
    problems.push({ field: at('value'), code: 'NOT_A_NUMBER', message: 'The value must be a number.' });
  } else if (indicator && indicator.integer && !Number.isInteger(fact.value)) {
    problems.push({ field: at('value'), code: 'NOT_AN_INTEGER', message: `${indicator.code} is a whole number.` });
  } else if (indicator && (fact.value < indicator.min || fact.value > indicator.max)) {
    problems.push({ field: at('value'), code: 'OUT_OF_RANGE', message: `${indicator.code} must lie between ${indicator.min} and ${indicator.max} ${indicator.unit}.` });
  }
  if (typeof fact.source !== 'string' || fact.source.trim() === '') problems.push({ field: at('source'), code: 'SOURCE_REQUIRED', message: 'Say where the figure comes from.' });
  const start = parseFactDate(fact.date);
  if (!start) problems.push({ field: at('date'), code: 'INVALID_DATE', message: 'The date is YYYY, YYYY-MM or YYYY-MM-DD.' });
  else if (start > bishkekDate(now)) problems.push({ field: at('date'), code: 'DATE_IN_FUTURE', message: `The date ${fact.date} is in the future.` });
  return problems;
}
