import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { WebhookAddressGuard } from './address/webhook-address-guard';
import { normaliseEvents } from './domain/webhook-events';
import { generateWebhookSecret } from './domain/webhook-secret';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { CreatedWebhook, WebhookType } from './types/webhook.type';
import { WebhookLimitReachedError, WebhookUrlRefusedError } from './webhook.exception';
import { WebhookRepository } from './webhook.repository';

export const MAX_ACTIVE_WEBHOOKS = 20;

/**
 * An admin registers a receiver. The URL is checked before the transaction (DNS can be slow) and
 * again at every send. The secret is returned here once; the application role cannot read it back.
 */
@Injectable()
export class CreateWebhookUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly webhooks: WebhookRepository,
    @Inject(WebhookAddressGuard) private readonly guard: WebhookAddressGuard,
  ) {}

  async execute(input: CreateWebhookInput): Promise<CreatedWebhook> {
    const verdict = await this.guard.checkUrl(input.url);
    if (!verdict.ok) throw new WebhookUrlRefusedError(verdict.problem);
    const secret = generateWebhookSecret();
    const row = await this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      await this.webhooks.lockOrganisation(tx, organisationId);
      if ((await this.webhooks.countActive(tx, organisationId)) >= MAX_ACTIVE_WEBHOOKS) throw new WebhookLimitReachedError(MAX_ACTIVE_WEBHOOKS);
      return this.webhooks.insert(tx, organisationId, { id: randomUUID(), url: verdict.url.href, events: normaliseEvents(input.events), secret });
    });
    return { webhook: WebhookType.from(row), secret };
  }
}
