import { IssueGroup } from '@yntymak/issues-domain';

export type GroupedBy = 'AUTOMATIC' | 'MANUAL';

/** Where an issue stands today. */
export interface StoredMembership {
  sharedIssueId: string;
  groupedBy: GroupedBy;
}

/** A stored shared issue that members can be added to (not merged away nor dissolved). */
export interface StoredSharedIssue {
  id: string;
  createdAt: string;
  /** Sent to the coordinating body: its members are what the dossier was about, and stay. */
  escalated: boolean;
  /** Members today, with how each was grouped. */
  members: ReadonlyMap<string, GroupedBy>;
}

export interface MemberExplanation {
  /** The member it was linked to when grouped. */
  linkedIssueId: string | null;
  similarity: number | null;
  reasons: string[];
}

export type RegroupStep =
  | { kind: 'CREATE'; key: string; group: IssueGroup }
  | { kind: 'ADD'; issueId: string; target: string; explanation: MemberExplanation }
  | { kind: 'MOVE'; issueId: string; from: string; target: string; explanation: MemberExplanation }
  | { kind: 'REMOVE'; issueId: string; from: string; reason: string }
  | { kind: 'DISSOLVE'; sharedIssueId: string; reason: string };

export interface RegroupPlan {
  /** The shared issue the trigger belongs to afterwards, or null. `NEW` when CREATE makes it. */
  target: string | null;
  steps: RegroupStep[];
}

export interface RegroupInput {
  triggerIssueId: string;
  /** False when the trigger is closed, withdrawn or a draft: it is not grouped any more. */
  triggerOpen: boolean;
  /** groupIssues over the open issues around the trigger. */
  groups: readonly IssueGroup[];
  memberships: ReadonlyMap<string, StoredMembership>;
  sharedIssues: ReadonlyMap<string, StoredSharedIssue>;
}

export const NEW_SHARED_ISSUE = 'NEW';

/**
 * Decides how the stored shared issues change after the trigger issue was raised or changed. Manual
 * decisions win: a MANUAL member is never moved or removed automatically, and a shared issue the
 * coordinator put together keeps growing around its manual members. Automation only adds issues that
 * belong to no shared issue, moves or removes the trigger itself (when it was grouped automatically),
 * and dissolves an automatic, unsent shared issue left with fewer than two members. Sent shared issues
 * never lose members: the dossier was about them.
 */
export function planRegroup(input: RegroupInput): RegroupPlan {
  const { triggerIssueId: trigger, memberships, sharedIssues } = input;
  const current = memberships.get(trigger);
  const group = input.triggerOpen ? input.groups.find((g) => g.issueIds.includes(trigger)) : undefined;
  const steps: RegroupStep[] = [];

  if (!group) {
    if (current && removable(current, sharedIssues)) {
      const reason = input.triggerOpen ? 'no longer similar enough to the other issues of the shared issue' : 'the issue is no longer open';
      steps.push({ kind: 'REMOVE', issueId: trigger, from: current.sharedIssueId, reason }, ...dissolveIfTooSmall(current.sharedIssueId, [trigger], sharedIssues));
      return { target: null, steps };
    }
    return { target: current?.sharedIssueId ?? null, steps };
  }

  const target = current?.groupedBy === 'MANUAL' ? current.sharedIssueId : chooseTarget(group, memberships, sharedIssues);
  if (target === NEW_SHARED_ISSUE) steps.push({ kind: 'CREATE', key: NEW_SHARED_ISSUE, group });
  for (const issueId of group.issueIds) {
    const membership = memberships.get(issueId);
    if (!membership) {
      steps.push({ kind: 'ADD', issueId, target, explanation: explain(group, issueId) });
    } else if (issueId === trigger && membership.sharedIssueId !== target && removable(membership, sharedIssues)) {
      steps.push({ kind: 'MOVE', issueId, from: membership.sharedIssueId, target, explanation: explain(group, issueId) });
      steps.push(...dissolveIfTooSmall(membership.sharedIssueId, [issueId], sharedIssues));
    }
  }
  return { target, steps };
}

function removable(membership: StoredMembership, sharedIssues: ReadonlyMap<string, StoredSharedIssue>): boolean {
  const stored = sharedIssues.get(membership.sharedIssueId);
  return membership.groupedBy === 'AUTOMATIC' && !!stored && !stored.escalated;
}

/** The stored shared issue that already holds most of the group (ties: the oldest), or a new one. */
function chooseTarget(group: IssueGroup, memberships: ReadonlyMap<string, StoredMembership>, sharedIssues: ReadonlyMap<string, StoredSharedIssue>): string {
  const counts = new Map<string, number>();
  for (const issueId of group.issueIds) {
    const id = memberships.get(issueId)?.sharedIssueId;
    if (id && sharedIssues.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || compare(sharedIssues.get(a)!.createdAt, sharedIssues.get(b)!.createdAt) || compare(a, b));
  return ranked[0]?.[0] ?? NEW_SHARED_ISSUE;
}

function dissolveIfTooSmall(sharedIssueId: string, leaving: string[], sharedIssues: ReadonlyMap<string, StoredSharedIssue>): RegroupStep[] {
  const stored = sharedIssues.get(sharedIssueId);
  if (!stored || stored.escalated) return [];
  const remaining = [...stored.members.entries()].filter(([issueId]) => !leaving.includes(issueId));
  if (remaining.length >= 2 || remaining.some(([, by]) => by === 'MANUAL')) return [];
  return [{ kind: 'DISSOLVE', sharedIssueId, reason: 'fewer than two issues left' }];
}

/** Why the issue is in the group: the strongest link that joined it. */
function explain(group: IssueGroup, issueId: string): MemberExplanation {
  const link = group.links.find((l) => l.issueIds.includes(issueId));
  if (!link) return { linkedIssueId: null, similarity: null, reasons: [] };
  return { linkedIssueId: link.issueIds[0] === issueId ? link.issueIds[1] : link.issueIds[0], similarity: link.similarity, reasons: [...link.reasons] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
