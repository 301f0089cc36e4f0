/** The events a webhook may subscribe to; '*' means every one, including those added later. */
export const WEBHOOK_EVENTS = [
  'overlap.detected',
  'overlap.changed',
  'overlap.reviewed',
  'overlap.closed',
  // A field issue in the area and theme of one of the organisation's active projects.
  'issue.addressed',
  // A field issue's deadline passed at national level (sent to the coordinating agency).
  'issue.transitioned',
  // A shared issue went to the coordinating body as a dossier.
  'shared_issue.escalated',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const ALL_WEBHOOK_EVENTS = '*';
export const SUBSCRIBABLE_EVENTS: readonly string[] = [...WEBHOOK_EVENTS, ALL_WEBHOOK_EVENTS];

/** One entry per event, in a stable order; '*' absorbs the rest. */
export function normaliseEvents(events: readonly string[]): string[] {
  if (events.includes(ALL_WEBHOOK_EVENTS)) return [ALL_WEBHOOK_EVENTS];
  return WEBHOOK_EVENTS.filter((event) => events.includes(event));
}
