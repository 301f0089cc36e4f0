import { BadInputError } from '@yntymak/errors';
import { DEFAULT_RESPONSE_DEADLINE_DAYS, resolveDeadlineConfig } from './deadline-config';
import { responseDeadline } from './response-deadline';

const from = new Date('2025-03-10T04:30:00.000Z');

describe('responseDeadline', () => {
  it.each([
    ['LOCAL', '2025-04-09T04:30:00.000Z'],
    ['DISTRICT', '2025-04-09T04:30:00.000Z'],
    ['REGIONAL', '2025-04-24T04:30:00.000Z'],
    ['NATIONAL', '2025-06-08T04:30:00.000Z'],
  ] as const)('%s: the default number of days later, same instant', (level, expected) => {
    expect(responseDeadline(level, from).toISOString()).toBe(expected);
  });

  it('defaults to 30, 30, 45 and 90 days', () => {
    expect(DEFAULT_RESPONSE_DEADLINE_DAYS).toEqual({ LOCAL: 30, DISTRICT: 30, REGIONAL: 45, NATIONAL: 90 });
  });

  it('takes a configured number of days', () => {
    const config = resolveDeadlineConfig({ LOCAL: 14 });
    expect(config).toEqual({ LOCAL: 14, DISTRICT: 30, REGIONAL: 45, NATIONAL: 90 });
    expect(responseDeadline('LOCAL', from, config).toISOString()).toBe('2025-03-24T04:30:00.000Z');
  });

  it.each([0, -3, 2.5, 400, Number.NaN])('refuses %p days', (days) => {
    expect(() => resolveDeadlineConfig({ DISTRICT: days })).toThrow(BadInputError);
    expect(() => responseDeadline('DISTRICT', from, { ...DEFAULT_RESPONSE_DEADLINE_DAYS, DISTRICT: days })).toThrow(expect.objectContaining({ reason: 'INVALID_DEADLINE_CONFIG', field: 'deadlineDays.DISTRICT' }));
  });

  it('refuses an invalid start date', () => {
    expect(() => responseDeadline('LOCAL', new Date('nonsense'))).toThrow(expect.objectContaining({ reason: 'INVALID_DATE' }));
  });
});
