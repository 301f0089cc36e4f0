import { Inject, Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { WebhookAddressGuard } from './address/webhook-address-guard';
import { MAX_ACTIVE_WEBHOOKS } from './create-webhook.use-case';
import { WebhookType } from './types/webhook.type';
import { WebhookLimitReachedError, WebhookUrlRefusedError } from './webhook.exception';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookRepository } from './webhook.repository';

export const DISABLED_BY_USER = 'DISABLED_BY_USER';

/**
 * An admin stops a webhook. It is kept (with its deliveries and attempts, for the record) rather
 * than deleted; its pending deliveries are cancelled in the same transaction. Idempotent.
 */
@Injectable()
export class DisableWebhookUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly webhooks: WebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {}

  execute(id: string): Promise<WebhookType> {
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      const disabled = await this.webhooks.disable(tx, organisationId, id, DISABLED_BY_USER);
      if (disabled) {
        await this.deliveries.cancelPending(tx, organisationId, id, 'not sent: the webhook was disabled');
        return WebhookType.from(disabled);
      }
      const existing = await this.webhooks.find(tx, organisationId, id);
      if (!existing) throw new NotFoundError('webhook');
      return WebhookType.from(existing);
    });
  }
}

/**
 * An admin turns a disabled webhook back on (after fixing a receiver that answered 410, say). Its
 * URL is checked again, as at creation. Cancelled deliveries stay cancelled; redeliver them if needed.
 */
@Injectable()
export class EnableWebhookUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly webhooks: WebhookRepository,
    @Inject(WebhookAddressGuard) private readonly guard: WebhookAddressGuard,
  ) {}

  async execute(id: string): Promise<WebhookType> {
    const current = await this.db.run((tx) => this.webhooks.find(tx, tx.principal.organisationId, id));
    if (!current) throw new NotFoundError('webhook');
    if (current.active) return WebhookType.from(current);
    const verdict = await this.guard.checkUrl(current.url);
    if (!verdict.ok) throw new WebhookUrlRefusedError(verdict.problem);
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      await this.webhooks.lockOrganisation(tx, organisationId);
      if ((await this.webhooks.countActive(tx, organisationId)) >= MAX_ACTIVE_WEBHOOKS) throw new WebhookLimitReachedError(MAX_ACTIVE_WEBHOOKS);
      const enabled = await this.webhooks.enable(tx, organisationId, id);
      return WebhookType.from(enabled ?? (await this.webhooks.find(tx, organisationId, id))!);
    });
  }
}
