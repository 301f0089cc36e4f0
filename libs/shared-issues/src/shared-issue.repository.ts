import { AggregatedEvidence, DecisionLevel } from '@yntymak/issues-domain';
import { GroupedBy, MemberExplanation, StoredMembership, StoredSharedIssue } from './domain/plan-regroup';
import { Sql } from './sql';

export type SharedIssueState = 'OPEN' | 'ESCALATED' | 'MERGED' | 'DISSOLVED';

export interface SharedIssueRow {
  id: string;
  title: string;
  theme_codes: string[];
  intervention_codes: string[];
  decision_level: DecisionLevel;
  state: SharedIssueState;
  origin: 'AUTOMATIC' | 'MANUAL';
  merged_into_id: string | null;
  evidence: Partial<AggregatedEvidence>;
  cohesion: string | null;
  version: number;
  escalated_at: string | null;
  escalation_trigger: 'THRESHOLD' | 'ON_DEMAND' | null;
  dossier: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

export interface MemberRow {
  issue_id: string;
  shared_issue_id: string;
  organisation_id: string;
  admin_unit_id: string;
  grouped_by: GroupedBy;
  explanation: MemberExplanation & { note?: string | null };
  added_at: string;
}

export interface EventRow {
  shared_issue_id: string;
  kind: string;
  issue_id: string | null;
  actor_organisation_id: string | null;
  note: string | null;
  detail: Record<string, unknown>;
  at: string;
}

/** A shared issue as one statement saw it: its evidence, its member list and its history agree. */
export interface SharedIssueSnapshot extends SharedIssueRow {
  members: MemberRow[];
  history: EventRow[];
}

export interface SharedIssueFilterSql {
  states?: SharedIssueState[];
  level?: DecisionLevel;
  themeCode?: string;
  issueId?: string;
}

const ts = (column: string) => `to_json(${column}) #>> '{}' AS ${column}`;
export const SHARED_ISSUE_COLUMNS = `id, title, theme_codes, intervention_codes, decision_level, state, origin, merged_into_id, evidence, cohesion::text, version,
  ${ts('escalated_at')}, escalation_trigger, dossier, ${ts('created_at')}, ${ts('updated_at')}`;
const MEMBER_COLUMNS = `issue_id, shared_issue_id, organisation_id, admin_unit_id, grouped_by, explanation, ${ts('added_at')}`;

/**
 * The members and history of shared issue `s` as columns of its own row. A separate statement would
 * see later commits under READ COMMITTED: a member the grouping job added just after the row was read,
 * next to evidence that does not count it yet. (json_build_object writes timestamps as ts() does.)
 */
const SNAPSHOT_COLUMNS = `${SHARED_ISSUE_COLUMNS},
  (SELECT coalesce(json_agg(json_build_object('issue_id', m.issue_id, 'shared_issue_id', m.shared_issue_id, 'organisation_id', m.organisation_id,
            'admin_unit_id', m.admin_unit_id, 'grouped_by', m.grouped_by, 'explanation', m.explanation, 'added_at', m.added_at) ORDER BY m.added_at, m.issue_id), '[]')
     FROM shared_issue_members m WHERE m.shared_issue_id = s.id) AS members,
  (SELECT coalesce(json_agg(json_build_object('shared_issue_id', e.shared_issue_id, 'kind', e.kind, 'issue_id', e.issue_id,
            'actor_organisation_id', e.actor_organisation_id, 'note', e.note, 'detail', e.detail, 'at', e.at) ORDER BY e.id), '[]')
     FROM shared_issue_events e WHERE e.shared_issue_id = s.id) AS history`;

/** SQL of shared issues and their members. Row-level security decides what a tenant transaction sees. */
export class SharedIssueRepository {
  /** Regrouping, merging and splitting run one at a time: each reads memberships and then changes them. */
  async lockGrouping(sql: Sql): Promise<void> {
    await sql.rows(`SELECT pg_advisory_xact_lock(7340221010)`);
  }

