import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { runInScope } from '@yntymak/context';
import { DecisionLevel } from '@yntymak/issues-domain';
import { QueueName, redisConnectionOptions } from '@yntymak/outbox';
import { DeadlineJobData, ESCALATE_ON_DEADLINE } from './deadline-job';
import { IssueDeadlineTimers } from './deadline-timers';
import { DeadlineEscalator } from './escalate-on-deadline';

/**
 * Runs the deadline timers of the worker process, and at start sweeps the issues whose deadline
 * runs: each one's timer is set again (a no-op where it exists), so a timer lost with Redis data is
 * restored, and an overdue issue is escalated at once.
 */
export class IssueDeadlineWorker {
  private worker?: Worker<DeadlineJobData>;

  constructor(
    private readonly owner: DataSource,
    private readonly escalator: DeadlineEscalator,
    private readonly timers: IssueDeadlineTimers,
    private readonly options: { redisUrl: string; prefix: string; logger: Logger },
  ) {}

  async start(): Promise<void> {
    const { logger } = this.options;
    this.worker = new Worker<DeadlineJobData>(
      QueueName.IssueDeadlines,
      (job) => runInScope({ kind: 'job', id: String(job.id) }, () => (job.name === ESCALATE_ON_DEADLINE ? this.escalator.run(job.data, new Date()) : Promise.resolve('SKIPPED: unknown job'))),
      { connection: redisConnectionOptions(this.options.redisUrl, true), prefix: this.options.prefix, concurrency: 5 },
    );
    this.worker.on('failed', (job, err) => {
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      logger[final ? 'error' : 'warn']({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, final ? 'issue deadline job failed for good' : 'issue deadline job failed; will retry');
    });
    this.worker.on('error', (err) => logger.warn({ err: err.message }, 'issue deadline worker error'));
    await this.sweep().catch((err) => logger.warn({ err: (err as Error).message }, 'issue deadline sweep failed; the next worker start retries'));
  }

  /** Sets the timer of every issue whose deadline runs; returns how many. */
  async sweep(): Promise<number> {
    const rows: Array<{ id: string; level: DecisionLevel; deadline: Date }> = await this.owner.query(
      `SELECT id, decision_level AS level, deadline_at AS deadline FROM issues WHERE deadline_at IS NOT NULL ORDER BY deadline_at`,
    );
    for (const row of rows) await this.timers.schedule(row.id, row.level, new Date(row.deadline));
    this.options.logger.info({ timers: rows.length }, 'issue deadline timers checked');
    return rows.length;
  }

  async stop(): Promise<void> {
    await this.worker?.close();
  }
}
