import { AttemptResult, classifyOutcome, statusAfter } from './classify-outcome';

const response = (statusCode: number): AttemptResult => ({ kind: 'response', statusCode });

describe('classifyOutcome', () => {
  it.each([
    [response(200), 'succeeded'],
    [response(204), 'succeeded'],
    [response(500), 'retry'],
    [response(503), 'retry'],
    [response(429), 'retry'],
    [{ kind: 'timeout' } as AttemptResult, 'retry'],
    [{ kind: 'network-error', message: 'ECONNREFUSED' } as AttemptResult, 'retry'],
    [response(400), 'failed'],
    [response(401), 'failed'],
    [response(404), 'failed'],
    [response(301), 'failed'],
    [{ kind: 'refused', message: 'private' } as AttemptResult, 'failed'],
    [response(410), 'gone'],
  ])('%j → %s', (result, outcome) => {
    expect(classifyOutcome(result, false)).toBe(outcome);
  });

  it('dead-letters a retryable failure on the last attempt, and only that', () => {
    expect(classifyOutcome(response(500), true)).toBe('dead');
    expect(classifyOutcome({ kind: 'timeout' }, true)).toBe('dead');
    expect(classifyOutcome(response(200), true)).toBe('succeeded');
    expect(classifyOutcome(response(400), true)).toBe('failed');
  });

  it('maps outcomes to delivery statuses', () => {
    expect(['succeeded', 'retry', 'dead', 'failed', 'gone'].map((o) => statusAfter(o as never))).toEqual(['SUCCEEDED', 'PENDING', 'DEAD', 'FAILED', 'FAILED']);
  });
});
