import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { WebhookConfig } from '@yntymak/config';
import { DeliverJobData, WebhookJobName, deliveryJobId, deliveryJobOptions } from './webhook-queue';

export interface LostDeliverySweepOptions {
  /** How often the worker sweeps. */
  everyMs: number;
  /**
   * A pending delivery is only looked at once it is this old (and its retry, if any, this
   * overdue): younger ones are still on their way through the outbox relay to the queue.
   */
  graceMs: number;
  /** Deliveries checked per sweep, oldest first. */
  batchSize: number;
}

export const LOST_DELIVERY_SWEEP_DEFAULTS: LostDeliverySweepOptions = { everyMs: 60_000, graceMs: 120_000, batchSize: 500 };

interface PendingDelivery {
  id: string;
  generation: number;
}

/**
 * The database row is the record of a delivery; the BullMQ job is only its schedule, and Redis
 * can lose it (flushed, failed over without persistence, or a job BullMQ failed outright after
 * too many stalls). This sweep finds deliveries still PENDING whose job is gone or finished, and
 * queues them again under the same job id: the send keeps its webhook-id, and two workers
 * sweeping at once add one job. A job that is waiting, active or delayed is left alone.
 */
export class LostDeliverySweep {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly owner: DataSource,
    private readonly queue: Queue<DeliverJobData>,
    private readonly config: WebhookConfig,
    private readonly logger: Logger,
    private readonly options: LostDeliverySweepOptions = LOST_DELIVERY_SWEEP_DEFAULTS,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: Error) => {
          this.logger.warn({ err: error.message }, 'lost webhook delivery sweep failed; the next one retries');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, this.options.everyMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: returns how many deliveries were queued again. */
  async sweep(): Promise<number> {
    const pending: PendingDelivery[] = await this.owner.query(
      `SELECT id, generation FROM webhook_deliveries
        WHERE status = 'PENDING'
          AND created_at < clock_timestamp() - make_interval(secs => $1::double precision / 1000)
          AND (next_attempt_at IS NULL OR next_attempt_at < clock_timestamp() - make_interval(secs => $1::double precision / 1000))
          AND (sending_until IS NULL OR sending_until < clock_timestamp())
        ORDER BY created_at
        LIMIT $2`,
      [this.options.graceMs, this.options.batchSize],
    );
    let requeued = 0;
    for (const delivery of pending) {
      if (await this.requeueIfLost(delivery)) requeued += 1;
    }
    if (requeued > 0) this.logger.warn({ requeued, checked: pending.length }, 'webhook deliveries had lost their queue job: queued again');
    return requeued;
  }

  private async requeueIfLost({ id, generation }: PendingDelivery): Promise<boolean> {
    const jobId = deliveryJobId(id, generation);
    const job = await this.queue.getJob(jobId);
    if (job) {
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      // Finished while the row is still pending: the job id is taken, so remove it to queue again.
      await job.remove().catch(() => undefined);
    }
    await this.queue.add(WebhookJobName.Deliver, { deliveryId: id, generation }, deliveryJobOptions(this.config, jobId));
    this.logger.info({ deliveryId: id, generation, jobId, found: job ? 'finished' : 'missing' }, 'webhook delivery queued again');
    return true;
  }
}
