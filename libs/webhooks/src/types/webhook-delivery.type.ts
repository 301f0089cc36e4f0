import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@yntymak/graphql-kit';
import { DeliveryStatus } from '../domain/classify-outcome';
import { AttemptRow, DeliveryRow } from '../webhook-delivery.repository';

export enum WebhookDeliveryStatusEnum {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: queued, being sent or waiting for a retry. SUCCEEDED: a 2xx. FAILED: refused by the receiver (a 4xx, 410) or by the address guard; not retried. ' +
    'DEAD: every attempt failed (timeouts, network errors, 5xx, 429); dead-lettered. CANCELLED: its webhook was disabled before it was sent.',
});

@ObjectType('WebhookAttempt', { description: 'One POST to the receiver.' })
export class WebhookAttemptType {
  @Field(() => Int, { description: '1 for the first attempt of the delivery, counting across redeliveries.' }) attempt: number;
  @Field({ description: 'When the attempt started.' }) at: string;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when no response came (timeout, network error)." }) statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;

  static from(row: AttemptRow): WebhookAttemptType {
    return Object.assign(new WebhookAttemptType(), { attempt: row.attempt, at: row.at, statusCode: row.statusCode, error: row.error, durationMs: row.durationMs });
  }
}

@ObjectType('WebhookDelivery', { description: 'One alert for one webhook. Its id is the webhook-id header of every attempt.' })
export class WebhookDeliveryType {
  @Field(() => ID) id: string;
  @Field(() => ID) webhookId: string;
  @Field(() => ID) alertId: string;
  @Field() eventType: string;
  @Field(() => WebhookDeliveryStatusEnum) status: DeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far, across redeliveries.' }) attemptCount: number;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) deliveredAt: string | null;
  @Field(() => String, { nullable: true, description: 'When the next retry is due, while one is.' }) nextAttemptAt: string | null;

  static from(row: DeliveryRow): WebhookDeliveryType {
    return Object.assign(new WebhookDeliveryType(), {
      id: row.id,
      webhookId: row.webhookId,
      alertId: row.alertId,
      eventType: row.eventType,
      status: row.status,
      attemptCount: row.attemptCount,
      lastStatusCode: row.lastStatusCode,
      lastError: row.lastError,
      createdAt: row.createdAt,
      deliveredAt: row.deliveredAt,
      nextAttemptAt: row.nextAttemptAt,
    });
  }
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryType, 'WebhookDelivery') {}
