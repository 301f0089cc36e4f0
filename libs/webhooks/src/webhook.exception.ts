import { BadInputError, ConflictError } from '@yntymak/errors';

/** Stable reasons (extensions.reason) of the webhooks context's errors. */
export enum WebhookErrorReason {
  UrlRefused = 'WEBHOOK_URL_REFUSED',
  LimitReached = 'WEBHOOK_LIMIT_REACHED',
  DeliveryPending = 'WEBHOOK_DELIVERY_PENDING',
  WebhookDisabled = 'WEBHOOK_DISABLED',
}

/** The URL is malformed, not https in production, or reaches an address webhooks may not call. */
export class WebhookUrlRefusedError extends BadInputError {
  constructor(problem: string) {
    super('url', problem, WebhookErrorReason.UrlRefused);
  }
}

export class WebhookLimitReachedError extends ConflictError {
  constructor(limit: number) {
    super(WebhookErrorReason.LimitReached, `Your organisation already has ${limit} active webhooks; disable one first.`);
  }
}

export class DeliveryPendingError extends ConflictError {
  constructor() {
    super(WebhookErrorReason.DeliveryPending, 'This delivery is still being sent or retried; redeliver it once it has succeeded, failed or been dead-lettered.', 'deliveryId');
  }
}

export class WebhookDisabledError extends ConflictError {
  constructor() {
    super(WebhookErrorReason.WebhookDisabled, 'The webhook of this delivery is disabled; enable it (enableWebhook) before redelivering.', 'deliveryId');
  }
}
