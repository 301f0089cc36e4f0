/**
 * Shared issues over the API with a running worker: the grouping job reacting to issue events, what
 * each tenant sees, the coordinator's merge, split and on-demand escalation, the dossier export,
 * and advocacy items with their dated history. Issues are written as the issues context stores
 * them (owner SQL plus its outbox event): raising them is the issues context's own test.
 */
import { GqlClient, waitFor } from '@yntymak/testing';
import { BREED_PURITY, NARYN_VILLAGES, VILLAGE_FACTS, anAddressedIssue, issueEvent } from '../../libs/shared-issues/test-support/field-issues';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const SHARED = `fragment S on SharedIssue { id title state origin decisionLevel version escalatedAt escalationTrigger mergedIntoId
  evidence { issues villages totalPopulation vulnerableHouseholds organisations villageUnits { name } organisationsConcerned { id name } }
  threshold { reached reasons } members { issueId groupedBy organisation { id } village { name } explanation { reasons note } } history { kind note } }`;
const SHARED_ISSUES = `${SHARED} query($filter: SharedIssueFilter, $first: Int, $after: String) { sharedIssues(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...S } } } }`;
const SHARED_ISSUE = `${SHARED} query($id: ID!) { sharedIssue(id: $id) { ...S } }`;
const MERGE = `${SHARED} mutation($input: MergeSharedIssuesInput!) { mergeSharedIssues(input: $input) { ...S } }`;
const SPLIT = `${SHARED} mutation($input: SplitSharedIssueInput!) { splitSharedIssue(input: $input) { original { ...S } created { ...S } } }`;
const ESCALATE = `${SHARED} mutation($input: EscalateSharedIssueInput!) { escalateSharedIssue(input: $input) { ...S } }`;
const DOSSIER = `query($id: ID!, $format: DossierFormat) { sharedIssueDossier(id: $id, format: $format) { format contentType fileName content sent preparedAt } }`;
const ADVOCACY = `fragment A on AdvocacyItem { id title kind channel state stateSince version sharedIssueIds history { state action at note documentRefs { ref title } } waiting { state days submittedAt daysSinceSubmitted sentence } }`;
const CREATE_ADVOCACY = `${ADVOCACY} mutation($input: CreateAdvocacyItemInput!) { createAdvocacyItem(input: $input) { ...A } }`;
const TRANSITION_ADVOCACY = `${ADVOCACY} mutation($input: TransitionAdvocacyItemInput!) { transitionAdvocacyItem(input: $input) { ...A } }`;
const ADVOCACY_ITEMS = `${ADVOCACY} query($filter: AdvocacyFilter) { advocacyItems(filter: $filter) { totalCount edges { node { ...A } } } }`;
const ADVOCACY_ITEM = `${ADVOCACY} query($id: ID!) { advocacyItem(id: $id) { ...A } }`;

const LAND = ['Allocate state-fund land to young families for pasture', 'Allocate land from the state land fund to young families for pasture'];

