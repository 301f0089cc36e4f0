import { Job } from 'bullmq';
import type { Logger } from 'pino';
import { WebhookConfig } from '@yntymak/config';
import { AttemptOutcome, AttemptResult, classifyOutcome, statusAfter } from '../domain/classify-outcome';
import { computeBackoff } from '../domain/compute-backoff';
import { signWebhook } from '../domain/sign-webhook';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { WebhookSender } from './webhook-sender';
import { DeliverJobData } from './webhook-queue';

/** Thrown to have BullMQ retry the job after `delayMs` (read by the queue's backoff strategy). */
export class RetryDeliveryLater extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = 'RetryDeliveryLater';
  }
}

export type DeliverOutcome = AttemptOutcome | 'skipped' | 'cancelled';

/** Lease beyond the attempt's timeout: covers signing, the database round trips and a slow event loop. */
const LEASE_MARGIN_MS = 10_000;

/**
 * One attempt of one delivery: take the lease, sign, POST, record the attempt, decide what comes
 * next. Retries go back to BullMQ as a thrown RetryDeliveryLater; the last attempt, a 4xx, a 410
 * and a success complete the job with the delivery's final status already written.
 */
export class DeliverWebhookProcessor {
  constructor(
    private readonly store: DeliveryStore,
    private readonly sender: WebhookSender,
    private readonly config: WebhookConfig,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async process(job: Job<DeliverJobData>): Promise<DeliverOutcome> {
    const { deliveryId, generation } = job.data;
    const claimed = await this.store.claim(deliveryId, generation, this.config.timeoutMs + LEASE_MARGIN_MS);
    if (claimed === 'not-pending') return 'skipped';
    if (claimed === 'leased') throw new RetryDeliveryLater('another worker is sending this delivery now', this.backoff(job.attemptsMade + 1));
    if (!claimed.webhookActive) {
      await this.store.cancel(deliveryId, generation, 'not sent: the webhook is disabled');
      return 'cancelled';
    }

    const startedAt = this.now();
    const body = bodyOf(claimed);
    const sent = await this.sender.send({ url: claimed.url, headers: headersFor(claimed, startedAt, body), body, timeoutMs: this.config.timeoutMs });
    const attemptNumber = job.attemptsMade + 1;
    const outcome = classifyOutcome(sent.result, attemptNumber >= (job.opts.attempts ?? 1));
    const delayMs = outcome === 'retry' ? this.backoff(attemptNumber, sent.retryAfterMs) : 0;
    const record = {
      status: statusAfter(outcome),
      statusCode: sent.result.kind === 'response' ? sent.result.statusCode : null,
      error: describe(sent.result, outcome, this.config.timeoutMs),
      durationMs: sent.durationMs,
      startedAt,
      nextAttemptAt: outcome === 'retry' ? new Date(startedAt.getTime() + sent.durationMs + delayMs) : null,
    };
    if (outcome === 'gone') {
      await this.store.recordGone(deliveryId, generation, claimed.webhookId, record, 'RECEIVER_GONE: the receiver answered 410 Gone');
      this.logger.warn({ webhookId: claimed.webhookId, organisationId: claimed.organisationId, deliveryId }, 'webhook disabled: its receiver answered 410 Gone');
    } else {
      await this.store.record(deliveryId, generation, record);
    }
    if (outcome === 'retry') throw new RetryDeliveryLater(record.error ?? 'retry', delayMs);
    if (outcome === 'dead') this.logger.warn({ webhookId: claimed.webhookId, organisationId: claimed.organisationId, deliveryId, attempts: attemptNumber }, 'webhook delivery dead-lettered');
    return outcome;
  }

  /** The delay before the next attempt after `failedAttempts` failures. */
  backoff(failedAttempts: number, retryAfterMs?: number): number {
    return computeBackoff(failedAttempts, { baseMs: this.config.backoffBaseMs, maxMs: this.config.backoffMaxMs }, Math.random, retryAfterMs);
  }
}

/** The webhook-id is the delivery id on every attempt and every redelivery: receivers dedupe on it. */
function headersFor(delivery: ClaimedDelivery, at: Date, body: string): Record<string, string> {
  const signed = signWebhook(delivery.secret, delivery.id, Math.floor(at.getTime() / 1000), body);
  return { ...signed, 'content-type': 'application/json', 'user-agent': 'Yntymak-Webhooks/1.0' };
}

/**
 * The body: the Standard Webhooks envelope around the alert's payload. Built from stored values
 * only, so every attempt sends the same bytes.
 */
function bodyOf(delivery: ClaimedDelivery): string {
  return JSON.stringify({ type: delivery.eventType, timestamp: delivery.createdAt, alertId: delivery.alertId, data: delivery.payload });
}

function describe(result: AttemptResult, outcome: AttemptOutcome, timeoutMs: number): string | null {
  switch (result.kind) {
    case 'timeout':
      return `timeout: no complete response within ${timeoutMs} ms`;
    case 'network-error':
      return `network error: ${result.message}`.slice(0, 500);
    case 'refused':
      return `address refused: ${result.message}`.slice(0, 500);
    case 'response':
      if (outcome === 'succeeded') return null;
      if (outcome === 'gone') return 'HTTP 410 Gone: the webhook was disabled';
      if (outcome === 'failed') return `HTTP ${result.statusCode}: the receiver refused the delivery; not retried`;
      return `HTTP ${result.statusCode}`;
  }
}
