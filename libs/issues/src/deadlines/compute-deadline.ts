import { IssuesConfig } from '@yntymak/config';
import { DecisionLevel } from '@yntymak/issues-domain';

/**
 * The response deadline of a level from a moment: that many configured days later. A "day" is
 * config.deadlineDayMs long (a calendar day in production; shortened in tests). Kyrgyzstan keeps
 * UTC+6 all year, so fixed-length days are calendar days there (as responseDeadline in the domain).
 */
export function computeDeadline(level: DecisionLevel, from: Date, config: IssuesConfig): Date {
  return new Date(from.getTime() + config.deadlineDays[level] * config.deadlineDayMs);
}
