/** The gateway's own Redis connection (readiness, queue figures). */
export const GATEWAY_REDIS = Symbol('GATEWAY_REDIS');
export const DOMAIN_EVENTS_QUEUE = Symbol('DOMAIN_EVENTS_QUEUE');

/** Set when the process has been asked to stop: readiness turns 503 so that traffic drains away first. */
export class Draining {
  active = false;
}
