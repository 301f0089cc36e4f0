import { IssueLink } from './grouping-types';

export interface CandidateLink {
  i: number;
  j: number;
  link: IssueLink;
}

export interface Cluster {
  members: number[];
  /** The links that joined it: one fewer than the members. */
  links: IssueLink[];
}

/**
 * Merges items 0..count-1 along the candidate links, strongest first (ties by index), when
 * `canMerge` accepts the two clusters a link would join. Returns every cluster, singletons
 * included, members in index order.
 */
export function agglomerateLinks(count: number, candidates: readonly CandidateLink[], canMerge: (x: readonly number[], y: readonly number[]) => boolean): Cluster[] {
  const sorted = [...candidates].sort((a, b) => b.link.similarity - a.link.similarity || a.i - b.i || a.j - b.j);
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const clusters = new Map<number, Cluster>(clusterOf.map((i) => [i, { members: [i], links: [] }]));
  for (const { i, j, link } of sorted) {
    const [x, y] = [clusterOf[i], clusterOf[j]];
    const [first, second] = [clusters.get(x), clusters.get(y)];
    if (x === y || !first || !second || !canMerge(first.members, second.members)) continue;
    const [keep, drop] = x < y ? [x, y] : [y, x];
    for (const member of second.members.concat(first.members)) clusterOf[member] = keep;
    clusters.set(keep, { members: [...first.members, ...second.members].sort((a, b) => a - b), links: [...first.links, ...second.links, link] });
    clusters.delete(drop);
  }
  return [...clusters.values()];
}
