import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { WebhookAddressGuard } from './address/webhook-address-guard';
import { CreateWebhookUseCase } from './create-webhook.use-case';
import { RedeliverWebhookUseCase } from './redeliver-webhook.use-case';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookDeliveryResolver } from './webhook-delivery.resolver';
import { WebhookQueries } from './webhook.queries';
import { WebhookRepository } from './webhook.repository';
import { WebhookResolver } from './webhook.resolver';
import { DisableWebhookUseCase, EnableWebhookUseCase } from './webhook-state.use-cases';

/** Webhooks in the API: register, list, disable and enable receivers; see deliveries and redeliver. Sending runs in the worker (WebhookDeliveryModule). */
@Module({})
export class WebhooksModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebhooksModule,
      providers: [
        { provide: WebhookAddressGuard, useValue: new WebhookAddressGuard(config.webhooks) },
        WebhookRepository,
        WebhookDeliveryRepository,
        WebhookQueries,
        CreateWebhookUseCase,
        DisableWebhookUseCase,
        EnableWebhookUseCase,
        RedeliverWebhookUseCase,
        WebhookResolver,
        WebhookDeliveryResolver,
      ],
    };
  }
}
