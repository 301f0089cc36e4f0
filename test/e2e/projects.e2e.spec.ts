import { TenantDb } from '@yntymak/database';
import { GqlClient } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const NARYN_OBLAST = '41704000000000';
const KOCHKOR_RAYON = '41704235000000';
const KOCHKOR_AA = '41704235816000';
const KOCHKORKA_VILLAGE = '41704235816010';
const COUNTRY = '41700000000000';
const CHUI_OBLAST = '41708000000000';

const FIELDS = `id ownerId version status visibility title { ky ru en } startDate endDate budget { amount currency confidential }
  coverageIds themeCodes interventionCodes targetGroups { code people households } parties { organisationId role sharePercent receivesFromOrganisationId }
  iatiIdentifier externalReference archivedAt owner { id name }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveProject(input: { id: $id, expectedVersion: $v }) { id status version archivedAt } }`;
const GET = `query($id: ID!) { project(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ProjectFilter, $first: Int, $after: String, $sort: ProjectSort) {
  projects(filter: $filter, first: $first, after: $after, sort: $sort) { totalCount edges { node { id title { en ru } } } pageInfo { hasNextPage endCursor } } }`;
const HISTORY = `query($id: ID!) { projectHistory(id: $id) { totalCount edges { node { version action actorKeyId changes { field from to } } } } }`;

const goats = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Dairy goats for low-income households', ru: 'Молочные козы для малообеспеченных семей' },
  status: 'ACTIVE',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  budget: { amount: 120000, currency: 'USD' },
  coverage: [KOCHKOR_AA],
  themes: ['LIVESTOCK'],
  interventions: ['DAIRY_GOATS'],
  targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 212 }],
  ...over,
});

