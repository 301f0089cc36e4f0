import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '@yntymak/tenancy';
import { CreateWebhookUseCase } from './create-webhook.use-case';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { WebhookIdInput } from './dto/webhook-id.input';
import { WebhooksArgs } from './dto/webhooks.args';
import { CreatedWebhook, WebhookConnection, WebhookType } from './types/webhook.type';
import { WebhookQueries } from './webhook.queries';
import { DisableWebhookUseCase, EnableWebhookUseCase } from './webhook-state.use-cases';

@Resolver(() => WebhookType)
export class WebhookResolver {
  constructor(
    private readonly queries: WebhookQueries,
    private readonly createUseCase: CreateWebhookUseCase,
    private readonly disableUseCase: DisableWebhookUseCase,
    private readonly enableUseCase: EnableWebhookUseCase,
  ) {}

  @Query(() => WebhookConnection, { description: "Your organisation's webhooks, oldest first (never their secrets)." })
  webhooks(@Args() args: WebhooksArgs): Promise<WebhookConnection> {
    return this.queries.webhooksPage(args);
  }

  @Mutation(() => CreatedWebhook, { description: 'Admins: a new webhook for your organisation. The signing secret is returned once.' })
  @RequireRole('ADMIN')
  createWebhook(@Args('input') input: CreateWebhookInput): Promise<CreatedWebhook> {
    return this.createUseCase.execute(input);
  }

  @Mutation(() => WebhookType, { description: 'Admins: stop a webhook; its pending deliveries are cancelled. It stays listed, with its history. Idempotent.' })
  @RequireRole('ADMIN')
  disableWebhook(@Args('input') input: WebhookIdInput): Promise<WebhookType> {
    return this.disableUseCase.execute(input.id);
  }

  @Mutation(() => WebhookType, { description: 'Admins: turn a disabled webhook on again (its URL is checked again). Idempotent.' })
  @RequireRole('ADMIN')
  enableWebhook(@Args('input') input: WebhookIdInput): Promise<WebhookType> {
    return this.enableUseCase.execute(input.id);
  }
}
