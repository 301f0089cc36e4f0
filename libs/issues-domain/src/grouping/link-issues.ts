import { levelRank } from '../model/decision-level';
import { TextSimilarity } from './compare-texts';
import { GroupableIssue, IssueLink } from './grouping-types';

export interface LinkCriteria {
  minSimilarity: number;
  levelPolicy: 'SAME' | 'SAME_OR_HIGHER';
}

/**
 * The link between two issues, or null when they are not about the same problem: they must come
 * from different organisations or villages, share the intervention or a theme, have compatible
 * levels, and propose similar things.
 */
export function linkIssues(a: GroupableIssue, b: GroupableIssue, text: TextSimilarity, criteria: LinkCriteria): IssueLink | null {
  if (a.organisationId === b.organisationId && a.unitId === b.unitId) return null;
  if (!sameSubject(a, b) || !compatibleLevels(a, b, criteria.levelPolicy)) return null;
  if (text.similarity < criteria.minSimilarity) return null;
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const sameInterventionCode = first.interventionCode && first.interventionCode === second.interventionCode ? first.interventionCode : null;
  const sharedThemeCodes = sharedThemes(first, second);
  const reasons: string[] = [];
  if (sameInterventionCode) reasons.push(`same intervention ${sameInterventionCode}`);
  if (sharedThemeCodes.length > 0) reasons.push(`shared themes ${sharedThemeCodes.join(', ')}`);
  const concepts = text.sharedConcepts.length > 0 ? `; both speak of ${text.sharedConcepts.join(', ')}` : '';
  reasons.push(`similar proposals (${text.similarity.toFixed(2)}: terms ${text.terms.toFixed(2)}, trigrams ${text.trigrams.toFixed(2)})${concepts}`);
  if (first.organisationId !== second.organisationId) reasons.push('raised by different organisations');
  if (first.unitId !== second.unitId) reasons.push('about different villages');
  const [lower, higher] = levelRank(first.level) <= levelRank(second.level) ? [first.level, second.level] : [second.level, first.level];
  reasons.push(lower === higher ? `same level ${lower}` : `levels ${lower} and ${higher}: the shared issue takes the higher`);
  return { issueIds: [first.id, second.id], similarity: text.similarity, text, sameInterventionCode, sharedThemeCodes, reasons };
}

export function sameSubject(a: GroupableIssue, b: GroupableIssue): boolean {
  return (!!a.interventionCode && a.interventionCode === b.interventionCode) || sharedThemes(a, b).length > 0;
}

export function compatibleLevels(a: GroupableIssue, b: GroupableIssue, policy: 'SAME' | 'SAME_OR_HIGHER'): boolean {
  return policy === 'SAME_OR_HIGHER' || levelRank(a.level) === levelRank(b.level);
}

function sharedThemes(a: GroupableIssue, b: GroupableIssue): string[] {
  return [...new Set(a.themeCodes.filter((code) => b.themeCodes.includes(code)))].sort();
}
