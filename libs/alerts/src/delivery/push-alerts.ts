import { PreparedSql, timeOrderedId } from '@yntymak/database';
import { EventType } from '@yntymak/outbox';

/** An alert row just inserted, with the channels its organisation's preferences choose. */
export interface InsertedAlert {
  id: string;
  organisation_id: string;
  channels: string[];
}

/** The RETURNING list of an alert insert whose rows go to pushAlerts. */
export const INSERTED_ALERT_COLUMNS = `id, organisation_id, coalesce((SELECT channels FROM alert_preferences WHERE organisation_id = alerts.organisation_id), '{INBOX,SUBSCRIPTION,WEBHOOK}') AS channels`;

/** Runs one statement in the caller's transaction and returns its rows (prepared or not, as the caller can). */
export type AlertSql = (sql: PreparedSql, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const INSERT_DELIVERIES = PreparedSql.define(
  'alert-webhook-deliveries',
  `INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload)
   SELECT gen_random_uuid(), w.id, w.organisation_id, a.id, $2, a.payload
     FROM alerts a JOIN webhooks w ON w.organisation_id = a.organisation_id AND w.active AND ($2 = ANY(w.events) OR '*' = ANY(w.events))
    WHERE a.id = ANY($1::uuid[])
   ON CONFLICT (webhook_id, alert_id) DO NOTHING RETURNING id`,
);

const INSERT_EVENTS = PreparedSql.define(
  'alert-outbox-events',
  `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, payload)
   SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
);

/**
 * Pushes alerts written in the caller's transaction (ADR 0011): a delivery row for each active
 * webhook of the organisation subscribed to the event (or to '*'), and outbox events for the live
 * subscription and the deliveries, so that a crash after the commit loses nothing. Every kind of
 * alert (overlaps, field issues, shared issues) goes out this one way.
 */
export async function pushAlerts(run: AlertSql, inserted: readonly InsertedAlert[], eventType: EventType): Promise<void> {
  const hooked = inserted.filter((a) => a.channels.includes('WEBHOOK')).map((a) => a.id);
  const deliveries = hooked.length
    ? await run(INSERT_DELIVERIES, [hooked, eventType])
    : [];
  // One event for all the alerts of this write and one for all its deliveries, not one each: a
  // detection raising dozens of pairs made a job per alert, and at 50 writes/s the jobs, not the
  // alerts, filled the queue (docs/adr/0011-alerts.md, "Measured").
  const live = inserted.filter((a) => a.channels.includes('SUBSCRIPTION')).map((a) => a.id);
  const events = [
    ...(live.length ? [[EventType.AlertCreated, 'alert', live[0], JSON.stringify({ alertIds: live })]] : []),
    ...(deliveries.length ? [[EventType.WebhookDeliveryRequested, 'webhook_delivery', String(deliveries[0].id), JSON.stringify({ deliveryIds: deliveries.map((d) => String(d.id)) })]] : []),
  ];
  if (events.length === 0) return;
  await run(INSERT_EVENTS, [
    events.map(() => timeOrderedId()), events.map((e) => e[0]), events.map((e) => e[1]), events.map((e) => e[2]), events.map((e) => e[3]),
  ]);
}

