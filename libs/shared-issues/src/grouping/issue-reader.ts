import { DecisionLevel, Fact, GroupableIssue } from '@yntymak/issues-domain';
import { Sql } from '../sql';

/**
 * The issue states that take part in grouping: refined and sent up, waiting for a body, or declined
 * (a declined issue is still an unsolved problem). Drafts and issues still with the raiser's
 * coordinator are not grouped: grouping reads the refined text.
 */
export const GROUPED_ISSUE_STATES = ['ADDRESSED', 'UNDER_CONSIDERATION', 'REJECTED'] as const;

/** A member issue with what the dossier and the evidence need. */
export interface MemberIssue {
  id: string;
  organisationId: string;
  unitId: string;
  projectId: string | null;
  title: string | null;
  proposal: string;
  level: DecisionLevel;
  state: string;
  themeCodes: string[];
  interventionCode: string | null;
  evidence: Fact[];
}

/** The text of a multilingual field: every language present, so that grouping sees what a translation keeps. */
const TEXT = (column: string) => `concat_ws(' ', ${column}->>'en', ${column}->>'ru', ${column}->>'ky')`;
const FIRST = (column: string) => `coalesce(${column}->>'en', ${column}->>'ru', ${column}->>'ky')`;

/**
 * The trigger issue and the open issues that could group with it: those sharing a theme (GIN index)
 * or the intervention. Grouping only links issues that share one, so nothing is missed.
 */
export async function loadGroupingCandidates(sql: Sql, triggerIssueId: string): Promise<{ trigger: { id: string; state: string } | null; candidates: GroupableIssue[] }> {
  const [trigger] = await sql.rows<{ id: string; state: string }>(`SELECT id, state FROM issues WHERE id = $1`, [triggerIssueId]);
  if (!trigger) return { trigger: null, candidates: [] };
  const rows = await sql.rows<{ id: string; organisation_id: string; admin_unit_id: string; theme_codes: string[]; intervention_code: string | null; proposal: string; decision_level: DecisionLevel }>(
    `WITH t AS (SELECT theme_codes, intervention_code FROM issues WHERE id = $1)
     SELECT i.id, i.organisation_id, i.admin_unit_id, i.theme_codes, i.intervention_code, ${TEXT('coalesce(i.refined_proposal, i.proposal)')} AS proposal, i.decision_level
       FROM issues i, t
      WHERE i.state = ANY($2) AND (i.theme_codes && t.theme_codes OR i.intervention_code = t.intervention_code)
      ORDER BY i.id`,
    [triggerIssueId, GROUPED_ISSUE_STATES],
  );
  return {
    trigger,
    candidates: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, unitId: r.admin_unit_id, themeCodes: r.theme_codes, interventionCode: r.intervention_code, proposal: r.proposal, level: r.decision_level })),
  };
}

/** Member issues with their evidence, as far as the caller may read them (all of them for the owner and the coordinator). */
export async function loadMemberIssues(sql: Sql, issueIds: readonly string[]): Promise<MemberIssue[]> {
  if (issueIds.length === 0) return [];
  const rows = await sql.rows(
    `SELECT i.id, i.organisation_id, i.admin_unit_id, i.project_id, ${FIRST('coalesce(i.refined_title, i.title)')} AS title,
            ${FIRST('coalesce(i.refined_proposal, i.proposal)')} AS proposal, i.decision_level, i.state, i.theme_codes, i.intervention_code,
            coalesce((SELECT json_agg(json_build_object('indicator', e.indicator, 'value', e.value, 'unit', e.unit, 'source', e.source, 'date', e.fact_date) ORDER BY e.position)
                        FROM issue_evidence e WHERE e.issue_id = i.id), '[]') AS evidence
       FROM issues i WHERE i.id = ANY($1::uuid[]) ORDER BY i.id`,
    [issueIds],
  );
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    unitId: r.admin_unit_id,
    projectId: r.project_id,
    title: r.title,
    proposal: r.proposal,
    level: r.decision_level,
    state: r.state,
    themeCodes: r.theme_codes,
    interventionCode: r.intervention_code,
    evidence: (r.evidence as Fact[]).map((f) => ({ ...f, value: Number(f.value) })),
  }));
}
