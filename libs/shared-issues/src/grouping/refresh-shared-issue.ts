import { DECISION_LEVELS, DecisionLevel, aggregateEvidence, levelRank } from '@yntymak/issues-domain';
import { SharedIssueRepository } from '../shared-issue.repository';
import { Sql } from '../sql';
import { loadMemberIssues } from './issue-reader';

/**
 * Recomputes what a shared issue derives from its members after they changed: the highest decision
 * level (a village's local request backs the national proposal), themes and interventions, and the
 * aggregated evidence that organisations read without reading each other's issues.
 */
export async function refreshSharedIssue(sql: Sql, repo: SharedIssueRepository, id: string, cohesion: number | null = null): Promise<void> {
  const members = await repo.members(sql, [id]);
  const issues = await loadMemberIssues(sql, members.map((m) => m.issue_id));
  const level = issues.reduce<DecisionLevel>((top, i) => (levelRank(i.level) > levelRank(top) ? i.level : top), DECISION_LEVELS[0]);
  await repo.refresh(sql, id, {
    level,
    themeCodes: [...new Set(issues.flatMap((i) => i.themeCodes))].sort(),
    interventionCodes: [...new Set(issues.flatMap((i) => (i.interventionCode ? [i.interventionCode] : [])))].sort(),
    evidence: aggregateEvidence(issues.map((i) => ({ id: i.id, organisationId: i.organisationId, unitId: i.unitId, projectId: i.projectId, evidence: i.evidence }))),
    cohesion,
  });
}
