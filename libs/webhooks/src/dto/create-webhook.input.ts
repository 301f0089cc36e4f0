import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { SUBSCRIBABLE_EVENTS } from '../domain/webhook-events';
import { MAX_URL_LENGTH } from '../domain/parse-webhook-url';

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'The receiver: https (http only outside production), on a public address.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url: string;

  @Field(() => [String], { description: `Events to receive: ${SUBSCRIBABLE_EVENTS.join(', ')} ('*' = every event, also future ones).` })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(SUBSCRIBABLE_EVENTS.length)
  @IsIn(SUBSCRIBABLE_EVENTS as string[], { each: true, message: `events must each be one of ${SUBSCRIBABLE_EVENTS.join(', ')}` })
  events: string[];
}
