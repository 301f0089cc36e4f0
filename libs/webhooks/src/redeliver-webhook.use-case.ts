import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { WebhookDeliveryType } from './types/webhook-delivery.type';
import { DeliveryPendingError, WebhookDisabledError } from './webhook.exception';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';

/**
 * An admin asks for a finished delivery (succeeded, failed, dead or cancelled) to be sent again.
 * The delivery goes back to PENDING under a new generation, with a fresh set of attempts, and its
 * request goes through the outbox like the first one. It keeps its id, so the receiver sees the same
 * webhook-id and can tell a repeat.
 */
@Injectable()
export class RedeliverWebhookUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {}

  execute(deliveryId: string): Promise<WebhookDeliveryType> {
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      const delivery = await this.deliveries.find(tx, organisationId, deliveryId);
      if (!delivery) throw new NotFoundError('webhook delivery', 'deliveryId');
      if (!delivery.webhookActive) throw new WebhookDisabledError();
      const requeued = await this.deliveries.requeue(tx, organisationId, deliveryId);
      if (!requeued) throw new DeliveryPendingError();
      await appendEvent(tx, { type: EventType.WebhookDeliveryRequested, aggregateType: 'webhook_delivery', aggregateId: deliveryId, payload: { generation: requeued.generation } });
      return WebhookDeliveryType.from((await this.deliveries.find(tx, organisationId, deliveryId))!);
    });
  }
}
