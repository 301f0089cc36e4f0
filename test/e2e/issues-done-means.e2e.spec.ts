/**
 * Issue 7's "done means", end to end over the API with a running worker: dairy-goat breed-purity
 * issues raised in five mountain villages of Naryn oblast by two implementers are refined, grouped
 * into one shared issue, escalated on missed deadlines past the district (rayon) and the oblast to
 * national level, sent as one dossier to the coordinating body, and tracked as an advocacy item
 * through the Ministry of Agriculture memorandum. Tenant rules and bad inputs are tried on the way.
 *
 * Deadlines are real delayed BullMQ jobs with a short day (ISSUE_DEADLINE_DAY_MS): one "day" per
 * level below national, so an issue climbs LOCAL -> DISTRICT -> REGIONAL -> NATIONAL in seconds.
 */
import { GqlClient, waitFor } from '@yntymak/testing';
import { BREED_PURITY, NARYN_VILLAGES, VILLAGE_FACTS } from '../../libs/shared-issues/test-support/field-issues';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const ISSUE = `id state level version deadlineAt escalationCount refinement { proposal { en ru ky } } history { action fromLevel toLevel actorRole }`;
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { ${ISSUE} } }`;
const REFINE = `mutation($input: RefineIssueInput!) { refineIssue(input: $input) { ${ISSUE} } }`;
const TRANSITION = `mutation($input: TransitionIssueInput!) { transitionIssue(input: $input) { ${ISSUE} } }`;
const GET_ISSUE = `query($id: ID!) { issue(id: $id) { ${ISSUE} } }`;
const SHARED = `query($filter: SharedIssueFilter) { sharedIssues(filter: $filter) { totalCount edges { node { id state decisionLevel escalatedAt escalationTrigger
  evidence { villages totalPopulation vulnerableHouseholds organisations } members { issueId groupedBy explanation { reasons } } } } } }`;
const SHARED_ONE = `query($id: ID!) { sharedIssue(id: $id) { id state decisionLevel escalationTrigger evidence { villages } } }`;
const ESCALATE = `mutation($input: EscalateSharedIssueInput!) { escalateSharedIssue(input: $input) { id } }`;
const DOSSIER = `query($id: ID!, $format: DossierFormat) { sharedIssueDossier(id: $id, format: $format) { format sent content } }`;
const ALERTS = `{ alerts { edges { node { kind message } } } }`;
const ADVOCACY = `id state history { state action at note documentRefs { ref } } waiting { state days daysSinceSubmitted sentence } sharedIssueIds`;
const CREATE_ADVOCACY = `mutation($input: CreateAdvocacyItemInput!) { createAdvocacyItem(input: $input) { ${ADVOCACY} } }`;
const TRANSITION_ADVOCACY = `mutation($input: TransitionAdvocacyItemInput!) { transitionAdvocacyItem(input: $input) { ${ADVOCACY} } }`;
const ADVOCACY_ITEMS = `query($filter: AdvocacyFilter) { advocacyItems(filter: $filter) { totalCount edges { node { ${ADVOCACY} } } } }`;

// The refined texts: the coordinator of each implementer sharpens the field worker's words.
const REFINED = [
  'Keep dairy-goat breeds pure at national level with a breed register; link farmers to pure-bred goat farms',
  'Сохранить чистоту пород молочных коз: связать фермеров с племенными хозяйствами чистопородных молочных коз',
  BREED_PURITY[2],
  'Сохранить чистоту пород молочных коз на национальном уровне, связать фермеров с племенными хозяйствами',
  'Keep dairy-goat breeds pure: link farmers to pure-bred goat farms, stop crossbreeding with local goats',
];

describe('issue 7 done means: five villages, one dossier, one advocacy item', () => {
  let system: TestSystem;
  let implementerA: { id: string; client: GqlClient };
  let implementerB: { id: string; client: GqlClient };
  let outsider: { id: string; client: GqlClient };
  const issueIds: string[] = [];
  let sharedIssueId: string;

  const unitIdOf = async (code: string) => (await system.db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [code]))[0].id;
  const issue = async (client: GqlClient, id: string) => (await client.data(GET_ISSUE, { id })).issue;
  const sharedOf = async (issueId: string) => (await system.coordinator.data(SHARED, { filter: { issueId } })).sharedIssues.edges[0]?.node;

  /** Raised by the field worker (submitted), refined by the implementer's coordinator, forwarded to the level the rules propose. */
  async function raiseRefineForward(n: number): Promise<string> {
    const client = n < 3 ? implementerA.client : implementerB.client;
    const [altitude, population, vulnerable] = VILLAGE_FACTS[n];
    const raised = (
      await client.data(RAISE, {
        input: {
          adminUnitId: await unitIdOf(NARYN_VILLAGES[n]),
          themes: ['LIVESTOCK'],
          interventionCode: 'DAIRY_GOATS',
          title: { en: 'Dairy-goat breed purity' },
          proposal: { [n === 0 || n === 4 ? 'en' : n === 2 ? 'ky' : 'ru']: BREED_PURITY[n] },
          needsNormativeAct: n === 0,
          evidence: [
            { indicator: 'ALTITUDE', value: altitude, unit: 'm', source: 'ayil okmotu', date: '2025' },
            { indicator: 'POPULATION', value: population, unit: 'persons', source: 'ayil okmotu social passports', date: '2025' },
            { indicator: 'VULNERABLE_HOUSEHOLDS', value: vulnerable, unit: 'households', source: 'ayil okmotu social passports', date: '2025' },
          ],
          submit: true,
        },
      })
    ).raiseIssue;
    expect(raised).toMatchObject({ state: 'SUBMITTED', level: n === 0 || n === 3 ? 'NATIONAL' : 'LOCAL' });
    let current = (await client.data(TRANSITION, { input: { id: raised.id, action: 'START_REFINEMENT', expectedVersion: raised.version } })).transitionIssue;
    const lang = /[үөң]/i.test(REFINED[n]) ? 'ky' : /[а-яё]/i.test(REFINED[n]) ? 'ru' : 'en';
    current = (await client.data(REFINE, { input: { id: raised.id, expectedVersion: current.version, proposal: { [lang]: REFINED[n] }, note: 'sharpened for the ministry' } })).refineIssue;
    current = (await client.data(TRANSITION, { input: { id: raised.id, action: 'FORWARD', expectedVersion: current.version } })).transitionIssue;
    expect(current.state).toBe('ADDRESSED');
    issueIds[n] = raised.id;
    return raised.id;
  }

  beforeAll(async () => {
    system = await startSystem({
      worker: true,
      env: { ISSUE_DEADLINE_DAY_MS: '1500', ISSUE_DEADLINE_DAYS_LOCAL: '1', ISSUE_DEADLINE_DAYS_DISTRICT: '1', ISSUE_DEADLINE_DAYS_REGIONAL: '1', ISSUE_DEADLINE_DAYS_NATIONAL: '366' },
    });
    implementerA = await anOrganisation(system, 'Implementer A (At-Bashy)', 'IMPLEMENTER');
    implementerB = await anOrganisation(system, 'Implementer B (Naryn rayon)', 'IMPLEMENTER');
    outsider = await anOrganisation(system, 'A donor elsewhere', 'DONOR');
  });

  afterAll(() => system.close());

  it('refines and forwards four villages’ issues; they group, and refuse bad raising inputs on the way', async () => {
    expect(await implementerA.client.error(RAISE, { input: { adminUnitId: 'nowhere', themes: ['LIVESTOCK'], title: { en: 'x' }, proposal: { en: 'x' } } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'adminUnitId' },
    });
    for (const n of [0, 1, 2, 3]) await raiseRefineForward(n);
    const grouped = await waitFor(async () => {
      const node = await sharedOf(issueIds[0]);
      return node?.members.length === 4 && node;
    }, 'four issues in one shared issue');
    sharedIssueId = grouped.id;
    expect(grouped).toMatchObject({ state: 'OPEN', decisionLevel: 'NATIONAL', evidence: { villages: 4, organisations: 2 } });
    expect(grouped.members.every((m: any) => m.explanation.reasons.includes('same intervention DAIRY_GOATS'))).toBe(true);
    // Tenant rules: each implementer sees the shared issue its issues are in; an outsider sees nothing, even by id.
    expect((await implementerB.client.data(SHARED_ONE, { id: sharedIssueId })).sharedIssue.evidence.villages).toBe(4);
    expect(await outsider.client.error(SHARED_ONE, { id: sharedIssueId })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await implementerA.client.error(ESCALATE, { input: { id: sharedIssueId } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await system.coordinator.error(ESCALATE, { input: { id: 'not-an-id' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('escalates the local issues on missed deadlines past the rayon and the oblast to national level', async () => {
    // Villages 1 and 2 asked locally (which family gets a goat is the ayil okmotu's); 0 and 3 asked for a national rule.
    for (const n of [1, 2]) {
      const climbed = await waitFor(async () => {
        const i = await issue(n < 3 ? implementerA.client : implementerB.client, issueIds[n]);
        return i.level === 'NATIONAL' && i;
      }, `issue ${n} at national level`, 30_000, 250);
      const escalations = climbed.history.filter((h: any) => h.action === 'ESCALATE').map((h: any) => `${h.fromLevel}->${h.toLevel} by ${h.actorRole}`);
      expect(escalations).toEqual(['LOCAL->DISTRICT by SYSTEM', 'DISTRICT->REGIONAL by SYSTEM', 'REGIONAL->NATIONAL by SYSTEM']);
      expect(climbed).toMatchObject({ state: 'ADDRESSED', escalationCount: 3 });
    }
    // Still four villages: below the threshold, nothing was sent.
    expect((await system.coordinator.data(SHARED_ONE, { id: sharedIssueId })).sharedIssue).toMatchObject({ state: 'OPEN', decisionLevel: 'NATIONAL' });
  });

  it('sends the shared issue as one dossier when the fifth village joins, and alerts the coordinator', async () => {
    await raiseRefineForward(4);
    const sent = await waitFor(async () => {
      const node = await sharedOf(issueIds[4]);
      return node?.state === 'ESCALATED' && node;
    }, 'the dossier sent');
    expect(sent).toMatchObject({ id: sharedIssueId, escalationTrigger: 'THRESHOLD', decisionLevel: 'NATIONAL', evidence: { villages: 5, totalPopulation: 12160, vulnerableHouseholds: 752, organisations: 2 } });
    const md = (await system.coordinator.data(DOSSIER, { id: sharedIssueId, format: 'MARKDOWN' })).sharedIssueDossier;
    expect(md.sent).toBe(true);
    for (const line of ['| Villages | 5 |', '| Total population | 12,160 |', '| Vulnerable households | 752 |', '| Decision level | NATIONAL |', 'Sent to the coordinating body automatically: 5 of 5 villages needed']) {
      expect(md.content).toContain(line);
    }
    const json = JSON.parse((await system.coordinator.data(DOSSIER, { id: sharedIssueId, format: 'JSON' })).sharedIssueDossier.content);
    expect(json.villages.map((v: any) => v.name).sort()).toEqual(['Jergetal', 'Kara-Suu', 'Kazan-Kuygan', 'Kazybek', 'Taldy-Suu']);
    expect(json.issues.find((i: any) => i.issueId === issueIds[0]).proposal).toContain('breed register');
    expect(await system.coordinator.error(ESCALATE, { input: { id: sharedIssueId } })).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'SHARED_ISSUE_ALREADY_ESCALATED' } });
    const alert = await waitFor(async () => (await system.coordinator.data(ALERTS)).alerts.edges.map((e: any) => e.node).find((a: any) => a.kind === 'shared_issue.escalated'), 'the coordinator’s alert');
    expect(alert.message).toContain('5 villages, 12,160 people, 752 vulnerable households; NATIONAL level');
    expect(await outsider.client.error(DOSSIER, { id: sharedIssueId })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('tracks the position through the Ministry of Agriculture memorandum, with dated changes', async () => {
    const created = (
      await system.coordinator.data(CREATE_ADVOCACY, {
        input: {
          title: 'National register of pure-bred dairy goats',
          position: 'A normative act on keeping dairy-goat breeds pure: a national breed register and certified pure-bred farms that village farmers are linked to.',
          kind: 'NORMATIVE_ACT',
          channel: 'MOA_MEMORANDUM',
          sharedIssueIds: [sharedIssueId],
        },
      })
    ).createAdvocacyItem;
    const move = async (action: string, at?: string, note?: string, documentRefs?: object[]) =>
      (await system.coordinator.data(TRANSITION_ADVOCACY, { input: { id: created.id, action, at, note, documentRefs } })).transitionAdvocacyItem;
    const submitted = await move('SUBMIT', undefined, 'Tabled at the memorandum meeting convened by the Ministry of Agriculture', [{ ref: 'MoA memorandum meeting minutes' }]);
    expect(submitted.waiting).toMatchObject({ state: 'SUBMITTED', days: 0 });
    expect(await system.coordinator.error(TRANSITION_ADVOCACY, { input: { id: created.id, action: 'ADOPT' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'action', reason: 'INVALID_TRANSITION' } });
    const review = await move('START_REVIEW');
    expect(await system.coordinator.error(TRANSITION_ADVOCACY, { input: { id: created.id, action: 'REJECT' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'note', reason: 'NOTE_REQUIRED' } });
    expect(review.history.map((h: any) => h.state)).toEqual(['DRAFTED', 'SUBMITTED', 'UNDER_REVIEW']);
    expect(review.waiting.sentence).toMatch(/^submitted \w+ \d{4}, under review since \w+ \d{4}, not adopted after 0 days$/);
    // Both implementers follow it; the outsider does not learn it exists.
    for (const client of [implementerA.client, implementerB.client]) expect((await client.data(ADVOCACY_ITEMS, {})).advocacyItems.edges[0].node).toMatchObject({ id: created.id, state: 'UNDER_REVIEW', sharedIssueIds: [sharedIssueId] });
    expect((await outsider.client.data(ADVOCACY_ITEMS, {})).advocacyItems.totalCount).toBe(0);
    expect(await implementerA.client.error(TRANSITION_ADVOCACY, { input: { id: created.id, action: 'ADOPT' } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // The dossier as sent does not change when the advocacy moves on; a preview would.
    const json = JSON.parse((await system.coordinator.data(DOSSIER, { id: sharedIssueId, format: 'JSON' })).sharedIssueDossier.content);
    expect(json.advocacy).toEqual([]);
  });
});
