import { Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { runInScope } from '@yntymak/context';
import { QueueName, redisConnectionOptions } from '@yntymak/outbox';
import { DeliverOutcome, DeliverWebhookProcessor } from './deliver-webhook.processor';
import { DeliveryStore } from './delivery-store';
import { DeliverJobData, WEBHOOK_BACKOFF, WebhookJobName } from './webhook-queue';

export interface DeliveryWorkerOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  logger: Logger;
}

/**
 * The BullMQ worker of the webhook-deliveries queue. Retries use the custom backoff strategy: the
 * delay the processor chose (and wrote as next_attempt_at), or exponential with jitter for a
 * failure of our own. When a job runs out of attempts for a reason of our own (not a receiver's
 * answer, which the processor already recorded), the final-failure handler dead-letters the delivery.
 */
export class DeliveryWorker {
  private worker?: Worker<DeliverJobData, DeliverOutcome>;

  constructor(
    private readonly processor: DeliverWebhookProcessor,
    private readonly store: DeliveryStore,
    private readonly options: DeliveryWorkerOptions,
  ) {}

  start(): void {
    const { logger } = this.options;
    this.worker = new Worker<DeliverJobData, DeliverOutcome>(QueueName.WebhookDeliveries, (job) => this.run(job), {
      connection: redisConnectionOptions(this.options.redisUrl, true),
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
      // A worker killed mid-send leaves its job stalled; it is handed to another worker (same webhook-id).
      // BullMQ fails a job outright after this many stalls, without a final-failure event.
      maxStalledCount: 3,
      settings: {
        backoffStrategy: (attemptsMade: number, type?: string, err?: Error) => {
          if (type !== WEBHOOK_BACKOFF) throw new Error(`Unknown backoff type ${type}`);
          const chosen = (err as { delayMs?: unknown } | undefined)?.delayMs;
          return typeof chosen === 'number' ? chosen : this.processor.backoff(attemptsMade);
        },
      },
    });
    this.worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      if (!final) return logger.debug({ jobId: job.id, attempts: job.attemptsMade, err: err.message }, 'webhook delivery will be retried');
      this.deadLetter(job, err).catch((error: Error) => logger.error({ jobId: job.id, err: error.message }, 'could not dead-letter a webhook delivery'));
    });
    this.worker.on('error', (err) => logger.warn({ err: err.message }, 'webhook delivery worker error'));
  }

  /** Lets sends in hand finish, then stops taking new ones. */
  async stop(): Promise<void> {
    await this.worker?.close();
  }

  private async run(job: Job<DeliverJobData, DeliverOutcome>): Promise<DeliverOutcome> {
    if (job.name !== WebhookJobName.Deliver) throw new Error(`Unknown job ${job.name} on ${QueueName.WebhookDeliveries}`);
    return runInScope({ kind: 'job', id: String(job.id) }, () => this.processor.process(job));
  }

  private async deadLetter(job: Job<DeliverJobData, DeliverOutcome>, err: Error): Promise<void> {
    const dead = await this.store.markDead(job.data.deliveryId, job.data.generation, `gave up after ${job.attemptsMade} attempts: ${err.message}`.slice(0, 500));
    if (dead) this.options.logger.error({ jobId: job.id, deliveryId: job.data.deliveryId, err: err.message }, 'webhook delivery dead-lettered after its last attempt');
  }
}
