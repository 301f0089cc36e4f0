import { IssueGroup } from '@yntymak/issues-domain';
import { GroupedBy, NEW_SHARED_ISSUE, StoredMembership, StoredSharedIssue, planRegroup } from './plan-regroup';

const group = (...issueIds: string[]): IssueGroup => ({
  anchorIssueId: issueIds[0],
  issueIds,
  level: 'NATIONAL',
  organisationIds: ['org-a'],
  unitIds: issueIds.map((i) => `unit-${i}`),
  interventionCodes: ['DAIRY_GOATS'],
  sharedThemeCodes: ['LIVESTOCK'],
  cohesion: 0.6,
  links: issueIds.slice(1).map((id, n) => ({ issueIds: [issueIds[n], id] as [string, string], similarity: 0.6, text: { similarity: 0.6, terms: 0.7, trigrams: 0.3, sharedConcepts: [] } as never, sameInterventionCode: 'DAIRY_GOATS', sharedThemeCodes: ['LIVESTOCK'], reasons: [`same intervention DAIRY_GOATS (${id})`] })),
});

function stored(id: string, members: Record<string, GroupedBy>, escalated = false, createdAt = '2025-01-01T00:00:00Z'): StoredSharedIssue {
  return { id, createdAt, escalated, members: new Map(Object.entries(members)) };
}

function world(...issues: StoredSharedIssue[]) {
  const memberships = new Map<string, StoredMembership>();
  for (const s of issues) for (const [issueId, groupedBy] of s.members) memberships.set(issueId, { sharedIssueId: s.id, groupedBy });
  return { memberships, sharedIssues: new Map(issues.map((s) => [s.id, s])) };
}

describe('planRegroup', () => {
  it('creates a shared issue for a new group and adds every member with the link that explains it', () => {
    const plan = planRegroup({ triggerIssueId: 'i2', triggerOpen: true, groups: [group('i1', 'i2')], ...world() });
    expect(plan.target).toBe(NEW_SHARED_ISSUE);
    expect(plan.steps.map((s) => s.kind)).toEqual(['CREATE', 'ADD', 'ADD']);
    expect(plan.steps[2]).toMatchObject({ kind: 'ADD', issueId: 'i2', explanation: { linkedIssueId: 'i1', similarity: 0.6, reasons: ['same intervention DAIRY_GOATS (i2)'] } });
  });

  it('adds a new issue to the stored shared issue holding most of its group, and changes nothing on a re-run', () => {
    const before = world(stored('s1', { i1: 'AUTOMATIC', i2: 'AUTOMATIC' }), stored('s2', { i3: 'AUTOMATIC', i4: 'AUTOMATIC', i5: 'AUTOMATIC' }, false, '2025-02-01T00:00:00Z'));
    const plan = planRegroup({ triggerIssueId: 'i6', triggerOpen: true, groups: [group('i1', 'i2', 'i3', 'i4', 'i5', 'i6')], ...before });
    expect(plan).toMatchObject({ target: 's2', steps: [{ kind: 'ADD', issueId: 'i6', target: 's2' }] });
    const after = world(stored('s1', { i1: 'AUTOMATIC', i2: 'AUTOMATIC' }), stored('s2', { i3: 'AUTOMATIC', i4: 'AUTOMATIC', i5: 'AUTOMATIC', i6: 'AUTOMATIC' }));
    expect(planRegroup({ triggerIssueId: 'i6', triggerOpen: true, groups: [group('i1', 'i2', 'i3', 'i4', 'i5', 'i6')], ...after }).steps).toEqual([]);
  });

  it('ties go to the oldest stored shared issue', () => {
    const w = world(stored('s-new', { i3: 'AUTOMATIC' }, false, '2025-03-01T00:00:00Z'), stored('s-old', { i1: 'AUTOMATIC' }, false, '2025-01-01T00:00:00Z'));
    expect(planRegroup({ triggerIssueId: 'i9', triggerOpen: true, groups: [group('i1', 'i3', 'i9')], ...w }).target).toBe('s-old');
  });

  it('removes a closed issue that was grouped automatically and dissolves a shared issue left with one', () => {
    const plan = planRegroup({ triggerIssueId: 'i2', triggerOpen: false, groups: [], ...world(stored('s1', { i1: 'AUTOMATIC', i2: 'AUTOMATIC' })) });
    expect(plan.steps).toEqual([
      { kind: 'REMOVE', issueId: 'i2', from: 's1', reason: 'the issue is no longer open' },
      { kind: 'DISSOLVE', sharedIssueId: 's1', reason: 'fewer than two issues left' },
    ]);
  });

  it('never moves or removes a MANUAL member: the coordinator decided', () => {
    const w = world(stored('s1', { i1: 'MANUAL', i2: 'AUTOMATIC' }), stored('s2', { i3: 'AUTOMATIC', i4: 'AUTOMATIC', i5: 'AUTOMATIC' }));
    expect(planRegroup({ triggerIssueId: 'i1', triggerOpen: false, groups: [], ...w }).steps).toEqual([]);
    // The trigger is a MANUAL member of s1: the group grows there, although s2 holds more of it.
    const plan = planRegroup({ triggerIssueId: 'i1', triggerOpen: true, groups: [group('i1', 'i3', 'i4', 'i5', 'i7')], ...w });
    expect(plan).toMatchObject({ target: 's1', steps: [{ kind: 'ADD', issueId: 'i7', target: 's1' }] });
  });

  it('moves the trigger itself when it was grouped automatically elsewhere, but never out of a sent shared issue', () => {
    const w = world(stored('s1', { i1: 'AUTOMATIC', i2: 'AUTOMATIC', i3: 'AUTOMATIC' }), stored('s2', { i4: 'AUTOMATIC', i5: 'AUTOMATIC', i6: 'AUTOMATIC' }));
    const plan = planRegroup({ triggerIssueId: 'i3', triggerOpen: true, groups: [group('i3', 'i4', 'i5', 'i6')], ...w });
    expect(plan.steps).toMatchObject([{ kind: 'MOVE', issueId: 'i3', from: 's1', target: 's2' }]);
    const sent = world(stored('s1', { i1: 'AUTOMATIC', i2: 'AUTOMATIC', i3: 'AUTOMATIC' }, true), stored('s2', { i4: 'AUTOMATIC', i5: 'AUTOMATIC', i6: 'AUTOMATIC' }));
    expect(planRegroup({ triggerIssueId: 'i3', triggerOpen: true, groups: [group('i3', 'i4', 'i5', 'i6')], ...sent }).steps).toEqual([]);
    expect(planRegroup({ triggerIssueId: 'i3', triggerOpen: false, groups: [], ...sent }).steps).toEqual([]);
  });
});
