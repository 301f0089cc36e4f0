import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { AddressedBody, DecisionLevel, Fact, IssueState } from '@yntymak/issues-domain';
import { I18nText, IssueRecord, StoredRouting } from './domain/issue-record';
import { Sql } from './sql';

export const ISSUE_COLUMNS = `
  i.id, i.organisation_id AS "organisationId", i.refiner_organisation_id AS "refinerOrganisationId", i.admin_unit_id AS "adminUnitId",
  i.theme_codes AS "themeCodes", i.intervention_code AS "interventionCode", i.project_id AS "projectId",
  i.title, i.summary, i.proposal, i.refined_title AS "refinedTitle", i.refined_summary AS "refinedSummary", i.refined_proposal AS "refinedProposal",
  to_char(i.refined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "refinedAt", i.refined_by_organisation_id AS "refinedByOrganisationId",
  i.needs_law_change AS "needsLawChange", i.needs_normative_act AS "needsNormativeAct", i.proposed_level AS "proposedLevel",
  i.decision_level AS "decisionLevel", i.routing, i.override_reason AS "overrideReason", i.state, i.version, i.is_public AS "isPublic",
  i.address_round AS "addressRound", i.escalation_count AS "escalationCount",
  to_char(i.deadline_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "deadlineAt",
  to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
  to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "updatedAt"`;

/** What raising an issue writes: the record's own fields (the rest start at their defaults) and the key that raised it. */
export type NewIssue = Pick<
  IssueRecord,
  | 'id'
  | 'organisationId'
  | 'refinerOrganisationId'
  | 'adminUnitId'
  | 'themeCodes'
  | 'interventionCode'
  | 'projectId'
  | 'title'
  | 'summary'
  | 'proposal'
  | 'needsLawChange'
  | 'needsNormativeAct'
  | 'proposedLevel'
  | 'decisionLevel'
  | 'routing'
  | 'overrideReason'
  | 'isPublic'
> & { createdByKeyId: string };

export interface NewIssueEvent {
  issueId: string;
  version: number;
  action: string;
  fromState: IssueState | null;
  toState: IssueState;
  actorRole: string;
  actorOrganisationId: string | null;
  actorKeyId: string | null;
  note?: string | null;
  reason?: string | null;
  documentRefs?: Array<{ ref: string; title?: string }>;
  targetBodyId?: string | null;
  bodyIds?: string[];
  fromLevel?: DecisionLevel | null;
  toLevel?: DecisionLevel | null;
  deadlineAt?: Date | null;
  escalationKey?: string | null;
  requestId?: string | null;
}

/** The change a transition makes to the issue row; undefined fields stay. */
export interface IssueStateChange {
  state: IssueState;
  decisionLevel?: DecisionLevel;
  deadlineAt: Date | null;
  addressRound?: number;
  escalationCount?: number;
}

/** SQL of issues. Visibility is row-level security's; writes also name the version they expect. */
@Injectable()
export class IssueRepository {
  async insert(tx: TenantTx, issue: NewIssue): Promise<void> {
    await tx.exec(
      `INSERT INTO issues (id, organisation_id, refiner_organisation_id, admin_unit_id, theme_codes, intervention_code, project_id, title, summary, proposal,
                           needs_law_change, needs_normative_act, proposed_level, decision_level, routing, override_reason, state, is_public, created_by_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'DRAFT', $17, $18)`,
      [
        issue.id,
        issue.organisationId,
        issue.refinerOrganisationId,
        issue.adminUnitId,
        issue.themeCodes,
        issue.interventionCode,
        issue.projectId,
        JSON.stringify(issue.title),
        JSON.stringify(issue.summary),
        JSON.stringify(issue.proposal),
        issue.needsLawChange,
        issue.needsNormativeAct,
        issue.proposedLevel,
        issue.decisionLevel,
        JSON.stringify(issue.routing),
        issue.overrideReason,
        issue.isPublic,
        issue.createdByKeyId,
      ],
    );
  }

  async insertEvidence(tx: TenantTx, issueId: string, facts: readonly Fact[]): Promise<void> {
    if (facts.length === 0) return;
    await tx.exec(
      `INSERT INTO issue_evidence (issue_id, position, indicator, value, unit, source, fact_date)
       SELECT $1, t.ord - 1, t.indicator, t.value, t.unit, t.source, t.fact_date
         FROM unnest($2::text[], $3::numeric[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS t(indicator, value, unit, source, fact_date, ord)`,
      [issueId, facts.map((f) => f.indicator), facts.map((f) => f.value), facts.map((f) => f.unit), facts.map((f) => f.source.trim()), facts.map((f) => f.date)],
    );
  }

