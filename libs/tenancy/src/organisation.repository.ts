import { Injectable } from '@nestjs/common';
import { OrganisationKind } from '@yntymak/context';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';

export interface OrganisationRow extends CursorKey {
  id: string;
  name: string;
  kind: OrganisationKind;
  iatiIdentifier: string | null;
  createdAt: string;
}

const COLUMNS = `id, name, kind, iati_identifier AS "iatiIdentifier", to_json(created_at) #>> '{}' AS "createdAt"`;

/** SQL for organisations. Every reader of the directory is an authenticated organisation (RLS). */
@Injectable()
export class OrganisationRepository {
  async insert(tx: TenantTx, row: { id: string; name: string; kind: OrganisationKind; iatiIdentifier: string | null; createdBy: string }): Promise<OrganisationRow> {
    await tx.exec(`INSERT INTO organisations (id, name, kind, iati_identifier, created_by_organisation_id) VALUES ($1, $2, $3, $4, $5)`, [
      row.id,
      row.name,
      row.kind,
      row.iatiIdentifier,
      row.createdBy,
    ]);
    return (await this.findById(tx, row.id))!;
  }

  findById(tx: TenantTx, id: string): Promise<OrganisationRow | undefined> {
    return tx.one<OrganisationRow>(`SELECT ${COLUMNS} FROM organisations WHERE id = $1`, [id]);
  }

  findByIds(tx: TenantTx, ids: readonly string[]): Promise<OrganisationRow[]> {
    return tx.rows<OrganisationRow>(`SELECT ${COLUMNS} FROM organisations WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the caller's own row: serialises changes to its keys (e.g. revoking the last admin key). */
  async lockOwn(tx: TenantTx, organisationId: string): Promise<void> {
    await tx.exec(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [organisationId]);
  }

  async page(tx: TenantTx, filter: { kind?: OrganisationKind; search?: string }, after: CursorKey | undefined, limit: number): Promise<{ rows: OrganisationRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
    if (filter.search) where.push(`name ILIKE '%' || $${params.push(escapeLike(filter.search))} || '%'`);
    const filterSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM organisations ${filterSql}`, params);
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after) pageWhere.push(`(created_at, id) > ($${pageParams.push(after.createdAt)}::timestamptz, $${pageParams.push(after.id)}::uuid)`);
    const rows = await tx.rows<OrganisationRow>(
      `SELECT ${COLUMNS} FROM organisations ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
       ORDER BY created_at, id LIMIT $${pageParams.push(limit)}`,
      pageParams,
    );
    return { rows, total: total!.n };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
