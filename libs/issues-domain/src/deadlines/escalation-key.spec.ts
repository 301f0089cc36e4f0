import { escalationJobId } from './escalation-job-id';
import { escalationKey } from './escalation-key';

const issueId = '3f1c2a9e-8d4b-4e67-9a1f-0c2b7d5e6a10';
const deadline = new Date('2025-05-01T06:00:00.000Z');

/** BullMQ 6's check on custom job ids (Job.validateOptions), restated so the test needs no Redis. */
function bullmqAccepts(jobId: string): boolean {
  if (`${parseInt(jobId, 10)}` === jobId) return false;
  return !(jobId.includes(':') && jobId.split(':').length !== 3);
}

describe('escalation keys', () => {
  it('the natural key is issue:level:deadline', () => {
    expect(escalationKey(issueId, 'LOCAL', deadline)).toBe(`${issueId}:LOCAL:2025-05-01T06:00:00.000Z`);
  });

  it('is deterministic and changes with the level and the deadline', () => {
    expect(escalationKey(issueId, 'LOCAL', new Date(deadline))).toBe(escalationKey(issueId, 'LOCAL', deadline));
    expect(escalationKey(issueId, 'DISTRICT', deadline)).not.toBe(escalationKey(issueId, 'LOCAL', deadline));
    expect(escalationKey(issueId, 'LOCAL', new Date('2025-05-02T06:00:00.000Z'))).not.toBe(escalationKey(issueId, 'LOCAL', deadline));
  });

  it('the natural key itself is not a valid BullMQ job id (the ISO time has colons)', () => {
    expect(bullmqAccepts(escalationKey(issueId, 'LOCAL', deadline))).toBe(false);
  });

  it('the job id carries the same parts in a form BullMQ accepts', () => {
    const jobId = escalationJobId(issueId, 'LOCAL', deadline);
    expect(jobId).toBe(`escalate.${issueId}.LOCAL.20250501T060000000Z`);
    expect(bullmqAccepts(jobId)).toBe(true);
    expect(bullmqAccepts(escalationJobId('42', 'NATIONAL', deadline))).toBe(true);
  });
});
