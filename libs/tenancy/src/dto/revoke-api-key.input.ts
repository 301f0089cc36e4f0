import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API key id (a UUID)' })
  id: string;
}
