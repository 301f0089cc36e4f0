import { JobsOptions } from 'bullmq';
import { WebhookConfig } from '@yntymak/config';

/** Job names of the webhook-deliveries queue. Renaming one strands its jobs. */
export enum WebhookJobName {
  Deliver = 'webhook.deliver',
}

/** The custom backoff strategy's name (see DeliveryWorker). */
export const WEBHOOK_BACKOFF = 'webhook-jitter';

export interface DeliverJobData {
  deliveryId: string;
  /** 0 for the first send; each redelivery adds one. */
  generation: number;
}

/**
 * The delivery id is the job id, so a re-relayed event does not queue a second send. A
 * redelivery needs a job of its own (the first may still be retained): it gets a suffix.
 * (BullMQ refuses ':' in custom ids.)
 */
export function deliveryJobId(deliveryId: string, generation: number): string {
  return generation === 0 ? deliveryId : `${deliveryId}.r${generation}`;
}

export function deliveryJobOptions(config: WebhookConfig, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: config.maxAttempts,
    backoff: { type: WEBHOOK_BACKOFF },
    // Bounded retention; the delivery row's compare-and-set on status is the real guard against a repeat.
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
