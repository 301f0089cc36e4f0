import { BadInputError } from '@yntymak/errors';
import { DecisionLevel, isDecisionLevel, levelRank } from '../model/decision-level';
import { agglomerateLinks, CandidateLink } from './agglomerate-links';
import { compareTexts, TextSimilarity } from './compare-texts';
import { GroupableIssue, GroupingOptions, GroupingResult, IssueGroup, IssueLink } from './grouping-types';
import { compatibleLevels, linkIssues, sameSubject } from './link-issues';
import { prepareText } from './prepare-text';

type Resolved = Required<GroupingOptions>;

/**
 * Clusters issues about the same problem raised by different organisations or villages.
 * Average-linkage agglomeration over the pair links, strongest link first: two clusters merge when
 * a link joins them, every cross pair shares the intervention or a theme and has compatible levels,
 * and the mean similarity of the cross pairs reaches minGroupSimilarity (so that A~B and B~C do not
 * drag in an unrelated C). Deterministic: the input order does not matter, ties go by id.
 * Quadratic in the number of issues: the caller pre-filters (by theme, by oblast) for large sets.
 */
export function groupIssues(issues: readonly GroupableIssue[], options: GroupingOptions = {}): GroupingResult {
  const opts = resolveOptions(options);
  const eligible = [...issues].filter((issue) => levelRank(issue.level) >= levelRank(opts.minLevel)).sort((a, b) => compare(a.id, b.id));
  const duplicate = eligible.find((issue, i) => i > 0 && issue.id === eligible[i - 1].id);
  if (duplicate) throw new BadInputError('issues', `Issue ${duplicate.id} is given twice.`, 'DUPLICATE_ISSUE');

  const prepared = eligible.map((issue) => prepareText(issue.proposal));
  const texts = new Map<number, TextSimilarity>();
  const textOf = (i: number, j: number) => {
    const key = Math.min(i, j) * eligible.length + Math.max(i, j);
    if (!texts.has(key)) texts.set(key, compareTexts(prepared[i], prepared[j]));
    return texts.get(key) as TextSimilarity;
  };

  const candidates: CandidateLink[] = [];
  for (let i = 0; i < eligible.length; i++) {
    for (let j = i + 1; j < eligible.length; j++) {
      const link = linkIssues(eligible[i], eligible[j], textOf(i, j), opts);
      if (link) candidates.push({ i, j, link });
    }
  }
  const clusters = agglomerateLinks(eligible.length, candidates, (x, y) => canMerge(x, y, eligible, textOf, opts));
  const groups = clusters
    .filter((cluster) => cluster.members.length >= opts.minGroupSize)
    .map((cluster) => describeGroup(cluster.members.map((i) => eligible[i]), cluster.links, cluster.members, textOf))
    .sort((a, b) => b.issueIds.length - a.issueIds.length || compare(a.anchorIssueId, b.anchorIssueId));
  const grouped = new Set(groups.flatMap((group) => group.issueIds));
  return { groups, ungrouped: issues.map((issue) => issue.id).filter((id) => !grouped.has(id)).sort(compare) };
}

function canMerge(x: readonly number[], y: readonly number[], issues: readonly GroupableIssue[], textOf: (i: number, j: number) => TextSimilarity, opts: Resolved): boolean {
  let total = 0;
  for (const i of x) {
    for (const j of y) {
      if (!sameSubject(issues[i], issues[j]) || !compatibleLevels(issues[i], issues[j], opts.levelPolicy)) return false;
      total += textOf(i, j).similarity;
    }
  }
  return total / (x.length * y.length) >= opts.minGroupSimilarity;
}

function describeGroup(issues: readonly GroupableIssue[], links: readonly IssueLink[], indexes: readonly number[], textOf: (i: number, j: number) => TextSimilarity): IssueGroup {
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < indexes.length; a++) for (let b = a + 1; b < indexes.length; b++, pairs++) sum += textOf(indexes[a], indexes[b]).similarity;
  const level = issues.reduce<DecisionLevel>((top, issue) => (levelRank(issue.level) > levelRank(top) ? issue.level : top), 'LOCAL');
  return {
    anchorIssueId: issues[0].id,
    issueIds: issues.map((issue) => issue.id),
    level,
    organisationIds: distinct(issues.map((issue) => issue.organisationId)),
    unitIds: distinct(issues.map((issue) => issue.unitId)),
    interventionCodes: distinct(issues.flatMap((issue) => (issue.interventionCode ? [issue.interventionCode] : []))),
    sharedThemeCodes: distinct(issues[0].themeCodes.filter((code) => issues.every((issue) => issue.themeCodes.includes(code)))),
    cohesion: pairs === 0 ? 1 : Math.round((sum / pairs) * 1000) / 1000,
    links: [...links].sort((a, b) => b.similarity - a.similarity || compare(a.issueIds.join(), b.issueIds.join())),
  };
}

function resolveOptions(options: GroupingOptions): Resolved {
  const opts: Resolved = { minSimilarity: 0.35, minGroupSimilarity: 0.25, levelPolicy: 'SAME_OR_HIGHER', minLevel: 'LOCAL', minGroupSize: 2, ...options };
  const problems: string[] = [];
  for (const key of ['minSimilarity', 'minGroupSimilarity'] as const) if (!(opts[key] >= 0 && opts[key] <= 1)) problems.push(`${key} must lie between 0 and 1`);
  if (!Number.isInteger(opts.minGroupSize) || opts.minGroupSize < 2) problems.push('minGroupSize must be a whole number of at least 2');
  if (!isDecisionLevel(opts.minLevel)) problems.push(`unknown minLevel ${String(opts.minLevel)}`);
  if (opts.levelPolicy !== 'SAME' && opts.levelPolicy !== 'SAME_OR_HIGHER') problems.push(`unknown levelPolicy ${String(opts.levelPolicy)}`);
  if (problems.length > 0) throw new BadInputError('options', `Invalid grouping options: ${problems.join('; ')}`, 'INVALID_GROUPING_OPTIONS');
  return opts;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
