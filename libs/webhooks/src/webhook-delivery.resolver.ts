import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '@yntymak/tenancy';
import { RedeliverWebhookInput } from './dto/redeliver-webhook.input';
import { WebhookDeliveriesArgs } from './dto/webhooks.args';
import { RedeliverWebhookUseCase } from './redeliver-webhook.use-case';
import { WebhookAttemptType, WebhookDeliveryConnection, WebhookDeliveryType } from './types/webhook-delivery.type';
import { WebhookQueries } from './webhook.queries';

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  constructor(
    private readonly queries: WebhookQueries,
    private readonly redeliverUseCase: RedeliverWebhookUseCase,
  ) {}

  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries of one of your webhooks, newest first, with every attempt; dead-lettered ones have status DEAD.' })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    return this.queries.deliveriesPage(args);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Admins: send a finished delivery again, with the same webhook-id.' })
  @RequireRole('ADMIN')
  redeliverWebhook(@Args('input') input: RedeliverWebhookInput): Promise<WebhookDeliveryType> {
    return this.redeliverUseCase.execute(input.deliveryId);
  }

  @ResolveField(() => [WebhookAttemptType], { description: 'Every attempt, oldest first.' })
  attempts(@Parent() delivery: WebhookDeliveryType): Promise<WebhookAttemptType[]> {
    return this.queries.attemptsOf(delivery.id);
  }
}
