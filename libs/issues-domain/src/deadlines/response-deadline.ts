import { BadInputError } from '@yntymak/errors';
import { DecisionLevel } from '../model/decision-level';
import { DEFAULT_RESPONSE_DEADLINE_DAYS, ResponseDeadlineConfig, resolveDeadlineConfig } from './deadline-config';

const DAY_MS = 86_400_000;

/**
 * When the bodies of a level must have answered an issue addressed to them at `from`: the same
 * instant, the configured number of calendar days later. Kyrgyzstan keeps UTC+6 all year, so a
 * fixed number of 24-hour days is a calendar day count there too.
 */
export function responseDeadline(level: DecisionLevel, from: Date, config: ResponseDeadlineConfig = DEFAULT_RESPONSE_DEADLINE_DAYS): Date {
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new BadInputError('from', 'The start of a deadline must be a valid date.', 'INVALID_DATE');
  const days = resolveDeadlineConfig(config)[level];
  if (days === undefined) throw new BadInputError('level', `Unknown decision level ${String(level)}.`, 'INVALID_LEVEL');
  return new Date(from.getTime() + days * DAY_MS);
}
