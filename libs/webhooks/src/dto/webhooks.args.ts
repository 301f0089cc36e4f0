import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { DELIVERY_STATUSES, DeliveryStatus } from '../domain/classify-outcome';
import { WebhookDeliveryStatusEnum } from '../types/webhook-delivery.type';

@ArgsType()
export class WebhooksArgs extends ConnectionArgs {}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'webhookId must be a webhook id (a UUID)' })
  webhookId: string;

  @Field(() => WebhookDeliveryStatusEnum, { nullable: true, description: 'Only deliveries with this status.' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES as DeliveryStatus[])
  status?: DeliveryStatus;
}
