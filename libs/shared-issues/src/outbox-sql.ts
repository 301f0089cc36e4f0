import { randomUUID } from 'node:crypto';
import { peekScope } from '@yntymak/context';
import { EventType } from '@yntymak/outbox';
import { Sql } from './sql';

/**
 * An outbox event in the caller's transaction, from either side (tenant or owner): the escalation of
 * a shared issue is written by the coordinator's request or by the grouping job, and its event must
 * commit with it either way.
 */
export async function appendSharedIssueEvent(sql: Sql, type: EventType, aggregateType: string, aggregateId: string, payload: Record<string, unknown> = {}): Promise<void> {
  await sql.rows(
    // No RETURNING: the application role may write events but never read them back.
    `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, request_id, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [randomUUID(), type, aggregateType, aggregateId, sql.actorOrganisationId, peekScope()?.id ?? null, JSON.stringify(payload)],
  );
}
