import { Queue } from 'bullmq';
import { DecisionLevel, escalationJobId } from '@yntymak/issues-domain';
import { QueueName, createQueue } from '@yntymak/outbox';
import { DeadlineJobData, ESCALATE_ON_DEADLINE } from './deadline-job';

/**
 * Sets response-deadline timers as delayed BullMQ jobs with a deterministic id per (issue, level,
 * deadline): setting the same timer twice (a redelivered event, the start-up sweep) adds nothing.
 * Retention of finished jobs is bounded; the escalation key in the database is the real guard.
 */
export class IssueDeadlineTimers {
  private readonly queue: Queue<DeadlineJobData>;

  constructor(redisUrl: string, prefix: string) {
    this.queue = createQueue(QueueName.IssueDeadlines, redisUrl, prefix) as Queue<DeadlineJobData>;
  }

  async schedule(issueId: string, level: DecisionLevel, deadline: Date, now = new Date()): Promise<string> {
    const jobId = escalationJobId(issueId, level, deadline);
    await this.queue.add(ESCALATE_ON_DEADLINE, { issueId, level, deadlineAt: deadline.toISOString() }, {
      jobId,
      delay: Math.max(0, deadline.getTime() - now.getTime()),
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 30 * 24 * 3600, count: 100_000 },
      removeOnFail: { age: 90 * 24 * 3600 },
    });
    return jobId;
  }

  /** For tests and operators: the timer as BullMQ holds it. */
  job(jobId: string) {
    return this.queue.getJob(jobId);
  }

  /** For tests that simulate a lost timer. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
