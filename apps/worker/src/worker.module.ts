import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { DataSource } from 'typeorm';
import { DatabaseModule, OWNER_DATA_SOURCE, TenantDb } from '@yntymak/database';
import { LOGGER } from '@yntymak/observability';
import { IssueDeadlineRuntime } from '@yntymak/issues';
import { EVENTS_WITHOUT_HANDLERS, OutboxRelay, QueueName, createQueue } from '@yntymak/outbox';
import { AlertPublisher, DigestScheduler, PublishAlertHandler, logTransport } from '@yntymak/alerts';
import { DetectOverlapsHandler, OverlapDetector, RecomputeRunner, RunRecomputeHandler } from '@yntymak/overlap';
import { ProjectCreator, ProjectImportRepository, ProjectImportRunner, ProjectRepository, ReferenceChecker, RunProjectImportHandler } from '@yntymak/projects';
import { sharedIssueHandlers } from '@yntymak/shared-issues';
import { BroadcastKeyRevocationHandler, RevocationBus } from '@yntymak/tenancy';
import { EnqueueWebhookDeliveryHandler, WebhookDeliveryModule } from '@yntymak/webhooks';
import { EventDispatcher } from './event-dispatcher';

const EVENTS_QUEUE = Symbol('EVENTS_QUEUE');

/** Starts the relay and the processors after boot; on shutdown lets work in hand finish first. */
@Injectable()
class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dispatcher: EventDispatcher,
    private readonly bus: RevocationBus,
    @Inject(EVENTS_QUEUE) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly digests: DigestScheduler,
    private readonly issueDeadlines: IssueDeadlineRuntime,
    private readonly alerts: AlertPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.dispatcher.start();
    this.relay.start();
    await this.digests.start();
    await this.issueDeadlines.start();
    this.logger.info('worker started: outbox relay and event processors running');
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal }, 'worker stopping: finishing jobs in hand');
    await this.relay.stop();
    await this.dispatcher.stop();
    await this.issueDeadlines.stop();
    await this.alerts.close();
    await this.digests.stop();
    await this.queue.close();
    await this.bus.close();
  }
}

/** The worker process: outbox relay plus the BullMQ processors of every context. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule.forRoot(config, 'yntymak-worker', config.worker.concurrency + config.worker.recomputeConcurrency + 2), WebhookDeliveryModule.forRoot(config, logger)],
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: EVENTS_QUEUE, useFactory: () => createQueue(QueueName.DomainEvents, config.redisUrl, config.queuePrefix) },
        { provide: RevocationBus, useFactory: () => new RevocationBus(config.redisUrl, config.queuePrefix, logger) },
        {
          provide: OutboxRelay,
          useFactory: (queue: Queue) =>
            new OutboxRelay({
              ownerDatabaseUrl: config.databaseUrl,
              queue,
              logger,
              batchSize: config.outbox.batchSize,
              pollIntervalMs: config.outbox.pollIntervalMs,
              skip: EVENTS_WITHOUT_HANDLERS,
            }),
          inject: [EVENTS_QUEUE],
        },
        { provide: AlertPublisher, useFactory: () => new AlertPublisher(config.redisUrl, config.queuePrefix) },
        { provide: IssueDeadlineRuntime, useFactory: (owner: DataSource) => new IssueDeadlineRuntime(owner, config, logger), inject: [OWNER_DATA_SOURCE] },
        {
          provide: EventDispatcher,
          useFactory: (bus: RevocationBus, db: TenantDb, owner: DataSource, webhooks: EnqueueWebhookDeliveryHandler, issueDeadlines: IssueDeadlineRuntime, alerts: AlertPublisher) => {
            // One detector per worker: it holds the reference snapshot that scoring reuses.
            const detector = new OverlapDetector(owner, logger);
            return new EventDispatcher(
              [
                new BroadcastKeyRevocationHandler(bus),
                new DetectOverlapsHandler(detector),
                new RunRecomputeHandler(new RecomputeRunner(owner, detector, logger, config.worker.recomputeConcurrency)),
                new PublishAlertHandler(owner, alerts),
                webhooks,
                ...issueDeadlines.handlers,
                new RunProjectImportHandler(owner, new ProjectImportRunner(db, new ProjectImportRepository(), new ProjectCreator(new ProjectRepository(), new ReferenceChecker()))),
                ...sharedIssueHandlers(owner, config, logger),
              ],
              { redisUrl: config.redisUrl, prefix: config.queuePrefix, concurrency: config.worker.concurrency, logger },
            );
          },
          inject: [RevocationBus, TenantDb, OWNER_DATA_SOURCE, EnqueueWebhookDeliveryHandler, IssueDeadlineRuntime, AlertPublisher],
        },
        {
          provide: DigestScheduler,
          useFactory: (owner: DataSource) =>
            new DigestScheduler(owner, { redisUrl: config.redisUrl, prefix: config.queuePrefix, transport: config.digestTransport === 'log' ? logTransport(logger) : null, logger }),
          inject: [OWNER_DATA_SOURCE],
        },
        WorkerLifecycle,
      ],
    };
  }
}
