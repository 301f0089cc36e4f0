import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@yntymak/config';
import { createDataSource } from '@yntymak/database';
import { QueueName, createQueue } from '@yntymak/outbox';
import { WebhookAddressGuard } from './address/webhook-address-guard';
import { DeliverWebhookProcessor } from './delivery/deliver-webhook.processor';
import { DeliveryStore } from './delivery/delivery-store';
import { DeliveryWorker } from './delivery/delivery-worker';
import { EnqueueWebhookDeliveryHandler } from './delivery/enqueue-delivery.handler';
import { LostDeliverySweep } from './delivery/lost-delivery-sweep';
import { WebhookSender } from './delivery/webhook-sender';

const WEBHOOK_QUEUE = Symbol('WEBHOOK_QUEUE');
const SENDER_DATA_SOURCE = Symbol('SENDER_DATA_SOURCE');

@Injectable()
class DeliveryLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly worker: DeliveryWorker,
    private readonly sender: WebhookSender,
    private readonly sweep: LostDeliverySweep,
    @Inject(WEBHOOK_QUEUE) private readonly queue: Queue,
    @Inject(SENDER_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.worker.start();
    this.sweep.start();
  }

  /** Sends in hand finish (and are recorded) before the connections close. */
  async onApplicationShutdown(): Promise<void> {
    await this.sweep.stop();
    await this.worker.stop();
    await this.queue.close();
    this.sender.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The worker side of webhooks: the handler that queues requested deliveries, the BullMQ worker
 * that sends them, and the sweep that queues again a pending delivery whose job Redis lost. The
 * worker app imports it and registers the handler with its dispatcher. The sender has an owner
 * pool of its own, so that sends do not queue behind overlap detection.
 */
@Module({})
export class WebhookDeliveryModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WebhookDeliveryModule,
      providers: [
        { provide: WEBHOOK_QUEUE, useFactory: () => createQueue(QueueName.WebhookDeliveries, config.redisUrl, config.queuePrefix) },
        {
          provide: SENDER_DATA_SOURCE,
          useFactory: () => createDataSource({ url: config.databaseUrl, poolSize: config.webhooks.dbPoolSize, applicationName: 'yntymak-worker-webhooks' }).initialize(),
        },
        { provide: DeliveryStore, useFactory: (owner: DataSource) => new DeliveryStore(owner), inject: [SENDER_DATA_SOURCE] },
        { provide: WebhookSender, useFactory: () => new WebhookSender(new WebhookAddressGuard(config.webhooks)) },
        { provide: EnqueueWebhookDeliveryHandler, useFactory: (queue: Queue) => new EnqueueWebhookDeliveryHandler(queue, config.webhooks), inject: [WEBHOOK_QUEUE] },
        {
          provide: DeliveryWorker,
          useFactory: (store: DeliveryStore, sender: WebhookSender) =>
            new DeliveryWorker(new DeliverWebhookProcessor(store, sender, config.webhooks, logger), store, {
              redisUrl: config.redisUrl,
              prefix: config.queuePrefix,
              concurrency: config.webhooks.concurrency,
              logger,
            }),
          inject: [DeliveryStore, WebhookSender],
        },
        {
          provide: LostDeliverySweep,
          useFactory: (owner: DataSource, queue: Queue) => new LostDeliverySweep(owner, queue, config.webhooks, logger),
          inject: [SENDER_DATA_SOURCE, WEBHOOK_QUEUE],
        },
        DeliveryLifecycle,
      ],
      exports: [EnqueueWebhookDeliveryHandler],
    };
  }
}
