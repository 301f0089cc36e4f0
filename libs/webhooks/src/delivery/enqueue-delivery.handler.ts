import { Queue } from 'bullmq';
import { WebhookConfig } from '@yntymak/config';
import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { DeliverJobData, WebhookJobName, deliveryJobId, deliveryJobOptions } from './webhook-queue';

/**
 * Moves a requested delivery (written with its alert, or by redeliverWebhook) onto the
 * webhook-deliveries queue, where it has its own attempts and backoff. Idempotent: the job id is
 * the delivery id and generation (0 unless the event says otherwise), so a re-relayed event adds
 * nothing. It reads no state: the sender reloads the delivery and skips it unless it is still
 * pending in that generation, which keeps this hop to one Redis call per delivery.
 */
export class EnqueueWebhookDeliveryHandler implements EventHandler {
  readonly name = 'webhooks.enqueue-delivery';
  readonly events = [EventType.WebhookDeliveryRequested] as const;

  constructor(
    private readonly queue: Queue<DeliverJobData>,
    private readonly config: WebhookConfig,
  ) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const deliveryId = event.aggregateId;
    const generation = Number.isInteger(event.payload.generation) ? (event.payload.generation as number) : 0;
    await this.queue.add(WebhookJobName.Deliver, { deliveryId, generation }, deliveryJobOptions(this.config, deliveryJobId(deliveryId, generation)));
    return 'done';
  }
}
