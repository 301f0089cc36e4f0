import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';
import { AlertPreferencesInput } from './dto/alerts.args';
import { AlertPreferencesType, AlertType } from './types/alert.type';

export interface AlertRow {
  id: string;
  kind: string;
  overlap_id: string | null;
  score: string | null;
  blind: boolean;
  payload: { explanation?: string; kind?: string; status?: string; projects?: Array<Record<string, any>> };
  created_at: string;
  read_at: string | null;
}

export const ALERT_COLUMNS = `id, kind, overlap_id, score::text, blind, payload, to_json(created_at) #>> '{}' AS created_at, to_json(read_at) #>> '{}' AS read_at`;

export function toAlert(row: AlertRow): AlertType {
  return {
    id: row.id,
    kind: row.kind,
    overlapId: row.overlap_id,
    score: row.score === null ? null : Number(row.score),
    blind: row.blind,
    message: row.payload.explanation ?? row.kind,
    overlapKind: row.payload.kind ?? null,
    overlapStatus: row.payload.status ?? null,
    projects: (row.payload.projects ?? []).map((p) => ({
      projectId: p.projectId ?? null,
      ownerId: p.ownerId ?? null,
      title: p.title ? (p.title.en ?? p.title.ru ?? p.title.ky ?? null) : null,
      blindThemes: p.blind?.themes ?? null,
      blindArea: p.blind?.area ?? null,
      blindStartDate: p.blind?.startDate ?? null,
      blindEndDate: p.blind?.endDate ?? null,
    })),
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** The organisation's inbox and preferences. Newest first. */
@Injectable()
export class AlertRepository {
  async page(tx: TenantTx, unreadOnly: boolean, after: CursorKey | undefined, limit: number): Promise<{ rows: AlertRow[]; total: number; unread: number }> {
    const org = tx.principal.organisationId;
    const [{ total, unread }] = await tx.rows<{ total: number; unread: number }>(
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM alerts WHERE organisation_id = $1`,
      [org, unreadOnly],
    );
    const params: unknown[] = [org];
    const filters = [`organisation_id = $1`];
    if (unreadOnly) filters.push('read_at IS NULL');
    if (after) filters.push(`(created_at, id) < ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows = await tx.rows<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE ${filters.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.push(limit)}`, params);
    return { rows, total, unread };
  }

  /** Marks the caller's own alerts read; ids of other organisations match nothing. */
  async markRead(tx: TenantTx, ids: string[]): Promise<number> {
    return tx.exec(`UPDATE alerts SET read_at = now() WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`, [tx.principal.organisationId, ids]);
  }

  async unread(tx: TenantTx): Promise<number> {
    const [{ n }] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM alerts WHERE organisation_id = $1 AND read_at IS NULL`, [tx.principal.organisationId]);
    return n;
  }

  async preferences(tx: TenantTx): Promise<AlertPreferencesType> {
    const [row] = await tx.rows<{ min_score: string; theme_codes: string[]; admin_unit_ids: string[]; channels: string[] }>(
      `SELECT min_score::text, theme_codes, admin_unit_ids::text[], channels FROM alert_preferences WHERE organisation_id = $1`,
      [tx.principal.organisationId],
    );
    return row
      ? { minScore: Number(row.min_score), themeCodes: row.theme_codes, adminUnitIds: row.admin_unit_ids, channels: row.channels }
      : { minScore: 0, themeCodes: [], adminUnitIds: [], channels: ['INBOX', 'SUBSCRIPTION', 'WEBHOOK'] };
  }

  async savePreferences(tx: TenantTx, p: Required<AlertPreferencesInput>): Promise<void> {
    await tx.exec(
      `INSERT INTO alert_preferences (organisation_id, min_score, theme_codes, admin_unit_ids, channels) VALUES ($1, $2, $3, $4::uuid[], $5)
       ON CONFLICT (organisation_id) DO UPDATE SET min_score = $2, theme_codes = $3, admin_unit_ids = $4::uuid[], channels = $5, updated_at = now()`,
      [tx.principal.organisationId, p.minScore, p.themeCodes, p.adminUnitIds, p.channels],
    );
  }
}