  async find(sql: Sql, id: string, forUpdate = false): Promise<SharedIssueRow | undefined> {
    const [row] = await sql.rows<SharedIssueRow>(`SELECT ${SHARED_ISSUE_COLUMNS} FROM shared_issues WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row;
  }

  /** One shared issue with its members and history, read in one statement (what callers are shown). */
  async snapshot(sql: Sql, id: string): Promise<SharedIssueSnapshot | undefined> {
    const [row] = await sql.rows<SharedIssueSnapshot>(`SELECT ${SNAPSHOT_COLUMNS} FROM shared_issues s WHERE id = $1`, [id]);
    return row;
  }

  /** A page of shared issues, each with its members and history from the same statement. */
  async page(sql: Sql, filter: SharedIssueFilterSql, after: { createdAt: string; id: string } | undefined, limit: number): Promise<{ rows: SharedIssueSnapshot[]; total: number }> {
    const params: unknown[] = [filter.states?.length ? filter.states : ['OPEN', 'ESCALATED']];
    const where = [`state = ANY($1)`];
    if (filter.level) where.push(`decision_level = $${params.push(filter.level)}`);
    if (filter.themeCode) where.push(`$${params.push(filter.themeCode)} = ANY(theme_codes)`);
    if (filter.issueId) where.push(`id IN (SELECT shared_issue_id FROM shared_issue_members WHERE issue_id = $${params.push(filter.issueId)})`);
    const [{ total }] = await sql.rows<{ total: number }>(`SELECT count(*)::int AS total FROM shared_issues WHERE ${where.join(' AND ')}`, params);
    if (after) where.push(`(created_at, id) > ($${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows = await sql.rows<SharedIssueSnapshot>(`SELECT ${SNAPSHOT_COLUMNS} FROM shared_issues s WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT $${params.push(limit)}`, params);
    return { rows, total };
  }

  members(sql: Sql, sharedIssueIds: readonly string[]): Promise<MemberRow[]> {
    return sql.rows<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM shared_issue_members WHERE shared_issue_id = ANY($1::uuid[]) ORDER BY added_at, issue_id`, [sharedIssueIds]);
  }

  async membershipsOf(sql: Sql, issueIds: readonly string[]): Promise<Map<string, StoredMembership>> {
    const rows = await sql.rows<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM shared_issue_members WHERE issue_id = ANY($1::uuid[])`, [issueIds]);
    return new Map(rows.map((r) => [r.issue_id, { sharedIssueId: r.shared_issue_id, groupedBy: r.grouped_by }]));
  }

  /** The live shared issues among these ids, with their members: what regrouping may add to. */
  async live(sql: Sql, ids: readonly string[]): Promise<Map<string, StoredSharedIssue>> {
    if (ids.length === 0) return new Map();
    const rows = await sql.rows<SharedIssueRow>(`SELECT ${SHARED_ISSUE_COLUMNS} FROM shared_issues WHERE id = ANY($1::uuid[]) AND state IN ('OPEN', 'ESCALATED')`, [ids]);
    const members = await this.members(sql, rows.map((r) => r.id));
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, createdAt: r.created_at, escalated: r.escalated_at !== null, members: new Map(members.filter((m) => m.shared_issue_id === r.id).map((m) => [m.issue_id, m.grouped_by])) },
      ]),
    );
  }

  async create(sql: Sql, row: { id: string; title: string; level: DecisionLevel; origin: 'AUTOMATIC' | 'MANUAL' }): Promise<void> {
    await sql.rows(`INSERT INTO shared_issues (id, title, decision_level, origin) VALUES ($1, $2, $3, $4)`, [row.id, row.title, row.level, row.origin]);
  }

  async addMember(sql: Sql, m: { issueId: string; sharedIssueId: string; organisationId: string; unitId: string; groupedBy: GroupedBy; explanation: object }): Promise<void> {
    await sql.rows(
      `INSERT INTO shared_issue_members (issue_id, shared_issue_id, organisation_id, admin_unit_id, grouped_by, explanation) VALUES ($1, $2, $3, $4, $5, $6)`,
      [m.issueId, m.sharedIssueId, m.organisationId, m.unitId, m.groupedBy, JSON.stringify(m.explanation)],
    );
  }

  /** Moves members to a shared issue (or re-states how they are grouped there); returns each with where it came from. */
  moveMembers(sql: Sql, issueIds: readonly string[], target: string, groupedBy: GroupedBy, explanation: object): Promise<{ issue_id: string; from_id: string }[]> {
    return sql.rows(
      `UPDATE shared_issue_members m SET shared_issue_id = $2, grouped_by = $3, explanation = $4, added_at = CASE WHEN m.shared_issue_id = $2 THEN m.added_at ELSE now() END
         FROM shared_issue_members old WHERE old.issue_id = m.issue_id AND m.issue_id = ANY($1::uuid[])
       RETURNING m.issue_id, old.shared_issue_id AS from_id`,
      [issueIds, target, groupedBy, JSON.stringify(explanation)],
    );
  }

  async removeMembers(sql: Sql, issueIds: readonly string[]): Promise<void> {
    if (issueIds.length) await sql.rows(`DELETE FROM shared_issue_members WHERE issue_id = ANY($1::uuid[]) RETURNING issue_id`, [issueIds]);
  }

  async setState(sql: Sql, id: string, state: 'DISSOLVED' | 'MERGED', mergedInto: string | null = null): Promise<void> {
    await sql.rows(`UPDATE shared_issues SET state = $2, merged_into_id = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`, [id, state, mergedInto]);
  }

  /** Derived fields after a change: level, themes, interventions, evidence, cohesion. Writes (and bumps the version) only when one differs. */
  async refresh(sql: Sql, id: string, derived: { level: DecisionLevel; themeCodes: string[]; interventionCodes: string[]; evidence: AggregatedEvidence; cohesion: number | null }): Promise<void> {
    await sql.rows(
      `UPDATE shared_issues SET decision_level = $2, theme_codes = $3, intervention_codes = $4, evidence = $5, cohesion = coalesce($6, cohesion),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND (decision_level, theme_codes, intervention_codes, evidence, cohesion) IS DISTINCT FROM ($2::text, $3::text[], $4::text[], $5::jsonb, coalesce($6::numeric, cohesion))
        RETURNING id`,
      [id, derived.level, derived.themeCodes, derived.interventionCodes, JSON.stringify(derived.evidence), derived.cohesion === null ? null : derived.cohesion.toFixed(5)],
    );
  }

  async rename(sql: Sql, id: string, title: string): Promise<void> {
    await sql.rows(`UPDATE shared_issues SET title = $2 WHERE id = $1 RETURNING id`, [id, title]);
  }

  /** The dossier as sent, as the text that was stored (json keeps it verbatim). */
  async sentDossierText(sql: Sql, id: string): Promise<string | null> {
    const [row] = await sql.rows<{ text: string | null }>(`SELECT dossier::text AS text FROM shared_issues WHERE id = $1`, [id]);
    return row?.text ?? null;
  }

  /** Compare-and-set: true only for the one caller that sends the dossier. */
  async markEscalated(sql: Sql, id: string, trigger: 'THRESHOLD' | 'ON_DEMAND', dossier: object): Promise<boolean> {
    const rows = await sql.rows(
      `UPDATE shared_issues SET state = 'ESCALATED', escalated_at = $3, escalation_trigger = $2, escalated_by_organisation_id = $4, dossier = $5,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND state = 'OPEN' AND escalated_at IS NULL RETURNING id`,
      [id, trigger, (dossier as { preparedAt: string }).preparedAt, sql.actorOrganisationId, JSON.stringify(dossier, null, 2)],
    );
    return rows.length === 1;
  }

  async recordEvent(sql: Sql, e: { sharedIssueId: string; kind: string; issueId?: string | null; note?: string | null; detail?: object }): Promise<void> {
    await sql.rows(
      `INSERT INTO shared_issue_events (shared_issue_id, kind, issue_id, actor_organisation_id, note, detail) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [e.sharedIssueId, e.kind, e.issueId ?? null, sql.actorOrganisationId, e.note ?? null, JSON.stringify(e.detail ?? {})],
    );
  }
}