describe('shared issues and advocacy over the API', () => {
  let system: TestSystem;
  let a: { id: string; client: GqlClient };
  let b: { id: string; client: GqlClient };
  let outsider: { id: string; client: GqlClient };
  const goatIssues: string[] = [];
  const landIssues: string[] = [];
  let goats: string;
  let land: string;

  const raise = async (issues: string[], o: Parameters<typeof anAddressedIssue>[1]) => {
    const id = await anAddressedIssue(system.db.sql, o);
    issues.push(id);
    await issueEvent(system.db.sql, id, 'issue.raised');
    return id;
  };
  const sharedIssueOf = (issueId: string) =>
    waitFor(async () => (await system.coordinator.data(SHARED_ISSUES, { filter: { issueId } })).sharedIssues.edges[0]?.node, `the shared issue of ${issueId}`);
  const coordinatorView = async (id: string) => (await system.coordinator.data(SHARED_ISSUE, { id })).sharedIssue;

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    a = await anOrganisation(system, 'Implementer A (shared)', 'IMPLEMENTER');
    b = await anOrganisation(system, 'Implementer B (shared)', 'IMPLEMENTER');
    outsider = await anOrganisation(system, 'Implementer C (outsider)', 'IMPLEMENTER');
    for (const n of [0, 1, 3]) await raise(goatIssues, { organisationId: n < 3 ? a.id : b.id, unitCode: NARYN_VILLAGES[n], proposal: BREED_PURITY[n], facts: VILLAGE_FACTS[n], level: n === 0 ? 'NATIONAL' : 'LOCAL' });
    goats = (await waitFor(async () => {
      const node = await sharedIssueOf(goatIssues[0]);
      return node.members.length === 3 && node;
    }, 'three goat issues grouped')).id;
    for (const [n, text] of LAND.entries()) await raise(landIssues, { organisationId: n ? b.id : a.id, unitCode: NARYN_VILLAGES[n ? 4 : 2], proposal: text, intervention: 'STATE_LAND_ALLOCATION', themes: ['PASTURE'] });
    land = (await waitFor(async () => {
      const node = await sharedIssueOf(landIssues[0]);
      return node.members.length === 2 && node;
    }, 'two land issues grouped')).id;
  });

  afterAll(() => system.close());

  it('groups the issues of two organisations with the evidence and the reasons', async () => {
    const s = await coordinatorView(goats);
    expect(s).toMatchObject({ state: 'OPEN', origin: 'AUTOMATIC', decisionLevel: 'NATIONAL', evidence: { issues: 3, villages: 3, totalPopulation: 7860, vulnerableHouseholds: 473, organisations: 2 } });
    expect(s.threshold).toEqual({ reached: false, reasons: ['3 of 5 villages needed: 2 more', '2 of 1 organisations needed'] });
    expect(s.members.every((m: any) => m.groupedBy === 'AUTOMATIC' && m.explanation.reasons.includes('same intervention DAIRY_GOATS'))).toBe(true);
    expect(s.history.map((h: any) => h.kind)).toEqual(['CREATED', 'MEMBER_ADDED', 'MEMBER_ADDED', 'MEMBER_ADDED']);
  });

  it('shows an organisation the shared issues holding its issues, and nobody else', async () => {
    const seen = await a.client.data(SHARED_ISSUES, {});
    expect(seen.sharedIssues.totalCount).toBe(2);
    const fromA = (await a.client.data(SHARED_ISSUE, { id: goats })).sharedIssue;
    expect(fromA.evidence.organisationsConcerned.map((o: any) => o.id).sort()).toEqual([a.id, b.id].sort());
    expect((await outsider.client.data(SHARED_ISSUES, {})).sharedIssues.totalCount).toBe(0);
    expect(await outsider.client.error(SHARED_ISSUE, { id: goats })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'id' } });
    expect((await outsider.client.data(SHARED_ISSUES, { filter: { issueId: goatIssues[0] } })).sharedIssues.totalCount).toBe(0);
  });

  it('pages with a cursor and refuses bad arguments clearly', async () => {
    const first = await system.coordinator.data(SHARED_ISSUES, { first: 1 });
    expect(first.sharedIssues).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await system.coordinator.data(SHARED_ISSUES, { first: 1, after: first.sharedIssues.pageInfo.endCursor });
    expect(second.sharedIssues.edges[0].node.id).not.toBe(first.sharedIssues.edges[0].node.id);
    expect(await system.coordinator.error(SHARED_ISSUE, { id: 'not-an-id' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(await system.coordinator.error(SHARED_ISSUES, { first: 500 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(await system.coordinator.error(SHARED_ISSUES, { after: 'garbage' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it("keeps the coordinator's tools to the coordinator", async () => {
    for (const [query, variables] of [
      [ESCALATE, { input: { id: goats } }],
      [MERGE, { input: { targetId: goats, sourceIds: [land] } }],
      [SPLIT, { input: { id: goats, issueIds: [goatIssues[0]] } }],
      [DOSSIER, { id: goats }],
      [CREATE_ADVOCACY, { input: { title: 'x', position: 'y', kind: 'ACTION_PLAN', channel: 'MOA_MEMORANDUM', sharedIssueIds: [goats] } }],
    ] as const) {
      expect(await a.client.error(query, variables)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    expect((await coordinatorView(goats)).state).toBe('OPEN');
  });

  it('merges by hand, refusing bad merges without writing anything', async () => {
    expect(await system.coordinator.error(MERGE, { input: { targetId: goats, sourceIds: [goats] } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sourceIds' } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await system.coordinator.error(MERGE, { input: { targetId: goats, sourceIds: [land, unknown] } })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'sourceIds' } });
    expect(await system.coordinator.error(MERGE, { input: { targetId: unknown, sourceIds: [land] } })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'targetId' } });
    expect((await coordinatorView(land)).state).toBe('OPEN');
    expect((await coordinatorView(goats)).members).toHaveLength(3);

    const merged = (await system.coordinator.data(MERGE, { input: { targetId: goats, sourceIds: [land], note: 'one meeting for both' } })).mergeSharedIssues;
    expect(merged.members).toHaveLength(5);
    expect(merged.evidence.villages).toBe(5);
    // Five villages: the merge passes the threshold, and the shared issue goes up as the job would send it.
    expect(merged).toMatchObject({ state: 'ESCALATED', escalationTrigger: 'THRESHOLD' });
    expect(merged.members.filter((m: any) => m.groupedBy === 'MANUAL').map((m: any) => m.issueId).sort()).toEqual([...landIssues].sort());
    expect(merged.members.find((m: any) => m.issueId === landIssues[0]).explanation.note).toContain('one meeting for both');
    expect(await coordinatorView(land)).toMatchObject({ state: 'MERGED', mergedIntoId: goats });
    expect(await system.coordinator.error(MERGE, { input: { targetId: goats, sourceIds: [land] } })).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'SHARED_ISSUE_NOT_MERGEABLE' } });
  });

  it('does not split a shared issue that was sent, and sends once', async () => {
    expect(await system.coordinator.error(SPLIT, { input: { id: goats, issueIds: landIssues } })).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'SHARED_ISSUE_NOT_SPLITTABLE' } });
    expect(await system.coordinator.error(ESCALATE, { input: { id: goats } })).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'SHARED_ISSUE_ALREADY_ESCALATED', field: 'id' } });
    expect(await system.coordinator.error(ESCALATE, { input: { id: land } })).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'SHARED_ISSUE_NOT_OPEN' } });
    const alerts = await waitFor(async () => {
      const rows = await system.db.sql<{ organisation_id: string }>(`SELECT organisation_id FROM alerts WHERE kind = 'shared_issue.escalated'`);
      return rows.length === 3 && rows;
    }, 'the dossier alerts');
    expect(alerts.map((r) => r.organisation_id).sort()).toEqual([system.coordinatorId, a.id, b.id].sort());
  });

  it('exports the sent dossier as the same document every time', async () => {
    const json = (await system.coordinator.data(DOSSIER, { id: goats, format: 'JSON' })).sharedIssueDossier;
    expect(json).toMatchObject({ format: 'JSON', contentType: 'application/json', sent: true });
    const dossier = JSON.parse(json.content);
    expect(dossier).toMatchObject({ schema: 'yntymak.shared-issue-dossier/1', sharedIssueId: goats, trigger: 'THRESHOLD', summary: { issues: 5, villages: 5 } });
    const md = (await system.coordinator.data(DOSSIER, { id: goats, format: 'MARKDOWN' })).sharedIssueDossier;
    expect(md.content).toContain('| Villages | 5 |');
    // A later issue joins the shared issue; the sent dossier does not change.
    await raise(goatIssues, { organisationId: b.id, unitCode: NARYN_VILLAGES[4], proposal: BREED_PURITY[4], facts: VILLAGE_FACTS[4] });
    await waitFor(async () => (await coordinatorView(goats)).members.length === 6, 'the sixth issue joined');
    expect((await system.coordinator.data(DOSSIER, { id: goats, format: 'JSON' })).sharedIssueDossier.content).toBe(json.content);
    expect((await system.coordinator.data(DOSSIER, { id: goats, format: 'MARKDOWN' })).sharedIssueDossier.content).toBe(md.content);
    const html = (await system.coordinator.data(DOSSIER, { id: goats, format: 'HTML' })).sharedIssueDossier;
    expect(html.content).toMatch(/^<!DOCTYPE html>/);
  });

  it('tracks an advocacy item with its dated history, and who may see it', async () => {
    const created = (
      await system.coordinator.data(CREATE_ADVOCACY, {
        input: { title: 'Pure-bred dairy-goat register', position: 'A national register of pure-bred dairy goats.', kind: 'NORMATIVE_ACT', channel: 'MOA_MEMORANDUM', sharedIssueIds: [goats], draftedAt: '2015-02-01' },
      })
    ).createAdvocacyItem;
    expect(created).toMatchObject({ state: 'DRAFTED', sharedIssueIds: [goats], history: [{ state: 'DRAFTED', action: null, at: '2015-02-01T00:00:00+00:00' }] });
    const submitted = (await system.coordinator.data(TRANSITION_ADVOCACY, { input: { id: created.id, action: 'SUBMIT', at: '2015-04-15T04:00:00Z', documentRefs: [{ ref: 'MoA 15-117', title: 'cover letter' }] } }))
      .transitionAdvocacyItem;
    expect(submitted).toMatchObject({ state: 'SUBMITTED', version: 2, history: [{}, { state: 'SUBMITTED', action: 'SUBMIT', documentRefs: [{ ref: 'MoA 15-117', title: 'cover letter' }] }] });
    expect(submitted.waiting.sentence).toMatch(/^submitted April 2015, not adopted after [\d,]+ days$/);
    expect(submitted.waiting.days).toBeGreaterThan(3800);

    for (const [input, field, reason] of [
      [{ id: created.id, action: 'ADOPT' }, 'action', 'INVALID_TRANSITION'],
      [{ id: created.id, action: 'START_REVIEW', at: '2015-03-01' }, 'at', 'DATE_BEFORE_LAST_CHANGE'],
      [{ id: created.id, action: 'START_REVIEW', at: '2999-01-01' }, 'at', 'DATE_IN_FUTURE'],
      [{ id: created.id, action: 'START_REVIEW', at: '15 April' }, 'at', undefined],
    ] as const) {
      expect(await system.coordinator.error(TRANSITION_ADVOCACY, { input })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) } });
    }
    expect((await system.coordinator.data(ADVOCACY_ITEM, { id: created.id })).advocacyItem.version).toBe(2);
    expect(await system.coordinator.error(CREATE_ADVOCACY, { input: { title: 'x', position: 'y', kind: 'ACTION_PLAN', channel: 'MOA_MEMORANDUM', sharedIssueIds: [goats], draftedAt: '2999-01-01' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'draftedAt' },
    });
    expect(await system.coordinator.error(CREATE_ADVOCACY, { input: { title: 'x', position: 'y', kind: 'ACTION_PLAN', channel: 'MOA_MEMORANDUM', sharedIssueIds: ['00000000-0000-4000-8000-000000000000'] } })).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'sharedIssueIds' },
    });
    expect(await system.coordinator.error(CREATE_ADVOCACY, { input: { title: 'x', position: 'y', kind: 'ACTION_PLAN', channel: 'MOA_MEMORANDUM', sharedIssueIds: [] } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'sharedIssueIds' },
    });
    expect((await system.db.sql(`SELECT count(*)::int AS n FROM advocacy_items`))[0]).toEqual({ n: 1 });

    // A member organisation follows the position behind its issue; an outsider learns nothing of it.
    expect((await a.client.data(ADVOCACY_ITEM, { id: created.id })).advocacyItem.state).toBe('SUBMITTED');
    expect((await b.client.data(ADVOCACY_ITEMS, {})).advocacyItems.totalCount).toBe(1);
    expect(await outsider.client.error(ADVOCACY_ITEM, { id: created.id })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await outsider.client.data(ADVOCACY_ITEMS, {})).advocacyItems.totalCount).toBe(0);
    expect((await outsider.client.data(ADVOCACY_ITEMS, { filter: { sharedIssueId: goats } })).advocacyItems.totalCount).toBe(0);
    expect(await a.client.error(TRANSITION_ADVOCACY, { input: { id: created.id, action: 'START_REVIEW' } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('splits by hand, and the grouping job does not undo the split', async () => {
    const fish: string[] = [];
    const texts = ['Stock the village fish ponds with trout fry every spring', 'Trout fry to stock the village fish ponds each spring', 'Each spring, stock village fish ponds with trout fry'];
    for (const [n, text] of texts.entries()) await raise(fish, { organisationId: n ? b.id : a.id, unitCode: NARYN_VILLAGES[n], proposal: text, intervention: 'FISH_FARMING', themes: ['FOOD_SECURITY'] });
    const before = await waitFor(async () => {
      const node = await sharedIssueOf(fish[0]);
      return node.members.length === 3 && node;
    }, 'three fish issues grouped');
    expect(await system.coordinator.error(SPLIT, { input: { id: before.id, issueIds: fish } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'issueIds', reason: 'SPLIT_TAKES_ALL' } });
    expect(await system.coordinator.error(SPLIT, { input: { id: before.id, issueIds: [goatIssues[0]] } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'issueIds', reason: 'NOT_A_MEMBER' } });
    expect(await system.coordinator.error(SPLIT, { input: { id: '00000000-0000-4000-8000-000000000000', issueIds: [fish[2]] } })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'id' } });
    const split = (await system.coordinator.data(SPLIT, { input: { id: before.id, issueIds: [fish[2]], title: 'Trout fry for Taldy-Suu', note: 'a separate supplier' } })).splitSharedIssue;
    expect(split.original.members.map((m: any) => m.issueId).sort()).toEqual([fish[0], fish[1]].sort());
    expect(split.created).toMatchObject({ title: 'Trout fry for Taldy-Suu', origin: 'MANUAL', members: [{ issueId: fish[2], groupedBy: 'MANUAL' }] });
    // Every fish issue changes again; the job runs around each one and leaves the split alone.
    for (const id of fish) await issueEvent(system.db.sql, id);
    // A fourth one joins the part that holds most of the group; by then the events before it were handled.
    await raise(fish, { organisationId: b.id, unitCode: NARYN_VILLAGES[3], proposal: 'Trout fry for the fish ponds of the village every spring', intervention: 'FISH_FARMING', themes: ['FOOD_SECURITY'] });
    await waitFor(async () => (await coordinatorView(split.original.id)).members.length === 3, 'the fourth fish issue joined');
    expect((await coordinatorView(split.original.id)).members.map((m: any) => m.issueId).sort()).toEqual([fish[0], fish[1], fish[3]].sort());
    expect((await coordinatorView(split.created.id)).members.map((m: any) => m.issueId)).toEqual([fish[2]]);
  });
});
