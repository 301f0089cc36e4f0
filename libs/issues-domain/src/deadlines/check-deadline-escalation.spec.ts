import { loadReferenceFixture } from '../../test-support/load-reference-fixture';
import { buildEscalationChain } from '../chain/build-escalation-chain';
import { checkDeadlineEscalation, DeadlineCheckInput } from './check-deadline-escalation';

const fixture = loadReferenceFixture();
const units = fixture.chainOf('41704220830010');
const chain = buildEscalationChain({ units, bodies: fixture.bodiesFor(units), subject: { themeCodes: ['LIVESTOCK'] }, themes: fixture.themes });
const deadline = new Date('2025-05-01T06:00:00.000Z');
const due: DeadlineCheckInput = { issueId: 'i-1', state: 'ADDRESSED', level: 'LOCAL', deadline, scheduledFor: deadline };
const after = new Date('2025-05-01T06:00:01.000Z');

describe('checkDeadlineEscalation', () => {
  it('escalates a due issue one level up, with the key and a note', () => {
    const check = checkDeadlineEscalation(due, after, chain);
    expect(check).toMatchObject({ outcome: 'ESCALATE', key: 'i-1:LOCAL:2025-05-01T06:00:00.000Z', target: { level: 'DISTRICT' } });
    expect('note' in check && check.note).toBe('No response at LOCAL level by the deadline 2025-05-01. Escalated to DISTRICT level.');
  });

  it('at national level there is nobody above: the coordinator is told', () => {
    expect(checkDeadlineEscalation({ ...due, level: 'NATIONAL' }, after, chain)).toMatchObject({ outcome: 'AT_TOP', key: 'i-1:NATIONAL:2025-05-01T06:00:00.000Z' });
  });

  it.each([
    ['the issue was answered', { state: 'RESOLVED' as const }, after, 'The issue is RESOLVED: no response is awaited.'],
    ['the issue has a newer deadline', { deadline: new Date('2025-06-01T06:00:00.000Z') }, after, 'The issue has a newer deadline than this job.'],
    ['the deadline has not passed', {}, new Date('2025-05-01T05:59:59.000Z'), 'The deadline has not passed yet.'],
  ])('skips when %s', (_, change, now, reason) => {
    expect(checkDeadlineEscalation({ ...due, ...change }, now, chain)).toEqual({ outcome: 'SKIP', reason });
  });
});
