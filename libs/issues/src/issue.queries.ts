import { Injectable } from '@nestjs/common';
import { currentPrincipal } from '@yntymak/context';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { IssueActionType, allowedIssueActions } from '@yntymak/issues-domain';
import { deriveActorRoles } from './domain/derive-actor-roles';
import { IssueRecord } from './domain/issue-record';
import { IssuesArgs } from './dto/issues.args';
import { ISSUE_COLUMNS, IssueRepository } from './issue.repository';
import { EvidenceFactType, IssueAddressee, IssueHistoryEntry, IssueType } from './types/issue.type';

const TS = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Reads of issues, as the caller: row-level security decides what is visible (the raiser, its
 * refining implementer, the coordinator, the bodies it was addressed to, everyone for public ones).
 */
@Injectable()
export class IssueQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly issues: IssueRepository,
  ) {}


  async issue(id: string): Promise<IssueType> {
    const record = await this.db.run((tx) => this.issues.find(tx, id, false));
    if (!record) throw new NotFoundError('issue');
    return IssueType.from(record);
  }

  async page(args: IssuesArgs): Promise<ConnectionShape<IssueType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    const f = args.filter;
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (f?.states?.length) where.push(`i.state = ANY(${param(f.states)}::text[])`);
    if (f?.levels?.length) where.push(`i.decision_level = ANY(${param(f.levels)}::text[])`);
    if (f?.adminUnitId) where.push(`i.admin_unit_id IN (SELECT admin_units_within(${param(f.adminUnitId)}::uuid))`);
    if (f?.themes?.length) where.push(`i.theme_codes && ${param(f.themes)}::text[]`);
    if (f?.raiserIds?.length) where.push(`i.organisation_id = ANY(${param(f.raiserIds)}::uuid[])`);
    if (f?.escalatedOnly) where.push(`i.escalation_count > 0`);
    if (f?.addressedToMe) {
      where.push(`i.state IN ('ADDRESSED','UNDER_CONSIDERATION') AND EXISTS (SELECT 1 FROM issue_addressees a JOIN organisation_government_bodies l ON l.government_body_id = a.government_body_id
                   WHERE a.issue_id = i.id AND a.round = i.address_round AND l.organisation_id = ${param(currentPrincipal().organisationId)})`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db.run(async (tx) => {
      const [{ count }] = await tx.rows<{ count: number }>(`SELECT count(*)::int AS count FROM issues i ${filter}`, params);
      const pageParams = [...params];
      const cursor = after ? `${where.length ? 'AND' : 'WHERE'} (i.created_at, i.id) > ($${pageParams.push(after.createdAt)}::timestamptz, $${pageParams.push(after.id)}::uuid)` : '';
      const rows = await tx.rows<IssueRecord>(`SELECT ${ISSUE_COLUMNS} FROM issues i ${filter} ${cursor} ORDER BY i.created_at, i.id LIMIT $${pageParams.push(args.first + 1)}`, pageParams);
      return toConnection(rows, args.first, count, IssueType.from);
    });
  }

  /** Histories of several issues (one query for a page). */
  async histories(issueIds: readonly string[]): Promise<Map<string, IssueHistoryEntry[]>> {
    const rows = await this.db.run((tx) =>
      tx.rows<IssueHistoryEntry & { issueId: string }>(
        `SELECT issue_id AS "issueId", version, action, from_state AS "fromState", to_state AS "toState", actor_role AS "actorRole",
                actor_organisation_id AS "actorOrganisationId", actor_key_id AS "actorKeyId", note, reason, document_refs AS documents,
                target_body_id AS "targetBodyId", body_ids AS "bodyIds", from_level AS "fromLevel", to_level AS "toLevel",
                ${TS('deadline_at')} AS "deadlineAt", ${TS('at')} AS at
           FROM issue_events WHERE issue_id = ANY($1::uuid[]) ORDER BY issue_id, version`,
        [issueIds],
      ),
    );
    return groupBy(rows);
  }

  async evidence(issueIds: readonly string[]): Promise<Map<string, EvidenceFactType[]>> {
    const rows = await this.db.run((tx) =>
      tx.rows<EvidenceFactType & { issueId: string }>(
        `SELECT issue_id AS "issueId", indicator, value::float8 AS value, unit, source, fact_date AS date FROM issue_evidence WHERE issue_id = ANY($1::uuid[]) ORDER BY issue_id, position`,
        [issueIds],
      ),
    );
    return groupBy(rows);
  }

  /** Every addressee of several issues, all rounds (one query for a page); callers pick the round. */
  async addressees(issueIds: readonly string[]): Promise<Map<string, IssueAddressee[]>> {
    const rows = await this.db.run((tx) =>
      tx.rows<IssueAddressee & { issueId: string }>(
        `SELECT a.issue_id AS "issueId", a.government_body_id AS "governmentBodyId", b.code, b.name_en AS "nameEn", b.name_ru AS "nameRu", b.name_ky AS "nameKy",
                a.decision_level AS level, a.role, a.reason, a.round, ${TS('a.addressed_at')} AS "addressedAt"
           FROM issue_addressees a JOIN government_bodies b ON b.id = a.government_body_id
          WHERE a.issue_id = ANY($1::uuid[]) ORDER BY a.issue_id, a.round, b.decision_level, b.code`,
        [issueIds],
      ),
    );
    return groupBy(rows);
  }

  /** Of these issues, the addressing rounds in which the caller's organisation speaks for a body (one query for a page). */
  async roundsSpokenFor(issueIds: readonly string[]): Promise<Map<string, number[]>> {
    const organisationId = currentPrincipal().organisationId;
    const rows = await this.db.run((tx) =>
      tx.rows<{ issueId: string; round: number }>(
        `SELECT DISTINCT a.issue_id AS "issueId", a.round FROM issue_addressees a JOIN organisation_government_bodies l ON l.government_body_id = a.government_body_id
          WHERE a.issue_id = ANY($1::uuid[]) AND l.organisation_id = $2`,
        [issueIds, organisationId],
      ),
    );
    const map = new Map<string, number[]>();
    for (const row of rows) map.set(row.issueId, [...(map.get(row.issueId) ?? []), row.round]);
    return map;
  }

  /** What the caller may do with the issue now, for showing buttons. */
  allowedActions(issue: IssueType, roundsSpokenFor: readonly number[]): IssueActionType[] {
    const principal = currentPrincipal();
    const speaks = issue.addressRound > 0 && roundsSpokenFor.includes(issue.addressRound);
    const roles = deriveActorRoles({ organisationId: principal.organisationId, organisationKind: principal.organisationKind, raiserId: issue.raiserId, refinerId: issue.refinerId, speaksForCurrentAddressee: speaks });
    return [...new Set(roles.flatMap((role) => allowedIssueActions(issue.state, role)))];
  }

  /**
   * Active projects (visible to the caller) that could address the issue: covering its unit, a
   * unit inside it or a unit above it (an oblast programme), and sharing a theme (a parent or a
   * sub-theme counts) or the intervention.
   */
  async relatedProjectIds(issue: Pick<IssueType, 'adminUnitId' | 'themeCodes' | 'interventionCode'>): Promise<string[]> {
    const rows = await this.db.run((tx) => tx.rows<{ id: string }>(RELATED_PROJECTS_SQL, [issue.adminUnitId, issue.themeCodes, issue.interventionCode]));
    return rows.map((r) => r.id);
  }
}

/** Shared with the alert handler, which runs it as the owner. */
export const RELATED_PROJECTS_SQL = `
  WITH themes_wide AS (
    SELECT code FROM themes WHERE code = ANY($2::text[]) OR parent_code = ANY($2::text[])
    UNION SELECT parent_code FROM themes WHERE code = ANY($2::text[]) AND parent_code IS NOT NULL)
  SELECT p.id FROM projects p
   WHERE p.status = 'ACTIVE' AND p.archived_at IS NULL
     AND EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = p.id AND pu.admin_unit_id IN (SELECT admin_units_related($1::uuid)))
     AND (EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = p.id AND pt.theme_code IN (SELECT code FROM themes_wide))
          OR EXISTS (SELECT 1 FROM project_interventions pi WHERE pi.project_id = p.id AND pi.intervention_code = $3))
   ORDER BY p.created_at, p.id
   LIMIT 50`;

function groupBy<T extends { issueId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.issueId, [...(map.get(row.issueId) ?? []), row]);
  return map;
}
