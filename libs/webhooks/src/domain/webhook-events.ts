/** The events a webhook may subscribe to; '*' means every one, including those added later. */
export const WEBHOOK_EVENTS = ['overlap.detected', 'overlap.changed', 'overlap.reviewed', 'overlap.closed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const ALL_WEBHOOK_EVENTS = '*';
export const SUBSCRIBABLE_EVENTS: readonly string[] = [...WEBHOOK_EVENTS, ALL_WEBHOOK_EVENTS];

/** One entry per event, in a stable order; '*' absorbs the rest. */
export function normaliseEvents(events: readonly string[]): string[] {
  if (events.includes(ALL_WEBHOOK_EVENTS)) return [ALL_WEBHOOK_EVENTS];
  return WEBHOOK_EVENTS.filter((event) => events.includes(event));
}
