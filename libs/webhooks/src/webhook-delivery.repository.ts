import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';
import { DeliveryStatus } from './domain/classify-outcome';

export interface DeliveryRow extends CursorKey {
  id: string;
  webhookId: string;
  alertId: string;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
}

export interface AttemptRow {
  deliveryId: string;
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const COLUMNS = `d.id, d.webhook_id AS "webhookId", d.alert_id AS "alertId", d.event_type AS "eventType", d.status, d.attempts AS "attemptCount",
  d.last_status_code AS "lastStatusCode", d.last_error AS "lastError", to_json(d.created_at) #>> '{}' AS "createdAt",
  to_json(d.delivered_at) #>> '{}' AS "deliveredAt", to_json(d.next_attempt_at) #>> '{}' AS "nextAttemptAt"`;

/** SQL for deliveries and their attempts, as the organisation. */
@Injectable()
export class WebhookDeliveryRepository {
  find(tx: TenantTx, organisationId: string, id: string): Promise<(DeliveryRow & { webhookActive: boolean }) | undefined> {
    return tx.one(`SELECT ${COLUMNS}, w.active AS "webhookActive" FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = $1 AND d.organisation_id = $2`, [
      id,
      organisationId,
    ]);
  }

  /** Newest first; `status` narrows to one status. */
  async page(
    tx: TenantTx,
    organisationId: string,
    filter: { webhookId: string; status?: DeliveryStatus },
    after: CursorKey | undefined,
    limit: number,
  ): Promise<{ rows: DeliveryRow[]; total: number }> {
    const params: unknown[] = [organisationId, filter.webhookId];
    const where = [`d.organisation_id = $1`, `d.webhook_id = $2`];
    if (filter.status) where.push(`d.status = $${params.push(filter.status)}`);
    const total = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries d WHERE ${where.join(' AND ')}`, params);
    if (after) where.push(`(d.created_at, d.id) < ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows = await tx.rows<DeliveryRow>(
      `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE ${where.join(' AND ')} ORDER BY d.created_at DESC, d.id DESC LIMIT $${params.push(limit)}`,
      params,
    );
    return { rows, total: total!.n };
  }

  /** Every attempt of these deliveries, oldest first: one query for a whole page. */
  attempts(tx: TenantTx, organisationId: string, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
    return tx.rows<AttemptRow>(
      `SELECT delivery_id AS "deliveryId", attempt, to_json(at) #>> '{}' AS at, status_code AS "statusCode", error, duration_ms AS "durationMs"
         FROM webhook_attempts WHERE organisation_id = $1 AND delivery_id = ANY($2::uuid[]) ORDER BY delivery_id, attempt`,
      [organisationId, deliveryIds],
    );
  }

  /**
   * Puts a finished delivery back to PENDING under a new generation (compare-and-set: a delivery
   * still pending is left alone). Undefined when no finished delivery of this organisation has this id.
   */
  requeue(tx: TenantTx, organisationId: string, id: string): Promise<{ generation: number } | undefined> {
    return tx.one(
      `UPDATE webhook_deliveries SET status = 'PENDING', generation = generation + 1, next_attempt_at = NULL, last_error = NULL
        WHERE id = $1 AND organisation_id = $2 AND status <> 'PENDING' RETURNING generation`,
      [id, organisationId],
    );
  }

  /** The webhook was disabled: its pending deliveries will not be sent. */
  cancelPending(tx: TenantTx, organisationId: string, webhookId: string, reason: string): Promise<number> {
    return tx.exec(
      `UPDATE webhook_deliveries SET status = 'CANCELLED', last_error = $3, next_attempt_at = NULL WHERE webhook_id = $1 AND organisation_id = $2 AND status = 'PENDING'`,
      [webhookId, organisationId, reason],
    );
  }
}
