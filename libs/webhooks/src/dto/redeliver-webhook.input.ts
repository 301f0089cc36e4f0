import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'The delivery to send again; it keeps its webhook-id.' })
  @IsUUID('all', { message: 'deliveryId must be a webhook delivery id (a UUID)' })
  deliveryId: string;
}
