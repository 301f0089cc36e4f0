import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';

export interface WebhookRow extends CursorKey {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
}

// Never the secret: the application role cannot read it (only the worker signs).
const COLUMNS = `id, url, events, active, disabled_reason AS "disabledReason",
  to_json(disabled_at) #>> '{}' AS "disabledAt", to_json(created_at) #>> '{}' AS "createdAt"`;

/** SQL for webhooks, as the organisation. Every statement names the organisation as well as the id. */
@Injectable()
export class WebhookRepository {
  async insert(tx: TenantTx, organisationId: string, row: { id: string; url: string; events: string[]; secret: string }): Promise<WebhookRow> {
    const [created] = await tx.rows<WebhookRow>(`INSERT INTO webhooks (id, organisation_id, url, events, secret) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`, [
      row.id,
      organisationId,
      row.url,
      row.events,
      row.secret,
    ]);
    return created;
  }

  find(tx: TenantTx, organisationId: string, id: string): Promise<WebhookRow | undefined> {
    return tx.one<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  }

  /** Serialises webhook creation per organisation, so that the limit on active webhooks holds. */
  async lockOrganisation(tx: TenantTx, organisationId: string): Promise<void> {
    await tx.rows(`SELECT pg_advisory_xact_lock(hashtext('webhooks:' || $1))`, [organisationId]);
  }

  async countActive(tx: TenantTx, organisationId: string): Promise<number> {
    const row = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM webhooks WHERE organisation_id = $1 AND active`, [organisationId]);
    return row!.n;
  }

  /** Disables an active webhook; undefined when this organisation has no active webhook with this id. */
  disable(tx: TenantTx, organisationId: string, id: string, reason: string): Promise<WebhookRow | undefined> {
    return tx.one<WebhookRow>(
      `UPDATE webhooks SET active = false, disabled_reason = $3, disabled_at = now() WHERE id = $1 AND organisation_id = $2 AND active RETURNING ${COLUMNS}`,
      [id, organisationId, reason],
    );
  }

  enable(tx: TenantTx, organisationId: string, id: string): Promise<WebhookRow | undefined> {
    return tx.one<WebhookRow>(
      `UPDATE webhooks SET active = true, disabled_reason = NULL, disabled_at = NULL WHERE id = $1 AND organisation_id = $2 AND NOT active RETURNING ${COLUMNS}`,
      [id, organisationId],
    );
  }

  async page(tx: TenantTx, organisationId: string, after: CursorKey | undefined, limit: number): Promise<{ rows: WebhookRow[]; total: number }> {
    const total = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM webhooks WHERE organisation_id = $1`, [organisationId]);
    const params: unknown[] = [organisationId];
    const cursor = after ? `AND (created_at, id) > ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)` : '';
    const rows = await tx.rows<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE organisation_id = $1 ${cursor} ORDER BY created_at, id LIMIT $${params.push(limit)}`, params);
    return { rows, total: total!.n };
  }
}
