import { ThresholdCheck, describeWaiting } from '@yntymak/issues-domain';
import { Dossier, buildDossier } from '../domain/dossier';
import { loadMemberIssues } from '../grouping/issue-reader';
import { AdvocacyRepository } from '../advocacy/advocacy.repository';
import { MemberRow, SharedIssueRepository, SharedIssueRow } from '../shared-issue.repository';
import { Sql } from '../sql';

/**
 * Reads everything a dossier shows (the members' issues and their evidence, names of organisations,
 * villages and projects, the advocacy behind it) and builds it. Reads as the caller: the coordinator
 * and the owner see every member; a member organisation previews only what it may read. The members
 * come from the caller, read with the row: its threshold and the dossier's villages then agree.
 */
export async function assembleDossier(
  sql: Sql,
  repos: { sharedIssues: SharedIssueRepository; advocacy: AdvocacyRepository },
  row: SharedIssueRow,
  members: readonly MemberRow[],
  context: { trigger: 'THRESHOLD' | 'ON_DEMAND' | null; note: string | null; threshold: ThresholdCheck; now: Date },
): Promise<Dossier> {
  const issues = new Map((await loadMemberIssues(sql, members.map((m) => m.issue_id))).map((i) => [i.id, i]));
  const readable = members.filter((m) => issues.has(m.issue_id));
  const unitIds = [...new Set(readable.map((m) => issues.get(m.issue_id)!.unitId))];
  const projectIds = [...new Set(readable.flatMap((m) => issues.get(m.issue_id)!.projectId ?? []))];
  // One after another: the statements share the transaction's connection.
  const organisations = await sql.rows<{ id: string; name: string; kind: string }>(`SELECT id, name, kind FROM organisations WHERE id = ANY($1::uuid[])`, [[...new Set(members.map((m) => m.organisation_id))]]);
  const units = await sql.rows<{ id: string; name: string; within: string }>(
      `SELECT u.id, u.name_en AS name,
              coalesce((SELECT string_agg(p.name_en, ', ' ORDER BY nlevel(p.path) DESC) FROM admin_units p WHERE p.path @> u.path AND p.id <> u.id AND p.level <> 'COUNTRY'), '') AS within
         FROM admin_units u WHERE u.id = ANY($1::uuid[])`,
      [unitIds],
  );
  const projects = projectIds.length
    ? await sql.rows<{ id: string; title: string }>(`SELECT id, coalesce(title->>'en', title->>'ru', title->>'ky') AS title FROM projects WHERE id = ANY($1::uuid[])`, [projectIds])
    : [];
  const advocacy = await repos.advocacy.forSharedIssue(sql, row.id);
  return buildDossier({
    sharedIssue: { id: row.id, title: row.title, level: row.decision_level, themeCodes: row.theme_codes, interventionCodes: row.intervention_codes },
    members: readable.map((m) => {
      const issue = issues.get(m.issue_id)!;
      return {
        issueId: issue.id,
        organisationId: issue.organisationId,
        unitId: issue.unitId,
        projectId: issue.projectId,
        title: issue.title,
        proposal: issue.proposal,
        level: issue.level,
        state: issue.state,
        evidence: issue.evidence,
        groupedBy: m.grouped_by,
        explanation: m.explanation.note ? [m.explanation.note, ...m.explanation.reasons] : m.explanation.reasons,
      };
    }),
    organisations: new Map(organisations.map((o) => [o.id, { name: o.name, kind: o.kind }])),
    units: new Map(units.map((u) => [u.id, { name: u.name, within: u.within }])),
    projects: new Map(projects.map((p) => [p.id, p.title])),
    threshold: context.threshold,
    trigger: context.trigger,
    note: context.note,
    advocacy: advocacy.map((a) => ({ id: a.item.id, title: a.item.title, kind: a.item.kind, channel: a.item.channel, state: a.item.state, waiting: describeWaiting(a.machine, context.now).sentence })),
    preparedAt: context.now,
  });
}
