import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class WebhookIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a webhook id (a UUID)' })
  id: string;
}
