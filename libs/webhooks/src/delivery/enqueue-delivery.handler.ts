import { Queue } from 'bullmq';
import { WebhookConfig } from '@yntymak/config';
import { DomainEvent, EventHandler, EventType, idsOfEvent } from '@yntymak/outbox';
import { DeliverJobData, WebhookJobName, deliveryJobId, deliveryJobOptions } from './webhook-queue';

/**
 * Moves requested deliveries (written with their alerts, or by redeliverWebhook) onto the
 * webhook-deliveries queue, where it has its own attempts and backoff. Idempotent: the job id is
 * the delivery id and generation (0 unless the event says otherwise), so a re-relayed event adds
 * nothing. It reads no state: the sender reloads the delivery and skips it unless it is still
 * pending in that generation, which keeps this hop to one Redis round trip per event (all the
 * deliveries one write requested come in one event).
 */
export class EnqueueWebhookDeliveryHandler implements EventHandler {
  readonly name = 'webhooks.enqueue-delivery';
  readonly events = [EventType.WebhookDeliveryRequested] as const;

  constructor(
    private readonly queue: Queue<DeliverJobData>,
    private readonly config: WebhookConfig,
  ) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const generation = Number.isInteger(event.payload.generation) ? (event.payload.generation as number) : 0;
    await this.queue.addBulk(
      idsOfEvent(event, 'deliveryIds').map((deliveryId) => ({
        name: WebhookJobName.Deliver,
        data: { deliveryId, generation },
        opts: deliveryJobOptions(this.config, deliveryJobId(deliveryId, generation)),
      })),
    );
    return 'done';
  }
}
