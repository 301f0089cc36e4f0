import { DomainEvent } from './domain-event';
import { EventType } from './event-type';

/** One reaction to domain events. Must be idempotent: delivery is at least once. */
export interface EventHandler {
  /** Stable name, stored in processed_events by handlers that guard a side effect. */
  readonly name: string;
  readonly events: readonly EventType[];
  handle(event: DomainEvent): Promise<'done' | 'skipped'>;
}

/**
 * Every event type must be claimed: either by a handler, or listed here as an event that nothing
 * reacts to yet. The worker's relay does not make jobs of these: they stay in the outbox table
 * (kept a week), which is the complete event log.
 */
export const EVENTS_WITHOUT_HANDLERS: readonly EventType[] = [
  EventType.OrganisationCreated,
  EventType.ApiKeyCreated,
  // Alerts (inbox, subscription, webhooks) will claim these.
  EventType.OverlapDetected,
  EventType.OverlapChanged,
  EventType.OverlapReviewed,
  EventType.OverlapClosed,
  // The issue's history is the record; nothing reacts yet.
  EventType.GovernmentBodyLinked,
];

/** Claimed by a handler when one is registered; listed so that a worker without it still starts. */
export const EVENTS_OPTIONALLY_HANDLED: readonly EventType[] = [
  EventType.WebhookDeliveryRequested,
  // The shared-issues grouping reacts to these (libs/shared-issues).
  EventType.IssueRaised,
  EventType.IssueRefined,
  EventType.IssueTransitioned,
];

/** Builds the dispatch table and fails start-up if an event has no handler or a handler name repeats. */
export function buildDispatchTable(handlers: readonly EventHandler[]): Map<EventType, EventHandler[]> {
  const table = new Map<EventType, EventHandler[]>();
  const names = new Set<string>();
  for (const handler of handlers) {
    if (names.has(handler.name)) throw new Error(`Two event handlers are named ${handler.name}`);
    names.add(handler.name);
    for (const type of handler.events) table.set(type, [...(table.get(type) ?? []), handler]);
  }
  const unclaimed = Object.values(EventType).filter((t) => !table.has(t) && !EVENTS_WITHOUT_HANDLERS.includes(t) && !EVENTS_OPTIONALLY_HANDLED.includes(t));
  if (unclaimed.length) throw new Error(`No handler for event type(s): ${unclaimed.join(', ')}`);
  return table;
}
