import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@yntymak/database';
import { Metrics } from '@yntymak/observability';
import { QueueName } from '@yntymak/outbox';
import { DOMAIN_EVENTS_QUEUE } from './tokens';

/** Prometheus text format. Outbox backlog and queue depths are read at scrape time. */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_DATA_SOURCE) private readonly db: DataSource,
    @Inject(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue,
  ) {}

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async scrape(): Promise<string> {
    const [backlog] = await this.db.query('SELECT pending, oldest_age_seconds FROM app_outbox_backlog()').catch(() => [undefined]);
    if (backlog) {
      this.metrics.outboxPending.set(Number(backlog.pending));
      this.metrics.outboxOldestAgeSeconds.set(Number(backlog.oldest_age_seconds));
    }
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed').catch(() => undefined);
    for (const [state, n] of Object.entries(counts ?? {})) this.metrics.queueJobs.set({ queue: QueueName.DomainEvents, state }, n);
    return this.metrics.registry.metrics();
  }
}
