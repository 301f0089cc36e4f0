export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'DEAD' | 'CANCELLED';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED', 'DEAD', 'CANCELLED'];

/** What one attempt came to, as the sender saw it. */
export type AttemptResult =
  | { kind: 'response'; statusCode: number }
  | { kind: 'timeout' }
  | { kind: 'network-error'; message: string }
  /** The address guard refused the receiver's address at send time (DNS now points somewhere private). */
  | { kind: 'refused'; message: string };

/**
 * What happens to the delivery next:
 * - `succeeded`: a 2xx.
 * - `retry`: a timeout, a network error, a 5xx or a 429, while attempts remain; on the last attempt, `dead`.
 * - `failed`: any other answer (3xx are not followed; 4xx mean the receiver rejects this message)
 *   and an address the guard refuses: repeating would not change them.
 * - `gone`: a 410. The receiver says the endpoint no longer exists: the webhook is disabled.
 */
export type AttemptOutcome = 'succeeded' | 'retry' | 'dead' | 'failed' | 'gone';

export function classifyOutcome(result: AttemptResult, isLastAttempt: boolean): AttemptOutcome {
  const retryOrDead: AttemptOutcome = isLastAttempt ? 'dead' : 'retry';
  switch (result.kind) {
    case 'timeout':
    case 'network-error':
      return retryOrDead;
    case 'refused':
      return 'failed';
    case 'response': {
      const code = result.statusCode;
      if (code >= 200 && code < 300) return 'succeeded';
      if (code === 410) return 'gone';
      if (code === 429 || code >= 500) return retryOrDead;
      return 'failed';
    }
  }
}

/** The delivery status an outcome leaves behind. */
export function statusAfter(outcome: AttemptOutcome): DeliveryStatus {
  switch (outcome) {
    case 'succeeded':
      return 'SUCCEEDED';
    case 'retry':
      return 'PENDING';
    case 'dead':
      return 'DEAD';
    case 'failed':
    case 'gone':
      return 'FAILED';
  }
}
