import { Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { runInScope } from '@yntymak/context';
import { DomainEvent, EventHandler, EventType, QueueName, buildDispatchTable, redisConnectionOptions } from '@yntymak/outbox';

export interface DispatcherOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  logger: Logger;
}

/**
 * Consumes the domain-events queue and hands each event to the handlers that claim its type.
 * A job fails (and is retried with backoff) if any handler throws; handlers are idempotent, so a
 * retry that repeats a finished handler changes nothing.
 */
export class EventDispatcher {
  private worker?: Worker<DomainEvent>;
  private readonly table: Map<EventType, EventHandler[]>;

  constructor(
    handlers: readonly EventHandler[],
    private readonly options: DispatcherOptions,
  ) {
    this.table = buildDispatchTable(handlers);
  }

  start(): void {
    const { logger } = this.options;
    this.worker = new Worker<DomainEvent>(QueueName.DomainEvents, (job) => this.process(job), {
      connection: redisConnectionOptions(this.options.redisUrl, true),
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
    });
    this.worker.on('failed', (job, err) => {
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      logger[final ? 'error' : 'warn']({ jobId: job?.id, event: job?.name, attempts: job?.attemptsMade, err: err.message }, final ? 'event dead-lettered after its last attempt' : 'event handler failed; will retry');
    });
    this.worker.on('error', (err) => logger.warn({ err: err.message }, 'event worker error'));
  }

  private async process(job: Job<DomainEvent>): Promise<string[]> {
    const handlers = this.table.get(job.name as EventType);
    if (handlers === undefined && !Object.values(EventType).includes(job.name as EventType)) {
      throw new Error(`Unknown event type ${job.name}`);
    }
    return runInScope({ kind: 'job', id: String(job.id) }, async () => {
      const outcomes: string[] = [];
      for (const handler of handlers ?? []) outcomes.push(`${handler.name}:${await handler.handle(job.data)}`);
      return outcomes;
    });
  }

  /** Lets jobs in hand finish, then stops taking new ones. */
  async stop(): Promise<void> {
    await this.worker?.close();
  }
}
