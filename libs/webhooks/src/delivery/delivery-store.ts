import { DataSource } from 'typeorm';
import { PreparedSql, queryPrepared } from '@yntymak/database';
import { DeliveryStatus } from '../domain/classify-outcome';

/** A delivery the sender holds the lease of, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  organisationId: string;
  webhookId: string;
  alertId: string;
  eventType: string;
  payload: unknown;
  createdAt: string;
  url: string;
  secret: string;
  webhookActive: boolean;
}

export interface AttemptRecord {
  status: DeliveryStatus;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  startedAt: Date;
  nextAttemptAt: Date | null;
}

/** Taking a delivery's send lease: every delivery's first statement (prepared: planning it cost more than running it). */
const CLAIM = PreparedSql.define(
  'webhook-delivery-claim',
  `UPDATE webhook_deliveries d SET sending_until = clock_timestamp() + make_interval(secs => $3::double precision / 1000)
     FROM webhooks w
    WHERE d.id = $1 AND d.generation = $2 AND d.status = 'PENDING' AND w.id = d.webhook_id
      AND (d.sending_until IS NULL OR d.sending_until < clock_timestamp())
   RETURNING d.id, d.organisation_id AS "organisationId", d.webhook_id AS "webhookId", d.alert_id AS "alertId", d.event_type AS "eventType",
             d.payload, to_json(d.created_at) #>> '{}' AS "createdAt", w.url, w.secret, w.active AS "webhookActive"`,
);

/** Recording an attempt: every delivery's last statement. */
const RECORD = PreparedSql.define(
  'webhook-delivery-record',
  `WITH d AS (
     UPDATE webhook_deliveries
        SET attempts = attempts + 1, last_status_code = $4, last_error = $5, sending_until = NULL,
            status = CASE WHEN status = 'PENDING' AND generation = $2 THEN $3 ELSE status END,
            delivered_at = CASE WHEN $3 = 'SUCCEEDED' THEN clock_timestamp() ELSE delivered_at END,
            next_attempt_at = CASE WHEN status = 'PENDING' AND generation = $2 AND $3 = 'PENDING' THEN $8::timestamptz END
      WHERE id = $1
     RETURNING id, organisation_id, attempts, status)
   INSERT INTO webhook_attempts (delivery_id, organisation_id, attempt, at, status_code, error, duration_ms)
   SELECT id, organisation_id, attempts, $6, $4, $5, $7 FROM d
   RETURNING (SELECT status FROM d)`,
);

/**
 * The sender's SQL, on the owner connection: it starts from a delivery id alone and acts for
 * whichever organisation the delivery belongs to. Every statement is keyed by the delivery's id
 * (and its webhook, by foreign key), and every status change is a compare-and-set on
 * (status = 'PENDING', generation): a delivery that has SUCCEEDED, or was cancelled or redelivered
 * meanwhile, is never changed, or sent, by a stale job.
 */
export class DeliveryStore {
  constructor(private readonly owner: DataSource) {}

  async pendingGeneration(id: string): Promise<number | undefined> {
    const [row] = await this.owner.query(`SELECT generation FROM webhook_deliveries WHERE id = $1 AND status = 'PENDING'`, [id]);
    return row?.generation;
  }

  /**
   * Takes the send lease of a pending delivery of this generation: 'not-pending' when there is
   * nothing to send (done, cancelled, superseded), 'leased' when another worker is sending it now.
   */
  async claim(id: string, generation: number, leaseMs: number): Promise<ClaimedDelivery | 'not-pending' | 'leased'> {
    const { rows } = await queryPrepared<ClaimedDelivery>(this.owner, CLAIM, [id, generation, leaseMs]);
    if (rows[0]) return rows[0];
    return (await this.pendingGeneration(id)) === generation ? 'leased' : 'not-pending';
  }

  /** Records one attempt and moves the delivery on, in one statement. Returns the status it now has. */
  async record(id: string, generation: number, attempt: AttemptRecord): Promise<DeliveryStatus | undefined> {
    const [row] = (
      await queryPrepared<{ status: DeliveryStatus }>(this.owner, RECORD, [
        id,
        generation,
        attempt.status,
        attempt.statusCode,
        attempt.error,
        attempt.startedAt,
        attempt.durationMs,
        attempt.nextAttemptAt,
      ])
    ).rows;
    return row?.status;
  }

  /**
   * The receiver answered 410 Gone: record the attempt, disable the webhook and cancel its other
   * pending deliveries, together.
   */
  async recordGone(id: string, generation: number, webhookId: string, attempt: AttemptRecord, reason: string): Promise<void> {
    await this.owner.transaction(async (em) => {
      await em.query(`UPDATE webhooks SET active = false, disabled_reason = $2, disabled_at = clock_timestamp() WHERE id = $1 AND active`, [webhookId, reason]);
      await em.query(
        `UPDATE webhook_deliveries SET status = 'CANCELLED', last_error = $3, next_attempt_at = NULL
          WHERE webhook_id = $1 AND status = 'PENDING' AND id <> $2`,
        [webhookId, id, `not sent: the webhook was disabled (${reason})`],
      );
      await em.query(
        `WITH d AS (
           UPDATE webhook_deliveries
              SET attempts = attempts + 1, last_status_code = $4, last_error = $5, sending_until = NULL, next_attempt_at = NULL,
                  status = CASE WHEN status = 'PENDING' AND generation = $2 THEN $3 ELSE status END
            WHERE id = $1
           RETURNING id, organisation_id, attempts)
         INSERT INTO webhook_attempts (delivery_id, organisation_id, attempt, at, status_code, error, duration_ms)
         SELECT id, organisation_id, attempts, $6, $4, $5, $7 FROM d`,
        [id, generation, attempt.status, attempt.statusCode, attempt.error, attempt.startedAt, attempt.durationMs],
      );
    });
  }

  /** The webhook was disabled before this delivery went out: it will not be sent. */
  async cancel(id: string, generation: number, reason: string): Promise<void> {
    await this.owner.query(
      `UPDATE webhook_deliveries SET status = 'CANCELLED', last_error = $3, next_attempt_at = NULL, sending_until = NULL
        WHERE id = $1 AND generation = $2 AND status = 'PENDING'`,
      [id, generation, reason],
    );
  }

  /** The job gave up for a reason of our own (the database was down through every attempt): dead-letter it. */
  async markDead(id: string, generation: number, reason: string): Promise<boolean> {
    const { count } = await this.update(
      `UPDATE webhook_deliveries SET status = 'DEAD', last_error = $3, next_attempt_at = NULL, sending_until = NULL
        WHERE id = $1 AND generation = $2 AND status = 'PENDING'`,
      [id, generation, reason],
    );
    return count > 0;
  }

  /** TypeORM answers an UPDATE with [rows, affected count] rather than rows. */
  private async update<T>(sql: string, params: unknown[]): Promise<{ rows: T[]; count: number }> {
    const [rows, count] = await this.owner.query(sql, params);
    return { rows, count };
  }
}
