import { randomUUID } from 'node:crypto';
import { TenantTx } from '@yntymak/database';
import { EventType, NewEvent, appendEvent } from '@yntymak/outbox';
import { Sql } from '../sql';

export type IssueOutboxEvent = Omit<NewEvent, 'aggregateType'> & { type: EventType };

/** An issue's outbox event in the acting tenant's transaction. */
export function appendIssueEvent(tx: TenantTx, event: IssueOutboxEvent): Promise<string> {
  return appendEvent(tx, { ...event, aggregateType: 'issue' });
}

/** The same from system work (deadline jobs, as the owner): no acting organisation or key. */
export async function appendSystemIssueEvent(sql: Sql, event: IssueOutboxEvent): Promise<string> {
  const eventId = randomUUID();
  await sql.exec(
    `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, payload) VALUES ($1, $2, 'issue', $3, $4, $5)`,
    [eventId, event.type, event.aggregateId, event.organisationId ?? null, JSON.stringify(event.payload ?? {})],
  );
  return eventId;
}
