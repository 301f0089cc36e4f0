import { peekScope } from '@yntymak/context';
import { PreparedSql, TenantTx, timeOrderedId } from '@yntymak/database';
import { EventType } from './event-type';

export interface NewEvent {
  type: EventType;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
  /** The organisation the event concerns; defaults to the acting one. */
  organisationId?: string | null;
}

/**
 * Writes the event inside the caller's transaction: it commits with the domain write or not at all.
 * Call it after the write that locks the aggregate's row, so events of one aggregate are numbered
 * in commit order.
 */
const INSERT_EVENT = PreparedSql.define(
  'outbox-event-insert',
  `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, actor_key_id, request_id, payload)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
);

export async function appendEvent(tx: TenantTx, event: NewEvent): Promise<string> {
  // The id is made here: the application role may write events but never read them back.
  const eventId = timeOrderedId();
  await tx.exec(
    INSERT_EVENT,
    [
      eventId,
      event.type,
      event.aggregateType,
      event.aggregateId,
      event.organisationId === undefined ? tx.principal.organisationId : event.organisationId,
      tx.principal.apiKeyId,
      peekScope()?.id ?? null,
      JSON.stringify(event.payload ?? {}),
    ],
  );
  return eventId;
}