  /** The issue if the caller may see it; locked for the rest of the transaction when it will change it. */
  async find(sql: Sql, id: string, lock: boolean): Promise<IssueRecord | undefined> {
    const [row] = await sql.rows<IssueRecord>(`SELECT ${ISSUE_COLUMNS} FROM issues i WHERE i.id = $1 ${lock ? 'FOR UPDATE OF i' : ''}`, [id]);
    return row;
  }

  /** Compare-and-set on the version: 1 when the row changed, 0 when someone changed it first. */
  async changeState(sql: Sql, id: string, expectedVersion: number, change: IssueStateChange): Promise<number> {
    return sql.exec(
      `UPDATE issues SET state = $3, decision_level = coalesce($4, decision_level), deadline_at = $5,
              address_round = coalesce($6, address_round), escalation_count = coalesce($7, escalation_count),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, expectedVersion, change.state, change.decisionLevel ?? null, change.deadlineAt, change.addressRound ?? null, change.escalationCount ?? null],
    );
  }

  async refine(
    tx: TenantTx,
    id: string,
    expectedVersion: number,
    text: { title: I18nText | null; summary: I18nText | null; proposal: I18nText | null },
    routing: { proposedLevel: DecisionLevel; decisionLevel: DecisionLevel; routing: StoredRouting },
  ): Promise<number> {
    return tx.exec(
      `UPDATE issues SET refined_title = coalesce($3, refined_title), refined_summary = coalesce($4, refined_summary), refined_proposal = coalesce($5, refined_proposal),
              refined_at = now(), refined_by_organisation_id = $6, proposed_level = $7, decision_level = $8, routing = $9,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [
        id,
        expectedVersion,
        text.title ? JSON.stringify(text.title) : null,
        text.summary ? JSON.stringify(text.summary) : null,
        text.proposal ? JSON.stringify(text.proposal) : null,
        tx.principal.organisationId,
        routing.proposedLevel,
        routing.decisionLevel,
        JSON.stringify(routing.routing),
      ],
    );
  }

  async insertEvent(sql: Sql, event: NewIssueEvent): Promise<void> {
    await sql.exec(
      `INSERT INTO issue_events (issue_id, version, action, from_state, to_state, actor_role, actor_organisation_id, actor_key_id, note, reason, document_refs,
                                 target_body_id, body_ids, from_level, to_level, deadline_at, escalation_key, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        event.issueId,
        event.version,
        event.action,
        event.fromState,
        event.toState,
        event.actorRole,
        event.actorOrganisationId,
        event.actorKeyId,
        event.note ?? null,
        event.reason ?? null,
        JSON.stringify(event.documentRefs ?? []),
        event.targetBodyId ?? null,
        event.bodyIds ?? [],
        event.fromLevel ?? null,
        event.toLevel ?? null,
        event.deadlineAt ?? null,
        event.escalationKey ?? null,
        event.requestId ?? null,
      ],
    );
  }

  async insertAddressees(sql: Sql, issueId: string, round: number, bodies: readonly Pick<AddressedBody, 'bodyId' | 'level' | 'role' | 'reason'>[]): Promise<void> {
    await sql.exec(
      `INSERT INTO issue_addressees (issue_id, round, government_body_id, decision_level, role, reason)
       SELECT $1, $2, b.id, b.level, b.role, b.reason FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) AS b(id, level, role, reason)
       ON CONFLICT DO NOTHING`,
      [issueId, round, bodies.map((b) => b.bodyId), bodies.map((b) => b.level), bodies.map((b) => b.role), bodies.map((b) => b.reason)],
    );
  }

  /** The bodies of an addressing round. */
  async addressees(sql: Sql, issueId: string, round: number): Promise<Array<Pick<AddressedBody, 'bodyId' | 'level' | 'role' | 'reason'>>> {
    return sql.rows(
      `SELECT government_body_id AS "bodyId", decision_level AS level, role, reason FROM issue_addressees WHERE issue_id = $1 AND round = $2 ORDER BY government_body_id`,
      [issueId, round],
    );
  }

  /** Whether the organisation speaks for one of the issue's bodies of this round. */
  async speaksFor(tx: TenantTx, organisationId: string, issueId: string, round: number): Promise<boolean> {
    const row = await tx.one(
      `SELECT 1 FROM issue_addressees a JOIN organisation_government_bodies l ON l.government_body_id = a.government_body_id
        WHERE a.issue_id = $1 AND a.round = $2 AND l.organisation_id = $3 LIMIT 1`,
      [issueId, round, organisationId],
    );
    return row !== undefined;
  }
}
