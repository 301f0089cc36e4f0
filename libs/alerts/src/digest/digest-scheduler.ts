import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { QueueName, createQueue, redisConnectionOptions } from '@yntymak/outbox';
import { DigestTransport, bishkekYesterday, sendDailyDigests } from './send-daily-digests';

const DAILY_DIGEST = 'daily-digest';

/**
 * The daily digest timer: a BullMQ job scheduler (06:00 Asia/Bishkek) rather than a process timer,
 * so that with N workers it fires once, and survives restarts.
 */
export class DigestScheduler {
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly owner: DataSource,
    private readonly options: { redisUrl: string; prefix: string; transport: DigestTransport | null; logger: Logger },
  ) {}

  async start(): Promise<void> {
    const { redisUrl, prefix, logger } = this.options;
    this.queue = createQueue(QueueName.Schedules, redisUrl, prefix);
    await this.queue
      .upsertJobScheduler(DAILY_DIGEST, { pattern: '0 6 * * *', tz: 'Asia/Bishkek' }, { name: DAILY_DIGEST, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } })
      .catch((err) => logger.warn({ err: (err as Error).message }, 'could not schedule the daily digest (Redis down?); the next worker start retries'));
    this.worker = new Worker(QueueName.Schedules, (job) => (job.name === DAILY_DIGEST ? this.runOnce(new Date()) : Promise.resolve(0)), {
      connection: redisConnectionOptions(redisUrl, true),
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', (err) => logger.warn({ err: err.message }, 'schedules worker error'));
  }

  /** The digest of yesterday (Bishkek), for every organisation that had alerts. */
  runOnce(now: Date): Promise<number> {
    return sendDailyDigests(this.owner, bishkekYesterday(now), this.options.transport, this.options.logger);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }
}
