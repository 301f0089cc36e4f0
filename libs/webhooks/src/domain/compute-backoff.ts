export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * How long to wait before the retry that follows failed attempt `failedAttempts` (1 = the first
 * send failed): exponential from `baseMs`, capped at `maxMs`, with "equal jitter" (a random point in
 * the upper half of the step) so that receivers coming back from an outage are not hit by every
 * retry at the same instant. A receiver's Retry-After is honoured when it asks for longer, up to the cap.
 */
export function computeBackoff(failedAttempts: number, policy: BackoffPolicy, random: () => number = Math.random, retryAfterMs?: number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = Math.round(step / 2 + random() * (step / 2));
  const asked = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.min(policy.maxMs, Math.max(0, retryAfterMs)) : 0;
  return Math.max(1, jittered, asked);
}
