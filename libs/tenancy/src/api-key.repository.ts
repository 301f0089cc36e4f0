import { Injectable } from '@nestjs/common';
import { Role } from '@yntymak/context';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';

export interface ApiKeyRow extends CursorKey {
  id: string;
  organisationId: string;
  name: string;
  role: Role;
  displayPrefix: string;
  createdAt: string;
  revokedAt: string | null;
}

const COLUMNS = `id, organisation_id AS "organisationId", name, role, display_prefix AS "displayPrefix",
  to_json(created_at) #>> '{}' AS "createdAt", to_json(revoked_at) #>> '{}' AS "revokedAt"`;

/** SQL for API keys. Writes name the organisation as well as the id: another tenant's id matches nothing. */
@Injectable()
export class ApiKeyRepository {
  async insert(
    tx: TenantTx,
    row: { id: string; organisationId: string; name: string; role: Role; hash: Buffer; displayPrefix: string; createdByKeyId: string | null },
  ): Promise<void> {
    await tx.exec(
      `INSERT INTO api_keys (id, organisation_id, name, role, key_hash, display_prefix, created_by_key_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.organisationId, row.name, row.role, row.hash, row.displayPrefix, row.createdByKeyId],
    );
  }

  findById(tx: TenantTx, organisationId: string, id: string): Promise<ApiKeyRow | undefined> {
    return tx.one<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  }

  /** Revokes an active key; undefined when no active key of this organisation has this id. */
  async revoke(tx: TenantTx, organisationId: string, id: string, byKeyId: string): Promise<ApiKeyRow | undefined> {
    return tx.one<ApiKeyRow>(
      `UPDATE api_keys SET revoked_at = now(), revoked_by_key_id = $3
        WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
      [id, organisationId, byKeyId],
    );
  }

  async countActiveAdmins(tx: TenantTx, organisationId: string): Promise<number> {
    const row = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM api_keys WHERE organisation_id = $1 AND role = 'ADMIN' AND revoked_at IS NULL`, [
      organisationId,
    ]);
    return row!.n;
  }

  async page(tx: TenantTx, organisationId: string, includeRevoked: boolean, after: CursorKey | undefined, limit: number): Promise<{ rows: ApiKeyRow[]; total: number }> {
    const filter = `organisation_id = $1 ${includeRevoked ? '' : 'AND revoked_at IS NULL'}`;
    const total = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM api_keys WHERE ${filter}`, [organisationId]);
    const params: unknown[] = [organisationId];
    const cursor = after ? `AND (created_at, id) > ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)` : '';
    const rows = await tx.rows<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE ${filter} ${cursor} ORDER BY created_at, id LIMIT $${params.push(limit)}`, params);
    return { rows, total: total!.n };
  }
}
