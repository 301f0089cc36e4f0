import { AdvocacyAction, AdvocacyChannel, AdvocacyItem, AdvocacyKind, AdvocacyState, DocumentRef } from '@yntymak/issues-domain';
import { Sql } from '../sql';

export interface AdvocacyRow {
  id: string;
  title: string;
  position: string;
  kind: AdvocacyKind;
  channel: AdvocacyChannel;
  state: AdvocacyState;
  state_since: string;
  version: number;
  created_by_organisation_id: string;
  created_at: string;
}

export interface AdvocacyChangeRow {
  advocacy_item_id: string;
  state: AdvocacyState;
  action: AdvocacyAction | null;
  at: string;
  recorded_at: string;
  actor_organisation_id: string;
  note: string | null;
  document_refs: DocumentRef[];
}

export interface AdvocacyWithHistory {
  item: AdvocacyRow;
  changes: AdvocacyChangeRow[];
  sharedIssueIds: string[];
  /** What the domain's state machine and describeWaiting take. */
  machine: AdvocacyItem;
}

export interface AdvocacyFilterSql {
  states?: AdvocacyState[];
  kind?: AdvocacyKind;
  channel?: AdvocacyChannel;
  sharedIssueId?: string;
}

const ts = (column: string, alias = column) => `to_json(${column}) #>> '{}' AS ${alias}`;
const COLUMNS = `id, title, position, kind, channel, state, ${ts('state_since')}, version, created_by_organisation_id, ${ts('created_at')}`;

/** SQL of advocacy items, their dated state changes and the shared issues behind them. */
export class AdvocacyRepository {
  async create(sql: Sql, row: { id: string; title: string; position: string; kind: AdvocacyKind; channel: AdvocacyChannel; draftedAt: Date; note: string | null }): Promise<void> {
    await sql.rows(
      `INSERT INTO advocacy_items (id, title, position, kind, channel, state, state_since, created_by_organisation_id) VALUES ($1, $2, $3, $4, $5, 'DRAFTED', $6, $7)`,
      [row.id, row.title, row.position, row.kind, row.channel, row.draftedAt, sql.actorOrganisationId],
    );
    await this.recordChange(sql, row.id, { state: 'DRAFTED', action: null, at: row.draftedAt, note: row.note, documentRefs: [], actorKeyId: null });
  }

  async link(sql: Sql, itemId: string, sharedIssueIds: readonly string[]): Promise<void> {
    await sql.rows(
      `INSERT INTO advocacy_item_shared_issues (advocacy_item_id, shared_issue_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [itemId, sharedIssueIds],
    );
  }

  async find(sql: Sql, id: string, forUpdate = false): Promise<AdvocacyRow | undefined> {
    const [row] = await sql.rows<AdvocacyRow>(`SELECT ${COLUMNS} FROM advocacy_items WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row;
  }

  async page(sql: Sql, filter: AdvocacyFilterSql, after: { createdAt: string; id: string } | undefined, limit: number): Promise<{ rows: AdvocacyRow[]; total: number }> {
    const params: unknown[] = [];
    const where = ['true'];
    if (filter.states?.length) where.push(`state = ANY($${params.push(filter.states)})`);
    if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
    if (filter.channel) where.push(`channel = $${params.push(filter.channel)}`);
    if (filter.sharedIssueId) where.push(`id IN (SELECT advocacy_item_id FROM advocacy_item_shared_issues WHERE shared_issue_id = $${params.push(filter.sharedIssueId)})`);
    const [{ total }] = await sql.rows<{ total: number }>(`SELECT count(*)::int AS total FROM advocacy_items WHERE ${where.join(' AND ')}`, params);
    if (after) where.push(`(created_at, id) > ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows = await sql.rows<AdvocacyRow>(`SELECT ${COLUMNS} FROM advocacy_items WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT $${params.push(limit)}`, params);
    return { rows, total };
  }

  /** The items with their histories and links, in the order given. Two queries whatever the page size. */
  async withHistory(sql: Sql, rows: readonly AdvocacyRow[]): Promise<AdvocacyWithHistory[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const changes = await sql.rows<AdvocacyChangeRow>(
        `SELECT advocacy_item_id, state, action, ${ts('at')}, ${ts('recorded_at')}, actor_organisation_id, note, document_refs
           FROM advocacy_state_changes WHERE advocacy_item_id = ANY($1::uuid[]) ORDER BY at, id`,
      [ids],
    );
    const links = await sql.rows<{ advocacy_item_id: string; shared_issue_id: string }>(
        `SELECT advocacy_item_id, shared_issue_id FROM advocacy_item_shared_issues WHERE advocacy_item_id = ANY($1::uuid[]) ORDER BY shared_issue_id`,
      [ids],
    );
    return rows.map((item) => {
      const own = changes.filter((c) => c.advocacy_item_id === item.id);
      return {
        item,
        changes: own,
        sharedIssueIds: links.filter((l) => l.advocacy_item_id === item.id).map((l) => l.shared_issue_id),
        machine: { state: item.state, history: own.map((c) => ({ state: c.state, at: new Date(c.at), note: c.note, documentRefs: c.document_refs })) },
      };
    });
  }

  async forSharedIssue(sql: Sql, sharedIssueId: string): Promise<AdvocacyWithHistory[]> {
    const rows = await sql.rows<AdvocacyRow>(
      `SELECT ${COLUMNS} FROM advocacy_items WHERE id IN (SELECT advocacy_item_id FROM advocacy_item_shared_issues WHERE shared_issue_id = $1) ORDER BY created_at, id`,
      [sharedIssueId],
    );
    return this.withHistory(sql, rows);
  }

  async setState(sql: Sql, id: string, state: AdvocacyState, at: Date): Promise<void> {
    await sql.rows(`UPDATE advocacy_items SET state = $2, state_since = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`, [id, state, at]);
  }

  async recordChange(sql: Sql, itemId: string, c: { state: AdvocacyState; action: AdvocacyAction | null; at: Date; note: string | null; documentRefs: readonly DocumentRef[]; actorKeyId: string | null }): Promise<void> {
    await sql.rows(
      `INSERT INTO advocacy_state_changes (advocacy_item_id, state, action, at, actor_organisation_id, actor_key_id, note, document_refs) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [itemId, c.state, c.action, c.at, sql.actorOrganisationId, c.actorKeyId, c.note, JSON.stringify(c.documentRefs)],
    );
  }
}
