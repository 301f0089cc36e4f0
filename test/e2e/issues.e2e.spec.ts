import { TenantDb } from '@yntymak/database';
import { GqlClient } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const KAZYBEK_VILLAGE = '41704220830010';
const AT_BASHY_RAYON = '41704220000000';

const ISSUE_FIELDS = `id raiserId refinerId state version level isPublic deadlineAt escalationCount
  title { ky ru en } proposal { en } refinement { proposal { en } refinedById }
  routing { proposedLevel reasons ruleIds overrideReason }`;
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { ${ISSUE_FIELDS} } }`;
const REFINE = `mutation($input: RefineIssueInput!) { refineIssue(input: $input) { ${ISSUE_FIELDS} } }`;
const TRANSITION = `mutation($input: TransitionIssueInput!) { transitionIssue(input: $input) { ${ISSUE_FIELDS} addressees { governmentBodyId code level role } } }`;
const ISSUE = `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} allowedActions evidence { indicator value unit source date }
  addressees(allRounds: true) { governmentBodyId round level }
  history { version action fromState toState actorRole actorOrganisationId note reason documents { ref title } targetBodyId fromLevel toLevel deadlineAt }
  relatedProjects { id } } }`;
const ISSUES = `query($filter: IssueFilter, $first: Int, $after: String) { issues(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id state } } } }`;
const LINK = `mutation($input: LinkGovernmentBodyInput!) { linkGovernmentBody(input: $input) { organisationId governmentBodyId } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;

type Org = { id: string; key: string; client: GqlClient };

describe('field issues: raise, route, refine, transition, visibility', () => {
  let system: TestSystem;
  let vsp: Org; // a village service provider: raises issues
  let implementer: Org; // its implementer: refines and forwards them
  let okmotu: Org; // Kazybek ayil okmotu
  let rayon: Org; // At-Bashy rayon state administration
  let donor: Org; // has an active goat project in At-Bashy rayon
  let stranger: Org; // another donor: sees nothing private
  let village: string;
  const body: Record<string, string> = {};

  const goatIssue = (over: Record<string, unknown> = {}) => ({
    adminUnitId: village,
    themes: ['LIVESTOCK'],
    interventionCode: 'DAIRY_GOATS',
    title: { en: 'Goats for the poorest families', ru: 'Козы для самых бедных семей' },
    proposal: { en: 'Choose the families that receive dairy goats with the social passport.' },
    evidence: [
      { indicator: 'ALTITUDE', value: 2100, unit: 'm', source: 'ayil okmotu', date: '2025' },
      { indicator: 'POPULATION', value: 3450, unit: 'persons', source: 'ayil okmotu social passports', date: '2025' },
      { indicator: 'VULNERABLE_HOUSEHOLDS', value: 212, unit: 'households', source: 'ayil okmotu social passports', date: '2025' },
    ],
    refinerOrganisationId: implementer.id,
    ...over,
  });
  const countIssues = async () => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM issues`))[0].n);

  beforeAll(async () => {
    system = await startSystem();
    vsp = await anOrganisation(system, 'Kazybek village service provider', 'LOCAL_GROUP');
    implementer = await anOrganisation(system, 'Mountain Implementer', 'IMPLEMENTER');
    okmotu = await anOrganisation(system, 'Kazybek ayil okmotu', 'GOVERNMENT_BODY');
    rayon = await anOrganisation(system, 'At-Bashy rayon administration', 'GOVERNMENT_BODY');
    donor = await anOrganisation(system, 'Goat Donor', 'DONOR');
    stranger = await anOrganisation(system, 'Stranger Donor', 'DONOR');
    [{ id: village }] = await system.db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [KAZYBEK_VILLAGE]);
    for (const row of await system.db.sql<{ id: string; code: string }>(
      `SELECT id, code FROM government_bodies WHERE code IN ('AYIL_OKMOTU:41704220830000', 'RAYON_STATE_ADMINISTRATION:41704220000000', 'PLENIPOTENTIARY_REPRESENTATIVE:41704000000000')`,
    )) {
      body[row.code.split(':')[0]] = row.id;
    }
    await system.coordinator.data(LINK, { input: { organisationId: okmotu.id, governmentBodyId: body.AYIL_OKMOTU } });
    await system.coordinator.data(LINK, { input: { organisationId: rayon.id, governmentBodyId: body.RAYON_STATE_ADMINISTRATION } });
    await donor.client.data(CREATE_PROJECT, {
      input: { title: { en: 'Dairy goats in At-Bashy' }, status: 'ACTIVE', visibility: 'PUBLISHED', startDate: '2025-01-01', endDate: '2027-12-31', coverage: [AT_BASHY_RAYON], themes: ['LIVESTOCK'], interventions: ['DAIRY_GOATS'] },
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  describe('raising', () => {
    it('reports every bad field at once, with codes, and writes nothing', async () => {
      const res = await vsp.client.request(RAISE, {
        input: goatIssue({
          adminUnitId: '00000000-0000-4000-8000-000000000000',
          themes: ['NOT_A_THEME'],
          title: { en: '   ' },
          evidence: [{ indicator: 'ALTITUDE', value: 2100, unit: 'km', source: 'x', date: '2025' }],
        }),
      });
      const error = res.errors![0];
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (error.extensions?.problems as Array<{ field: string }>).map((p) => p.field).sort();
      expect(fields).toEqual(['adminUnitId', 'evidence[0].unit', 'themes', 'title']);
      expect(await countIssues()).toBe(0);
    });

    it('refuses malformed input at the edge and a refiner that is not an implementer', async () => {
      const edge = await vsp.client.error(RAISE, { input: goatIssue({ adminUnitId: 'kazybek', themes: [] }) });
      expect(edge.extensions?.code).toBe('BAD_USER_INPUT');
      const refiner = await vsp.client.error(RAISE, { input: goatIssue({ refinerOrganisationId: donor.id }) });
      expect(refiner.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refinerOrganisationId' });
      const project = await vsp.client.error(RAISE, { input: goatIssue({ projectId: '00000000-0000-4000-8000-000000000000' }) });
      expect(project.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
      expect(await countIssues()).toBe(0);
    });

    it('an override needs a reason and a level with bodies', async () => {
      const noReason = await vsp.client.error(RAISE, { input: goatIssue({ override: { level: 'DISTRICT', reason: ' ' } }) });
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'override.reason', reason: 'REASON_REQUIRED' });
      const foreignBody = await vsp.client.error(RAISE, { input: goatIssue({ override: { level: 'DISTRICT', reason: 'x', bodyIds: ['00000000-0000-4000-8000-000000000000'] } }) });
      expect(foreignBody.extensions).toMatchObject({ field: 'override.bodyIds', reason: 'UNKNOWN_BODY' });
      expect(await countIssues()).toBe(0);
    });

    it('routes by the rules: a goat recipient is the ayil okmotu’s choice, a law change is national', async () => {
      const { raiseIssue: local } = await vsp.client.data(RAISE, { input: goatIssue() });
      expect(local).toMatchObject({ state: 'DRAFT', level: 'LOCAL', version: 1, raiserId: vsp.id, refinerId: implementer.id });
      expect(local.routing.ruleIds).toContain('GOAT_RECIPIENT_FAMILY');
      expect(local.routing.reasons.join(' ')).toMatch(/social worker/);

      const { raiseIssue: national } = await vsp.client.data(RAISE, { input: goatIssue({ needsLawChange: true, proposal: { en: 'Keep dairy-goat breeds pure.' }, submit: true }) });
      expect(national).toMatchObject({ state: 'SUBMITTED', level: 'NATIONAL', version: 2 });
    });

    it('keeps the author’s override and its reason beside the rules’ proposal', async () => {
      const { raiseIssue } = await vsp.client.data(RAISE, { input: goatIssue({ override: { level: 'DISTRICT', reason: 'The okmotu has no goats left to give' } }) });
      expect(raiseIssue).toMatchObject({ level: 'DISTRICT', routing: { proposedLevel: 'LOCAL', overrideReason: 'The okmotu has no goats left to give' } });
      expect(raiseIssue.routing.reasons[0]).toMatch(/^Set to DISTRICT level by the author/);
    });
  });

  describe('the path of one issue', () => {
    let id: string;
    let version: number;
    const move = async (org: Org, action: string, extra: Record<string, unknown> = {}) => {
      const { transitionIssue } = await org.client.data(TRANSITION, { input: { id, action, expectedVersion: version, ...extra } });
      version = transitionIssue.version;
      return transitionIssue;
    };

    beforeAll(async () => {
      const { raiseIssue } = await vsp.client.data(RAISE, { input: goatIssue({ submit: true }) });
      id = raiseIssue.id;
      version = raiseIssue.version;
    });

    it('is invisible to other tenants and to bodies it is not addressed to', async () => {
      for (const org of [stranger, okmotu, donor]) {
        expect((await org.client.error(ISSUE, { id })).extensions?.code).toBe('NOT_FOUND');
        expect((await org.client.data(ISSUES, {})).issues.totalCount).toBe(0);
      }
    });

    it('another tenant’s id is NOT_FOUND in every mutation, and changes nothing', async () => {
      const before = await system.db.sql(`SELECT version, state FROM issues WHERE id = $1`, [id]);
      for (const [query, input] of [
        [TRANSITION, { id, action: 'WITHDRAW', expectedVersion: version }],
        [TRANSITION, { id, action: 'FORWARD', expectedVersion: version }],
        [REFINE, { id, expectedVersion: version, proposal: { en: 'hijacked' } }],
      ] as const) {
        expect((await stranger.client.error(query, { input })).extensions?.code).toBe('NOT_FOUND');
      }
      expect(await system.db.sql(`SELECT version, state FROM issues WHERE id = $1`, [id])).toEqual(before);
    });

    it('only the raiser’s coordinator forwards: the village service provider may not', async () => {
      const error = await vsp.client.error(TRANSITION, { input: { id, action: 'FORWARD', expectedVersion: version } });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTOR_NOT_ALLOWED' });
      const refine = await vsp.client.error(REFINE, { input: { id, expectedVersion: version, proposal: { en: 'x' } } });
      expect(refine.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTOR_NOT_ALLOWED' });
    });

    it('the implementer refines it: the original text stays beside the refined one', async () => {
      const stale = await implementer.client.error(REFINE, { input: { id, expectedVersion: version - 1, proposal: { en: 'x' } } });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: version });
      const { refineIssue } = await implementer.client.data(REFINE, {
        input: { id, expectedVersion: version, proposal: { en: 'Select goat recipient families by social passport, with the social worker.' }, note: 'clearer' },
      });
      expect(refineIssue).toMatchObject({ state: 'IN_REFINEMENT', proposal: { en: goatIssue().proposal.en }, refinement: { refinedById: implementer.id } });
      expect(refineIssue.refinement.proposal.en).toMatch(/^Select goat/);
      version = refineIssue.version;
    });

    it('forwarded, it is addressed to the ayil okmotu with a deadline; the okmotu now sees it', async () => {
      const issue = await move(implementer, 'FORWARD');
      expect(issue).toMatchObject({ state: 'ADDRESSED', level: 'LOCAL' });
      expect(issue.addressees.map((a: { governmentBodyId: string }) => a.governmentBodyId)).toContain(body.AYIL_OKMOTU);
      const days = (Date.parse(issue.deadlineAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
      const seen = await okmotu.client.data(ISSUE, { id });
      expect(seen.issue.allowedActions).toEqual(['ACKNOWLEDGE', 'RESOLVE', 'REJECT', 'REROUTE']);
      expect((await rayon.client.error(ISSUE, { id })).extensions?.code).toBe('NOT_FOUND');
      expect((await okmotu.client.data(ISSUES, { filter: { addressedToMe: true } })).issues.totalCount).toBe(1);
    });

    it('bad transitions: a missing note, a stale version, a move the state does not allow', async () => {
      const noNote = await okmotu.client.error(TRANSITION, { input: { id, action: 'REJECT', expectedVersion: version } });
      expect(noNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', reason: 'NOTE_REQUIRED' });
      const stale = await okmotu.client.error(TRANSITION, { input: { id, action: 'ACKNOWLEDGE', expectedVersion: version - 1 } });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const wrongState = await okmotu.client.error(TRANSITION, { input: { id, action: 'REOPEN', expectedVersion: version, note: 'x' } });
      expect(wrongState.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
      const noTarget = await okmotu.client.error(TRANSITION, { input: { id, action: 'REROUTE', expectedVersion: version, note: 'not ours' } });
      expect(noTarget.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetBodyId', reason: 'TARGET_BODY_REQUIRED' });
      const unknownBody = await okmotu.client.error(TRANSITION, { input: { id, action: 'REROUTE', expectedVersion: version, note: 'x', targetBodyId: '00000000-0000-4000-8000-000000000000' } });
      expect(unknownBody.extensions).toMatchObject({ field: 'targetBodyId', reason: 'UNKNOWN_BODY' });
      const badDoc = await okmotu.client.error(TRANSITION, { input: { id, action: 'ACKNOWLEDGE', expectedVersion: version, documents: [{ ref: ' ' }] } });
      expect(badDoc.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0].ref' });
    });

    it('a body that is not competent names the competent one: re-routed, not closed', async () => {
      await move(okmotu, 'ACKNOWLEDGE', { documents: [{ ref: 'No. 14/2025', title: 'Letter of receipt' }] });
      const rerouted = await move(okmotu, 'REROUTE', { note: 'The rayon distributes the breeding goats', targetBodyId: body.RAYON_STATE_ADMINISTRATION });
      expect(rerouted).toMatchObject({ state: 'ADDRESSED', level: 'DISTRICT' });
      expect(rerouted.addressees).toEqual([expect.objectContaining({ governmentBodyId: body.RAYON_STATE_ADMINISTRATION, level: 'DISTRICT' })]);
      // The okmotu keeps reading what it was sent, but no longer acts on it.
      const seen = await okmotu.client.data(ISSUE, { id });
      expect(seen.issue.allowedActions).toEqual([]);
      const late = await okmotu.client.error(TRANSITION, { input: { id, action: 'RESOLVE', expectedVersion: version } });
      expect(late.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTOR_NOT_ALLOWED' });
    });

    it('after a rejection the raiser appeals a level up, to the oblast', async () => {
      await move(rayon, 'REJECT', { note: 'No budget this year' });
      const appealed = await move(vsp, 'ESCALATE', { note: 'The rayon has no budget: the oblast must act' });
      expect(appealed).toMatchObject({ state: 'ADDRESSED', level: 'REGIONAL', escalationCount: 1 });
      expect(appealed.addressees.map((a: { governmentBodyId: string }) => a.governmentBodyId)).toContain(body.PLENIPOTENTIARY_REPRESENTATIVE);
    });

    it('keeps the whole history: who, when, notes, documents, levels, bodies', async () => {
      const { issue } = await implementer.client.data(ISSUE, { id });
      expect(issue.history.map((h: { action: string }) => h.action)).toEqual(['RAISE', 'SUBMIT', 'START_REFINEMENT', 'REFINE', 'FORWARD', 'ACKNOWLEDGE', 'REROUTE', 'REJECT', 'ESCALATE']);
      expect(issue.history.map((h: { version: number }) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const byAction = Object.fromEntries(issue.history.map((h: { action: string }) => [h.action, h]));
      expect(byAction.ACKNOWLEDGE).toMatchObject({ actorRole: 'ADDRESSED_BODY', actorOrganisationId: okmotu.id, documents: [{ ref: 'No. 14/2025', title: 'Letter of receipt' }] });
      expect(byAction.REROUTE).toMatchObject({ targetBodyId: body.RAYON_STATE_ADMINISTRATION, fromLevel: 'LOCAL', toLevel: 'DISTRICT', note: 'The rayon distributes the breeding goats' });
      expect(byAction.ESCALATE).toMatchObject({ actorRole: 'RAISER', fromLevel: 'DISTRICT', toLevel: 'REGIONAL' });
      expect(byAction.ESCALATE.deadlineAt).toEqual(issue.deadlineAt);
      expect(issue.addressees.map((a: { round: number }) => a.round)).toEqual(expect.arrayContaining([1, 2, 3]));
      expect(issue.evidence).toEqual(expect.arrayContaining([{ indicator: 'VULNERABLE_HOUSEHOLDS', value: 212, unit: 'households', source: 'ayil okmotu social passports', date: '2025' }]));
      // Each write committed exactly one history row and its outbox events, nothing else.
      const [{ n }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM outbox_events WHERE aggregate_type = 'issue' AND aggregate_id = $1 AND type = 'issue.transitioned'`, [id]);
      expect(Number(n)).toBe(7);
    });

    it('shows the active projects in the same area and theme that could address it', async () => {
      const { issue } = await vsp.client.data(ISSUE, { id });
      expect(issue.relatedProjects).toHaveLength(1);
    });

    it('the coordinator sees every issue; a public one is seen by everyone', async () => {
      expect((await system.coordinator.data(ISSUES, {})).issues.totalCount).toBe(await countIssues());
      const { raiseIssue } = await vsp.client.data(RAISE, { input: goatIssue({ isPublic: true }) });
      const { issues } = await stranger.client.data(ISSUES, {});
      expect(issues.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([raiseIssue.id]);
      // Reading is not acting.
      const error = await stranger.client.error(TRANSITION, { input: { id: raiseIssue.id, action: 'WITHDRAW', expectedVersion: 1 } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });

    it('batches nested fields: a page of 4 issues with history, evidence, addressees and actions costs what a page of 1 does', async () => {
      const db = system.gateway.app.get(TenantDb);
      const query = `query($n: Int) { issues(first: $n) { edges { node { id allowedActions history { action } evidence { indicator } addressees(allRounds: true) { round } } } } }`;
      const statements = async (n: number) => {
        const before = db.counter.statements;
        const res = await vsp.client.data(query, { n });
        expect(res.issues.edges).toHaveLength(n);
        return db.counter.statements - before;
      };
      const one = await statements(1);
      expect(await statements(4)).toBe(one);
    });

    it('pages with a stable cursor and a total', async () => {
      const first = await vsp.client.data(ISSUES, { first: 2 });
      expect(first.issues.pageInfo.hasNextPage).toBe(true);
      const rest = await vsp.client.data(ISSUES, { first: 100, after: first.issues.pageInfo.endCursor });
      expect(first.issues.edges.length + rest.issues.edges.length).toBe(first.issues.totalCount);
      const forged = await vsp.client.error(ISSUES, { after: 'not-a-cursor' });
      expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('linking organisations to bodies', () => {
    it('is the coordinator’s, for GOVERNMENT_BODY organisations, one organisation per body', async () => {
      expect((await okmotu.client.error(LINK, { input: { organisationId: okmotu.id, governmentBodyId: body.PLENIPOTENTIARY_REPRESENTATIVE } })).extensions?.code).toBe('FORBIDDEN');
      const notBody = await system.coordinator.error(LINK, { input: { organisationId: donor.id, governmentBodyId: body.PLENIPOTENTIARY_REPRESENTATIVE } });
      expect(notBody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId', reason: 'NOT_A_GOVERNMENT_BODY' });
      const taken = await system.coordinator.error(LINK, { input: { organisationId: rayon.id, governmentBodyId: body.AYIL_OKMOTU } });
      expect(taken.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BODY_ALREADY_LINKED' });
      const again = await system.coordinator.data(LINK, { input: { organisationId: okmotu.id, governmentBodyId: body.AYIL_OKMOTU } });
      expect(again.linkGovernmentBody).toEqual({ organisationId: okmotu.id, governmentBodyId: body.AYIL_OKMOTU });
    });
  });
});
