import { randomUUID } from 'node:crypto';
import { EventType } from '@yntymak/outbox';
import { Sql } from '../sql';

export interface InsertedAlert {
  id: string;
  organisation_id: string;
  channels: string[];
}

/** The RETURNING list of an alert insert that pushes: what pushAlerts needs. */
export const INSERTED_ALERT_COLUMNS = `id, organisation_id, coalesce((SELECT channels FROM alert_preferences WHERE organisation_id = alerts.organisation_id), '{INBOX,SUBSCRIPTION,WEBHOOK}') AS channels`;

/**
 * Pushes alerts written in the caller's transaction as overlap alerts are pushed (ADR 0011): a
 * live-subscription event and a webhook delivery for each subscribed webhook, through the outbox.
 */
export async function pushAlerts(sql: Sql, inserted: readonly InsertedAlert[], eventType: EventType): Promise<void> {
  const hooked = inserted.filter((a) => a.channels.includes('WEBHOOK')).map((a) => a.id);
  const deliveries = hooked.length
    ? await sql.rows<{ id: string }>(
        `INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload)
         SELECT gen_random_uuid(), w.id, w.organisation_id, a.id, $2, a.payload
           FROM alerts a JOIN webhooks w ON w.organisation_id = a.organisation_id AND w.active AND ($2 = ANY(w.events) OR '*' = ANY(w.events))
          WHERE a.id = ANY($1::uuid[])
         ON CONFLICT (webhook_id, alert_id) DO NOTHING RETURNING id`,
        [hooked, eventType],
      )
    : [];
  const events = [
    ...inserted.filter((a) => a.channels.includes('SUBSCRIPTION')).map((a) => [EventType.AlertCreated, 'alert', a.id, a.organisation_id]),
    ...deliveries.map((d) => [EventType.WebhookDeliveryRequested, 'webhook_delivery', d.id, null]),
  ];
  if (events.length === 0) return;
  await sql.exec(
    `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
    [events.map(() => randomUUID()), events.map((e) => e[0]), events.map((e) => e[1]), events.map((e) => e[2]), events.map((e) => e[3])],
  );
}