describe('project registry over GraphQL', () => {
  let system: TestSystem;
  let a: { id: string; key: string; client: GqlClient };
  let b: { id: string; key: string; client: GqlClient };
  let ngo: { id: string };
  const count = async (table: string) => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    system = await startSystem();
    a = await anOrganisation(system, 'Donor Alpha');
    b = await anOrganisation(system, 'Donor Beta');
    ngo = await anOrganisation(system, 'Local NGO', 'IMPLEMENTER');
  });
  afterAll(() => system?.close());

  describe('createProject', () => {
    it('registers a project with coverage by SOATE code, a funding chain, history and an event, in one transaction', async () => {
      const wfp = await anOrganisation(system, 'WFP Kyrgyzstan', 'IMPLEMENTER');
      const input = goats({
        parties: [
          { organisationId: a.id, role: 'FUNDER', sharePercent: 100 },
          { organisationId: wfp.id, role: 'INTERMEDIARY', receivesFromOrganisationId: a.id },
          { organisationId: ngo.id, role: 'IMPLEMENTER', receivesFromOrganisationId: wfp.id },
        ],
        iatiIdentifier: 'XM-DAC-1-KG-001',
      });
      const p = (await a.client.data(CREATE, { input })).createProject;
      expect(p).toMatchObject({ version: 1, status: 'ACTIVE', visibility: 'PUBLISHED', ownerId: a.id, owner: { name: 'Donor Alpha' }, themeCodes: ['LIVESTOCK'] });
      const [unit] = await system.db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [KOCHKOR_AA]);
      expect(p.coverageIds).toEqual([unit.id]);
      expect(p.parties).toHaveLength(3);
      const history = (await a.client.data(HISTORY, { id: p.id })).projectHistory;
      expect(history.edges[0].node).toMatchObject({ version: 1, action: 'CREATED' });
      const events = await system.db.sql<{ type: string }>(`SELECT type FROM outbox_events WHERE aggregate_id = $1`, [p.id]);
      expect(events.map((e) => e.type)).toEqual(['project.created']);
    });

    it.each([
      ['no title', { title: {} }, 'title'],
      ['start after end', { startDate: '2027-01-01' }, 'endDate'],
      ['an impossible date', { endDate: '2026-02-30' }, 'endDate'],
      ['a negative amount', { budget: { amount: -5, currency: 'USD' } }, 'budget.amount'],
      ['an unknown currency', { budget: { amount: 5, currency: 'ABC' } }, 'budget.currency'],
      ['an unknown admin unit', { coverage: ['41799999999999'] }, 'coverage[0]'],
      ['an unknown theme', { themes: ['LIVESTOCK', 'SPACE'] }, 'themes[1]'],
      ['a repeated theme', { themes: ['LIVESTOCK', 'LIVESTOCK'] }, 'themes'],
      ['an unknown intervention', { interventions: ['TELEPORT'] }, 'interventions[0]'],
      ['a negative count', { targetGroups: [{ code: 'WOMEN', people: -1 }] }, 'targetGroups.0.people'],
      ['an unknown party', { parties: [{ organisationId: '00000000-0000-4000-8000-000000000001', role: 'FUNDER' }] }, 'parties'],
      ['a malformed IATI identifier', { iatiIdentifier: 'has spaces' }, 'iatiIdentifier'],
      ['an oversized title', { title: { en: 'x'.repeat(501) } }, 'title.en'],
    ])('rejects %s naming the field, and writes nothing', async (_label, over, field) => {
      const before = [await count('projects'), await count('project_history'), await count('outbox_events')];
      const error = await a.client.error(CREATE, { input: goats(over) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([await count('projects'), await count('project_history'), await count('outbox_events')]).toEqual(before);
    });

    it('answers a create exactly as the project reads back afterwards, every field and list order included', async () => {
      const wfp = await anOrganisation(system, 'WFP (read-back check)', 'IMPLEMENTER');
      const [village] = await system.db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [KOCHKORKA_VILLAGE]);
      const all = `${FIELDS} description { ky ru en } createdAt updatedAt parties { organisation { name } }`;
      const input = goats({
        title: { en: '  Goats, milk and nutrition  ', ru: 'Козы, молоко и питание', ky: 'Эчкилер, сүт жана тамактануу' },
        description: { ru: 'Описание проекта', ky: '  Долбоордун сүрөттөлүшү ' },
        visibility: 'PUBLISHED',
        budget: { amount: 1234.5, currency: 'EUR', confidential: true },
        coverage: [CHUI_OBLAST, village.id.toUpperCase(), KOCHKOR_RAYON],
        themes: ['NUTRITION', 'LIVESTOCK', 'FOOD_SECURITY'],
        interventions: ['MILK_COLLECTION_POINT', 'DAIRY_GOATS'],
        targetGroups: [
          { code: 'WOMEN', people: 340 },
          { code: 'LOW_INCOME_HOUSEHOLDS', households: 212 },
        ],
        parties: [
          { organisationId: ngo.id, role: 'IMPLEMENTER', receivesFromOrganisationId: wfp.id },
          { organisationId: wfp.id, role: 'INTERMEDIARY', receivesFromOrganisationId: a.id },
          { organisationId: b.id, role: 'FUNDER', sharePercent: 39.5 },
          { organisationId: a.id, role: 'FUNDER', sharePercent: 60.5 },
        ],
        iatiIdentifier: 'XM-DAC-1-KG-READBACK',
        externalReference: '  REF 42 ',
      });
      const created = (await a.client.data(`mutation($input: CreateProjectInput!) { createProject(input: $input) { ${all} } }`, { input })).createProject;
      const read = (await a.client.data(`query($id: ID!) { project(id: $id) { ${all} } }`, { id: created.id })).project;
      expect(created).toEqual(read);
      expect(created.themeCodes).toEqual(['FOOD_SECURITY', 'LIVESTOCK', 'NUTRITION']);
      expect(created.parties.map((p: { role: string }) => p.role)).toEqual(['FUNDER', 'FUNDER', 'IMPLEMENTER', 'INTERMEDIARY']);
      expect(created.title.en).toBe('Goats, milk and nutrition');
      expect(created.updatedAt).toBe(created.createdAt);
    });

    it('writes a project in two statements once its references were seen: the project with its lists and history, then its event', async () => {
      const db = system.gateway.app.get(TenantDb);
      await a.client.data(CREATE, { input: goats() });
      const before = db.counter.statements;
      const p = (await a.client.data(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }`, { input: goats({ title: { en: 'Second goats' } }) }))
        .createProject;
      expect(db.counter.statements - before).toBe(2);
      // Its index rows: the ayil aimak's, and the per-project row (unit_pre 0) that country-wide lists read.
      expect(await system.db.sql(`SELECT unit_pre FROM project_unit_index WHERE project_id = $1 ORDER BY unit_pre`, [p.id])).toEqual([{ unit_pre: 0 }, { unit_pre: expect.any(Number) }]);
    });

    it('keeps IATI identifiers unique per owner, not across owners', async () => {
      await a.client.data(CREATE, { input: goats({ iatiIdentifier: 'XM-DAC-1-KG-777' }) });
      const clash = await a.client.error(CREATE, { input: goats({ iatiIdentifier: 'XM-DAC-1-KG-777' }) });
      expect(clash.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IATI_IDENTIFIER_TAKEN', field: 'iatiIdentifier' });
      expect((await b.client.data(CREATE, { input: goats({ iatiIdentifier: 'XM-DAC-1-KG-777' }) })).createProject.version).toBe(1);
    });

    it('needs an EDITOR or ADMIN key', async () => {
      const viewer = (await a.client.data(`mutation { createApiKey(input: { name: "reader", role: VIEWER }) { secret } }`)).createApiKey.secret;
      const error = await system.gateway.client.as(viewer).error(CREATE, { input: goats() });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_TOO_WEAK' });
    });
  });

  describe('updateProject', () => {
    it('changes the given fields, bumps the version and records a field-level diff', async () => {
      const p = (await a.client.data(CREATE, { input: goats() })).createProject;
      const updated = (await a.client.data(UPDATE, { input: { id: p.id, expectedVersion: 1, changes: { endDate: '2027-06-30', themes: ['LIVESTOCK', 'NUTRITION'] } } })).updateProject;
      expect(updated).toMatchObject({ version: 2, endDate: '2027-06-30', startDate: '2025-03-01', themeCodes: ['LIVESTOCK', 'NUTRITION'] });
      const history = (await a.client.data(HISTORY, { id: p.id })).projectHistory;
      expect(history.totalCount).toBe(2);
      expect(history.edges[1].node.changes).toEqual([
        { field: 'endDate', from: '"2026-12-31"', to: '"2027-06-30"' },
        { field: 'themes', from: '["LIVESTOCK"]', to: '["LIVESTOCK","NUTRITION"]' },
      ]);
    });

    it('answers a stale expectedVersion with CONFLICT and the current version', async () => {
      const p = (await a.client.data(CREATE, { input: goats() })).createProject;
      await a.client.data(UPDATE, { input: { id: p.id, expectedVersion: 1, changes: { status: 'SUSPENDED' } } });
      const error = await a.client.error(UPDATE, { input: { id: p.id, expectedVersion: 1, changes: { status: 'ACTIVE' } } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'expectedVersion', currentVersion: 2 });
    });

    it('never lets two racing updates both win', async () => {
      const p = (await a.client.data(CREATE, { input: goats() })).createProject;
      const results = await Promise.all(
        ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'].map((endDate) => a.client.request(UPDATE, { input: { id: p.id, expectedVersion: 1, changes: { endDate } } })),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
      const now = (await a.client.data(GET, { id: p.id })).project;
      expect(now.version).toBe(2);
      expect(now.endDate).toBe(winners[0].data!.updateProject.endDate);
    });

    it("another owner's project is NOT_FOUND for updates and archiving, and stays unchanged", async () => {
      const p = (await a.client.data(CREATE, { input: goats() })).createProject;
      expect((await b.client.error(UPDATE, { input: { id: p.id, expectedVersion: 1, changes: { status: 'COMPLETED' } } })).extensions?.code).toBe('NOT_FOUND');
      expect((await b.client.error(ARCHIVE, { id: p.id, v: 1 })).extensions?.code).toBe('NOT_FOUND');
      expect((await system.coordinator.error(ARCHIVE, { id: p.id, v: 1 })).extensions?.code).toBe('NOT_FOUND');
      expect((await a.client.data(GET, { id: p.id })).project).toMatchObject({ version: 1, status: 'ACTIVE' });
    });

    it('archives once, keeps the project readable, and hides it from default lists', async () => {
      const p = (await a.client.data(CREATE, { input: goats({ title: { en: 'Archivable greenhouse project' } }) })).createProject;
      const archived = (await a.client.data(ARCHIVE, { id: p.id, v: 1 })).archiveProject;
      expect(archived).toMatchObject({ status: 'ARCHIVED', version: 2 });
      expect((await a.client.data(ARCHIVE, { id: p.id, v: 1 })).archiveProject.version).toBe(2);
      const err = await a.client.error(UPDATE, { input: { id: p.id, expectedVersion: 2, changes: { status: 'ACTIVE' } } });
      expect(err.extensions?.reason).toBe('PROJECT_ARCHIVED');
      const listed = await a.client.data(LIST, { filter: { text: 'archivable greenhouse' } });
      expect(listed.projects.totalCount).toBe(0);
      const withArchived = await a.client.data(LIST, { filter: { text: 'archivable greenhouse', includeArchived: true } });
      expect(withArchived.projects.totalCount).toBe(1);
    });
  });

  describe('visibility', () => {
    let draft: any;
    let pipeline: any;
    let secretBudget: any;
    beforeAll(async () => {
      draft = (await a.client.data(CREATE, { input: goats({ visibility: 'DRAFT', title: { en: 'Visibility draft' } }) })).createProject;
      pipeline = (await a.client.data(CREATE, { input: goats({ visibility: 'CONFIDENTIAL_PIPELINE', title: { en: 'Visibility pipeline' } }) })).createProject;
      secretBudget = (await a.client.data(CREATE, { input: goats({ title: { en: 'Visibility budget' }, budget: { amount: 99000, currency: 'EUR', confidential: true } }) })).createProject;
    });

    it('drafts and pipeline projects are seen by their owner and the coordinator, by no other donor', async () => {
      for (const p of [draft, pipeline]) {
        expect((await a.client.data(GET, { id: p.id })).project.id).toBe(p.id);
        expect((await system.coordinator.data(GET, { id: p.id })).project.id).toBe(p.id);
        const error = await b.client.error(GET, { id: p.id });
        expect(error.extensions?.code).toBe('NOT_FOUND');
        expect((await b.client.error(HISTORY, { id: p.id })).extensions?.code).toBe('NOT_FOUND');
      }
      const seenByB = await b.client.data(LIST, { filter: { text: 'visibility' } });
      expect(seenByB.projects.edges.map((e: any) => e.node.title.en)).toEqual(['Visibility budget']);
      const seenByCoordinator = await system.coordinator.data(LIST, { filter: { text: 'visibility' } });
      expect(seenByCoordinator.projects.totalCount).toBe(3);
    });

    it('a confidential budget shows its amount only to the owner and the coordinator', async () => {
      expect((await a.client.data(GET, { id: secretBudget.id })).project.budget).toEqual({ amount: 99000, currency: 'EUR', confidential: true });
      expect((await system.coordinator.data(GET, { id: secretBudget.id })).project.budget.amount).toBe(99000);
      expect((await b.client.data(GET, { id: secretBudget.id })).project.budget).toEqual({ amount: null, currency: 'EUR', confidential: true });
    });
  });

  describe('finding projects', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const make = async (key: string, over: Record<string, unknown>) => (ids[key] = (await b.client.data(CREATE, { input: goats({ title: { en: `Find ${key}` }, ...over }) })).createProject.id);
      await make('village', { coverage: [KOCHKORKA_VILLAGE], themes: ['NUTRITION'], interventions: [], startDate: '2024-01-01', endDate: '2024-12-31' });
      await make('rayon', { coverage: [KOCHKOR_RAYON], budget: { amount: 10_000_000, currency: 'KGS' } });
      await make('oblast', { coverage: [NARYN_OBLAST], themes: ['FOOD_SECURITY'] });
      await make('national', { coverage: [COUNTRY], themes: ['SOCIAL_PROTECTION'] });
      await make('chui', { coverage: [CHUI_OBLAST], title: { ru: 'Теплицы в Чуйской области', en: 'Find chui' }, interventions: ['GREENHOUSE'] });
    });
    const found = async (filter: Record<string, unknown>) =>
      ((await b.client.data(LIST, { filter: { ownerIds: [b.id], ...filter }, first: 50 })).projects.edges as any[]).map((e) => e.node.title.en).filter((t: string) => t?.startsWith('Find ')).sort();

    it('a filter on an oblast finds the projects in its rayons and villages; units above only when asked', async () => {
      expect(await found({ adminUnit: NARYN_OBLAST })).toEqual(['Find oblast', 'Find rayon', 'Find village']);
      expect(await found({ adminUnit: KOCHKOR_RAYON })).toEqual(['Find rayon', 'Find village']);
      expect(await found({ adminUnit: KOCHKOR_RAYON, includeUnitsAbove: true })).toEqual(['Find national', 'Find oblast', 'Find rayon', 'Find village']);
    });

    it('filters by theme (with sub-themes), intervention, active date and period', async () => {
      expect(await found({ themes: ['NUTRITION'] })).toEqual(['Find village']);
      expect(await found({ interventions: ['GREENHOUSE'] })).toEqual(['Find chui']);
      expect(await found({ activeOn: '2024-06-01' })).toEqual(['Find village']);
      expect(await found({ periodFrom: '2026-01-01', periodTo: '2026-03-01' })).toEqual(['Find chui', 'Find national', 'Find oblast', 'Find rayon']);
    });

    it('finds text in any script: Latin finds a Cyrillic title', async () => {
      expect(await found({ text: 'teplitsy' })).toEqual(['Find chui']);
      expect(await found({ text: 'Теплицы' })).toEqual(['Find chui']);
    });

    it('compares budgets across currencies through the rate table', async () => {
      // 10,000,000 KGS is about 114,000 USD; the others are 120,000 USD.
      expect(await found({ budget: { max: 115000, currency: 'USD' } })).toEqual(['Find rayon']);
      expect(await found({ budget: { min: 116000, currency: 'USD' } })).toEqual(['Find chui', 'Find national', 'Find oblast', 'Find village']);
    });

    it('pages with stable cursors in the chosen order', async () => {
      const page1 = (await b.client.data(LIST, { filter: { ownerIds: [b.id], text: 'find' }, first: 2, sort: 'START_DATE_ASC' })).projects;
      expect(page1.edges[0].node.title.en).toBe('Find village');
      const page2 = (await b.client.data(LIST, { filter: { ownerIds: [b.id], text: 'find' }, first: 10, after: page1.pageInfo.endCursor, sort: 'START_DATE_ASC' })).projects;
      expect(page1.edges.length + page2.edges.length).toBe(5);
      expect(new Set([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).size).toBe(5);
    });

    it('rejects bad filters with the field', async () => {
      expect((await b.client.error(LIST, { filter: { activeOn: 'yesterday' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.activeOn' });
      expect((await b.client.error(LIST, { filter: { periodFrom: '2026-01-01', periodTo: '2025-01-01' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periodTo' });
    });

    it('batches nested fields: a page of 20 projects with owners costs the same statements as a page of 2', async () => {
      for (let i = 0; i < 20; i++) await a.client.data(CREATE, { input: goats({ title: { en: `Batch ${i}` } }) });
      const db = system.gateway.app.get(TenantDb);
      const query = `query($n: Int) { projects(first: $n, filter: { text: "batch" }) { edges { node { id owner { name } coverageIds themeCodes parties { role } } } } }`;
      const statements = async (n: number) => {
        const before = db.counter.statements;
        const res = await a.client.data(query, { n });
        expect(res.projects.edges).toHaveLength(n);
        return db.counter.statements - before;
      };
      const small = await statements(2);
      expect(await statements(20)).toBe(small);
      expect(small).toBeLessThanOrEqual(5);
    });
  });
});
