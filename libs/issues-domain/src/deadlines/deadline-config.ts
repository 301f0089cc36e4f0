import { BadInputError } from '@yntymak/errors';
import { DECISION_LEVELS, DecisionLevel } from '../model/decision-level';

/** Calendar days a level has to respond before the issue goes one level up. */
export type ResponseDeadlineConfig = Readonly<Record<DecisionLevel, number>>;

/**
 * Working defaults (docs/issues.md): a month for the ayil okmotu and the rayon, longer for the
 * plenipotentiary representative, who must consult state bodies, and for ministries, whose answer
 * may need an inter-ministerial meeting. Policy of the platform, not statutory terms.
 */
export const DEFAULT_RESPONSE_DEADLINE_DAYS: ResponseDeadlineConfig = { LOCAL: 30, DISTRICT: 30, REGIONAL: 45, NATIONAL: 90 };

/** The upper bound keeps a typo (3650 for 365) from parking an issue for a decade. */
export const MAX_RESPONSE_DEADLINE_DAYS = 366;

/** A full config from a partial one over the defaults; throws BadInputError for a bad value. */
export function resolveDeadlineConfig(overrides: Partial<Record<DecisionLevel, number>> = {}): ResponseDeadlineConfig {
  const config = { ...DEFAULT_RESPONSE_DEADLINE_DAYS, ...overrides };
  const problems = DECISION_LEVELS.filter((level) => !Number.isInteger(config[level]) || config[level] < 1 || config[level] > MAX_RESPONSE_DEADLINE_DAYS).map((level) => ({
    field: `deadlineDays.${level}`,
    message: `must be a whole number of days from 1 to ${MAX_RESPONSE_DEADLINE_DAYS}, not ${String(config[level])}`,
  }));
  if (problems.length > 0) throw new BadInputError(problems[0].field, problems.map((p) => `${p.field} ${p.message}`).join('; '), 'INVALID_DEADLINE_CONFIG', problems);
  return config;
}
