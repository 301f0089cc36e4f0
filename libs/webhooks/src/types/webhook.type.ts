import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@yntymak/graphql-kit';
import { WebhookRow } from '../webhook.repository';

@ObjectType('Webhook', { description: 'A receiver of your organisation\'s alerts. Its signing secret is shown once, at creation.' })
export class WebhookType {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [String]) events: string[];
  @Field({ description: 'False once disabled by you (disableWebhook) or by the receiver answering 410 Gone.' }) active: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is disabled: DISABLED_BY_USER, or RECEIVER_GONE: ...' }) disabledReason: string | null;
  @Field(() => String, { nullable: true }) disabledAt: string | null;
  @Field() createdAt: string;

  static from(row: WebhookRow): WebhookType {
    return Object.assign(new WebhookType(), {
      id: row.id,
      url: row.url,
      events: row.events,
      active: row.active,
      disabledReason: row.disabledReason,
      disabledAt: row.disabledAt,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType()
export class WebhookConnection extends Connection(WebhookType, 'Webhook') {}

@ObjectType({ description: 'A new webhook. `secret` (whsec_...) is shown here once and never again: store it now; receivers verify signatures with it.' })
export class CreatedWebhook {
  @Field(() => WebhookType) webhook: WebhookType;
  @Field() secret: string;
}
