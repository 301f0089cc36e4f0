import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { APP_CONFIG, TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { checkEscalationThreshold } from '@yntymak/issues-domain';
import { SharedIssuesArgs } from './dto/shared-issues.args';
import { SharedIssueRepository, SharedIssueSnapshot } from './shared-issue.repository';
import { Sql, tenantSql } from './sql';
import { SharedIssueType } from './types/shared-issue.type';
import { thresholdOf } from './escalation/threshold-of';

/** Reads of shared issues as the caller may see them: the coordinator all, an organisation those holding one of its issues. */
@Injectable()
export class SharedIssueQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SharedIssueRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sharedIssue(id: string): Promise<SharedIssueType> {
    return this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const row = await this.repo.snapshot(sql, id);
      if (!row) throw new NotFoundError('shared issue');
      return (await this.present(sql, [row]))[0];
    });
  }

  async page(args: SharedIssuesArgs): Promise<ConnectionShape<SharedIssueType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    const f = args.filter ?? {};
    return this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const { rows, total } = await this.repo.page(sql, { states: f.states, level: f.decisionLevel, themeCode: f.themeCode, issueId: f.issueId }, after, args.first + 1);
      const presented = new Map((await this.present(sql, rows.slice(0, args.first))).map((s) => [s.id, s]));
      return toConnection(rows.map((r) => ({ id: r.id, createdAt: r.created_at })), args.first, total, (r) => presented.get(r.id)!);
    });
  }

  /**
   * Two queries for a whole page: the names of organisations and villages. Members and history come
   * with the rows, from the statement that read the evidence: the member list and the evidence shown
   * never disagree (a second statement could see a member the grouping job added in the meantime).
   */
  async present(sql: Sql, rows: readonly SharedIssueSnapshot[]): Promise<SharedIssueType[]> {
    if (rows.length === 0) return [];
    const members = rows.flatMap((r) => r.members);
    const orgIds = [...new Set([...members.map((m) => m.organisation_id), ...rows.flatMap((r) => r.evidence.organisationIds ?? [])])];
    const unitIds = [...new Set([...members.map((m) => m.admin_unit_id), ...rows.flatMap((r) => r.evidence.unitIds ?? [])])];
    const orgs = await sql.rows<{ id: string; name: string; kind: string }>(`SELECT id, name, kind FROM organisations WHERE id = ANY($1::uuid[])`, [orgIds]);
    const units = await sql.rows<{ id: string; name: string }>(`SELECT id, name_en AS name FROM admin_units WHERE id = ANY($1::uuid[])`, [unitIds]);
    const org = new Map(orgs.map((o) => [o.id, o]));
    const unit = new Map(units.map((u) => [u.id, u]));
    const orgOf = (id: string) => org.get(id) ?? { id, name: id, kind: 'UNKNOWN' };
    const unitOf = (id: string) => unit.get(id) ?? { id, name: id };
    return rows.map((r) => {
      const e = r.evidence;
      return {
        id: r.id,
        title: r.title,
        decisionLevel: r.decision_level,
        state: r.state,
        origin: r.origin,
        themeCodes: r.theme_codes,
        interventionCodes: r.intervention_codes,
        cohesion: r.cohesion === null ? null : Number(r.cohesion),
        version: r.version,
        escalatedAt: r.escalated_at,
        escalationTrigger: r.escalation_trigger,
        mergedIntoId: r.merged_into_id,
        evidence: {
          issues: e.issues ?? 0,
          villages: e.villages ?? 0,
          totalPopulation: e.totalPopulation ?? 0,
          vulnerableHouseholds: e.vulnerableHouseholds ?? 0,
          organisations: e.organisations ?? 0,
          projects: e.projects ?? 0,
          villageUnits: (e.unitIds ?? []).map(unitOf),
          organisationsConcerned: (e.organisationIds ?? []).map(orgOf),
          projectIds: e.projectIds ?? [],
          indicators: e.indicators ?? [],
          conflicts: new Set((e.conflicts ?? []).map((c) => c.unitId)).size,
        },
        threshold: checkEscalationThreshold({ villages: e.villages ?? 0, organisations: e.organisations ?? 0 }, thresholdOf(this.config)),
        members: r.members.map((m) => ({
          issueId: m.issue_id,
          organisation: orgOf(m.organisation_id),
          village: unitOf(m.admin_unit_id),
          groupedBy: m.grouped_by,
          explanation: { linkedIssueId: m.explanation.linkedIssueId ?? null, similarity: m.explanation.similarity ?? null, reasons: m.explanation.reasons ?? [], note: m.explanation.note ?? null },
          addedAt: m.added_at,
        })),
        history: r.history.map((h) => ({ kind: h.kind, issueId: h.issue_id, actorOrganisationId: h.actor_organisation_id, note: h.note, at: h.at })),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  }
}

