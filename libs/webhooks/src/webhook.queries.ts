import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, requestLoader, toConnection } from '@yntymak/graphql-kit';
import { WebhookDeliveriesArgs, WebhooksArgs } from './dto/webhooks.args';
import { WebhookAttemptType, WebhookDeliveryType } from './types/webhook-delivery.type';
import { WebhookType } from './types/webhook.type';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookRepository } from './webhook.repository';

/** Reads of the caller's own webhooks, deliveries and attempts. Another organisation's ids are NOT_FOUND. */
@Injectable()
export class WebhookQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly webhooks: WebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {}

  webhooksPage(args: WebhooksArgs): Promise<ConnectionShape<WebhookType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.db.run(async (tx) => {
      const { rows, total } = await this.webhooks.page(tx, tx.principal.organisationId, after, args.first + 1);
      return toConnection(rows, args.first, total, WebhookType.from);
    });
  }

  deliveriesPage(args: WebhookDeliveriesArgs): Promise<ConnectionShape<WebhookDeliveryType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      if (!(await this.webhooks.find(tx, organisationId, args.webhookId))) throw new NotFoundError('webhook', 'webhookId');
      const { rows, total } = await this.deliveries.page(tx, organisationId, { webhookId: args.webhookId, status: args.status }, after, args.first + 1);
      return toConnection(rows, args.first, total, WebhookDeliveryType.from);
    });
  }

  /** The attempts of one delivery, batched with those of the rest of the page. */
  attemptsOf(deliveryId: string): Promise<WebhookAttemptType[]> {
    return requestLoader<string, WebhookAttemptType[]>('webhook-attempts', async (ids) => {
      const rows = await this.db.run((tx) => this.deliveries.attempts(tx, tx.principal.organisationId, ids));
      return ids.map((id) => rows.filter((row) => row.deliveryId === id).map(WebhookAttemptType.from));
    }).load(deliveryId);
  }
}
