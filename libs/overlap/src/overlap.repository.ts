import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { CursorKey } from '@yntymak/graphql-kit';
import { OverlapFilter } from './dto/overlap.args';

export interface OverlapRow {
  id: string;
  project_a_id: string;
  project_b_id: string;
  organisation_a_id: string;
  organisation_b_id: string;
  engine_version: string;
  score: string;
  kind: 'DUPLICATE' | 'OVERLAP';
  status: string;
  explanation: string;
  components: Record<string, { value: number; level: string; weight: number }>;
  blind_a: object | null;
  blind_b: object | null;
  detected_at: string;
  changed_at: string;
  closed_at: string | null;
}

const COLUMNS = `o.id, o.project_a_id, o.project_b_id, o.organisation_a_id, o.organisation_b_id, o.engine_version, o.score::text, o.kind, o.status,
  o.explanation, o.components, o.blind_a, o.blind_b, to_json(o.detected_at) #>> '{}' AS detected_at, to_json(o.changed_at) #>> '{}' AS changed_at,
  to_json(o.closed_at) #>> '{}' AS closed_at`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads and decisions on overlaps for the API. Row-level security limits every read to the two owners and the coordinator. */
@Injectable()
export class OverlapRepository {
  find(tx: TenantTx, id: string): Promise<OverlapRow | undefined> {
    return tx.one<OverlapRow>(`SELECT ${COLUMNS} FROM project_overlaps o WHERE o.id = $1`, [id]);
  }

  async page(tx: TenantTx, filter: OverlapFilter | undefined, after: CursorKey | undefined, limit: number): Promise<{ rows: OverlapRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter?.statuses?.length) where.push(`o.status = ANY(${p(filter.statuses)}::text[])`);
    else where.push(`o.status <> 'CLOSED'`);
    if (filter?.kind) where.push(`o.kind = ${p(filter.kind)}`);
    if (filter?.minScore !== undefined) where.push(`o.score >= ${p(filter.minScore)}`);
    if (filter?.organisationId) where.push(`(o.organisation_a_id = ${p(filter.organisationId)} OR o.organisation_b_id = $${params.length})`);
    if (filter?.projectId) where.push(`(o.project_a_id = ${p(filter.projectId)} OR o.project_b_id = $${params.length})`);
    if (filter?.adminUnit) {
      const unit = UUID.test(filter.adminUnit) ? `${p(filter.adminUnit)}::uuid` : `(SELECT id FROM admin_units WHERE code = ${p(filter.adminUnit)})`;
      where.push(`EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id IN (o.project_a_id, o.project_b_id) AND pu.admin_unit_id IN (SELECT admin_units_within(${unit})))`);
    }
    if (filter?.themeCode) {
      where.push(`EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id IN (o.project_a_id, o.project_b_id) AND pt.theme_code IN (
        WITH RECURSIVE t AS (SELECT code FROM themes WHERE code = ${p(filter.themeCode)} UNION SELECT c.code FROM themes c JOIN t ON c.parent_code = t.code) SELECT code FROM t))`);
    }
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM project_overlaps o ${sql}`, params);
    const pageParams = [...params];
    const pageWhere = [...where];
    if (after) pageWhere.push(`(o.score, o.id) < ($${pageParams.push(after.createdAt)}::numeric, $${pageParams.push(after.id)}::uuid)`);
    const rows = await tx.rows<OverlapRow>(
      `SELECT ${COLUMNS} FROM project_overlaps o ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY o.score DESC, o.id DESC LIMIT $${pageParams.push(limit)}`,
      pageParams,
    );
    return { rows, total: n };
  }

  history(tx: TenantTx, ids: readonly string[]): Promise<Array<{ overlap_id: string; kind: string; decision: string | null; note: string | null; organisation_id: string | null; detail: object | null; at: string }>> {
    return tx.rows(
      `SELECT overlap_id, kind, decision, note, organisation_id, detail, to_json(at) #>> '{}' AS at FROM overlap_events WHERE overlap_id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
  }

  async decide(tx: TenantTx, id: string, decision: string): Promise<boolean> {
    return (await tx.exec(`UPDATE project_overlaps SET status = $2, changed_at = now() WHERE id = $1 AND status <> 'CLOSED'`, [id, decision])) === 1;
  }

  async recordEvent(tx: TenantTx, overlapId: string, kind: 'REVIEWED' | 'COMMENTED', decision: string | null, note: string | null): Promise<void> {
    await tx.exec(`INSERT INTO overlap_events (overlap_id, kind, organisation_id, actor_key_id, decision, note) VALUES ($1, $2, $3, $4, $5, $6)`, [
      overlapId,
      kind,
      tx.principal.organisationId,
      tx.principal.apiKeyId,
      decision,
      note,
    ]);
  }
}
