import pino from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { OverlapDetector } from '@yntymak/overlap';
import { GqlClient, waitFor } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const KOCHKOR_AA = '41704235816000';
const KOCHKOR_RAYON = '41704235000000';
const TALAS_OBLAST = '41707000000000';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }`;
const OVERLAP_FIELDS = `id score kind status explanation engineVersion components { signal value level weight }
  projectA { project { id ownerId title { en ru } } blind { themes area startDate endDate } }
  projectB { project { id ownerId title { en ru } } blind { themes area startDate endDate } }
  history { kind decision note }`;
const OVERLAPS = `query($filter: OverlapFilter) { overlaps(filter: $filter) { totalCount edges { node { ${OVERLAP_FIELDS} } } } }`;
const OVERLAP = `query($id: ID!) { overlap(id: $id) { ${OVERLAP_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewOverlapInput!) { reviewOverlap(input: $input) { id status history { kind decision note } } }`;
const COMMENT = `mutation($id: ID!, $note: String!) { commentOnOverlap(input: { id: $id, note: $note }) { id history { kind note } } }`;

const goats = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Dairy goats for low-income households in Kochkor' },
  description: { en: 'Pure-bred dairy goats and training for vulnerable families' },
  status: 'ACTIVE',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  coverage: [KOCHKOR_AA],
  themes: ['LIVESTOCK'],
  interventions: ['DAIRY_GOATS'],
  targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 200 }],
  ...over,
});
const kozy = (over: Record<string, unknown> = {}) =>
  goats({ title: { ru: 'Молочные козы для малообеспеченных семей Кочкора' }, description: { ru: 'Чистопородные молочные козы и обучение для уязвимых семей' }, ...over });

describe('overlap detection and review', () => {
  let system: TestSystem;
  let a: { id: string; client: GqlClient };
  let b: { id: string; client: GqlClient };
  let c: { id: string; client: GqlClient };
  let owner: DataSource;
  let pA: string;
  let pB: string;
  let overlapId: string;
  const overlapsOf = async (client: GqlClient, filter: object = {}) => (await client.data(OVERLAPS, { filter })).overlaps;
  const waitForOverlap = (client: GqlClient, filter: object, what: string, predicate: (node: any) => boolean = () => true) =>
    waitFor(async () => (await overlapsOf(client, filter)).edges.map((e: any) => e.node).find(predicate), what, 20_000, 100);
  const quiet = async () =>
    waitFor(async () => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`))[0].n) === 0, 'the outbox to drain');

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    a = await anOrganisation(system, 'Goat Donor A');
    b = await anOrganisation(system, 'Goat Donor B');
    c = await anOrganisation(system, 'Unrelated Donor C');
    owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 2, applicationName: 'overlap-test' }).initialize();
    pA = (await a.client.data(CREATE, { input: goats() })).createProject.id;
    pB = (await b.client.data(CREATE, { input: kozy() })).createProject.id;
  });
  afterAll(async () => {
    await owner?.destroy();
    await system?.close();
  });

  it('finds two donors funding dairy goats in the same ayil aimak, written in English and in Russian', async () => {
    const found = await waitForOverlap(a.client, { projectId: pA }, 'the overlap to be detected');
    overlapId = found.id;
    expect(['DUPLICATE', 'OVERLAP']).toContain(found.kind);
    expect(found.status).toBe('OPEN');
    expect(found.score).toBeGreaterThan(0.5);
    expect(found.explanation.length).toBeGreaterThan(20);
    expect(found.components.map((c: any) => c.signal).sort()).toEqual(['geography', 'interventions', 'period', 'targetGroups', 'text', 'themes']);
    expect([found.projectA.project.id, found.projectB.project.id].sort()).toEqual([pA, pB].sort());
    expect((await overlapsOf(b.client)).totalCount).toBe(1);
    expect((await overlapsOf(system.coordinator)).totalCount).toBe(1);
  });

  it('another donor learns nothing of it', async () => {
    expect((await overlapsOf(c.client)).totalCount).toBe(0);
    expect((await c.client.error(OVERLAP, { id: overlapId })).extensions?.code).toBe('NOT_FOUND');
    expect((await c.client.error(COMMENT, { id: overlapId, note: 'hello' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('re-running detection changes nothing', async () => {
    await quiet();
    const count = async () => (await system.db.sql<{ n: string }>(`SELECT (SELECT count(*) FROM overlap_events) + (SELECT count(*) FROM outbox_events) AS n`))[0].n;
    const before = await count();
    const detector = new OverlapDetector(owner, pino({ level: 'silent' }));
    for (const id of [pA, pB, pA]) expect(await detector.detectFor(id)).toMatchObject({ created: 0, changed: 0, closed: 0, raised: 1 });
    expect(await count()).toBe(before);
  });

  it('only the coordinator decides; owners comment; a decision survives a non-material change', async () => {
    expect((await a.client.error(REVIEW, { input: { id: overlapId, decision: 'DISMISSED' } })).extensions?.code).toBe('FORBIDDEN');
    await a.client.data(COMMENT, { id: overlapId, note: 'We started first; happy to coordinate.' });
    const reviewed = (await system.coordinator.data(REVIEW, { input: { id: overlapId, decision: 'COMPLEMENTARY', note: 'Different breeds' } })).reviewOverlap;
    expect(reviewed.status).toBe('COMPLEMENTARY');
    expect(reviewed.history.map((h: any) => h.kind)).toEqual(['DETECTED', 'COMMENTED', 'REVIEWED']);

    await b.client.data(UPDATE, { input: { id: pB, expectedVersion: 1, changes: { budget: { amount: 5000, currency: 'USD' }, title: { ru: 'Молочные козы для семей Кочкора' } } } });
    await quiet();
    expect((await system.coordinator.data(OVERLAP, { id: overlapId })).overlap.status).toBe('COMPLEMENTARY');
  });

  it('a material change reopens the pair', async () => {
    await b.client.data(UPDATE, { input: { id: pB, expectedVersion: 2, changes: { coverage: [KOCHKOR_RAYON] } } });
    const reopened = await waitForOverlap(system.coordinator, { projectId: pA }, 'the pair to reopen', (n) => n.status === 'OPEN');
    expect(reopened.history.map((h: any) => h.kind)).toContain('REOPENED');
  });

  it('a co-financing decision is never raised again, whatever changes', async () => {
    await system.coordinator.data(REVIEW, { input: { id: overlapId, decision: 'CO_FINANCING' } });
    await b.client.data(UPDATE, { input: { id: pB, expectedVersion: 3, changes: { coverage: [KOCHKOR_AA], endDate: '2027-06-30' } } });
    await quiet();
    expect((await system.coordinator.data(OVERLAP, { id: overlapId })).overlap.status).toBe('CO_FINANCING');
  });

  it('projects that share a funding chain are not raised at all', async () => {
    const shared = await anOrganisation(system, 'Shared Funder');
    const parties = [{ organisationId: shared.id, role: 'FUNDER', sharePercent: 50 }];
    const x = (await a.client.data(CREATE, { input: goats({ coverage: [TALAS_OBLAST], parties, title: { en: 'Talas goats A' } }) })).createProject.id;
    const y = (await c.client.data(CREATE, { input: goats({ coverage: [TALAS_OBLAST], parties, title: { en: 'Talas goats C' } }) })).createProject.id;
    await quiet();
    expect((await overlapsOf(system.coordinator, { projectId: x })).totalCount).toBe(0);
    expect((await overlapsOf(system.coordinator, { projectId: y })).totalCount).toBe(0);
  });

  it('a confidential pipeline project is seen blind by the other owner and in full by the coordinator', async () => {
    const pipeline = (await c.client.data(CREATE, { input: kozy({ visibility: 'CONFIDENTIAL_PIPELINE', title: { ru: 'Козы (конфиденциально)' } }) })).createProject.id;
    const seenByA = await waitForOverlap(a.client, { projectId: pipeline }, 'the pipeline overlap');
    const side = [seenByA.projectA, seenByA.projectB].find((s: any) => !s.project);
    expect(side.blind).toEqual({ themes: ['LIVESTOCK'], area: [expect.any(String)], startDate: '2025-03-01', endDate: '2026-12-31' });
    expect(JSON.stringify(seenByA)).not.toContain('конфиденциально');
    const seenByCoordinator = (await system.coordinator.data(OVERLAP, { id: seenByA.id })).overlap;
    expect([seenByCoordinator.projectA.project?.id, seenByCoordinator.projectB.project?.id]).toContain(pipeline);
  });

  it('archiving a project closes its overlaps', async () => {
    const x = (await a.client.data(CREATE, { input: goats({ coverage: [KOCHKOR_RAYON], title: { en: 'Archived goats' } }) })).createProject.id;
    const o = await waitForOverlap(a.client, { projectId: x }, 'an overlap of the project to archive');
    await a.client.data(`mutation($id: ID!) { archiveProject(input: { id: $id, expectedVersion: 1 }) { id } }`, { id: x });
    await waitFor(async () => (await system.coordinator.data(OVERLAP, { id: o.id })).overlap.status === 'CLOSED', 'the overlap to close', 20_000, 100);
    expect((await system.coordinator.error(REVIEW, { input: { id: o.id, decision: 'DISMISSED' } })).extensions?.reason).toBe('OVERLAP_CLOSED');
  });

  it('recomputes every project on demand, resumably, with progress; only the coordinator starts it', async () => {
    expect((await a.client.error(`mutation { startOverlapRecompute { id } }`)).extensions?.code).toBe('FORBIDDEN');
    const [{ n: before }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM project_overlaps WHERE status <> 'CLOSED'`);
    const started = (await system.coordinator.data(`mutation { startOverlapRecompute { id status engineVersion } }`)).startOverlapRecompute;
    expect(started.status).toBe('QUEUED');
    const done = await waitFor(async () => {
      const r = (await system.coordinator.data(`query($id: ID!) { overlapRecompute(id: $id) { status total processed raised } }`, { id: started.id })).overlapRecompute;
      return r.status === 'SUCCEEDED' ? r : undefined;
    }, 'the recompute to finish', 30_000, 100);
    expect(done.processed).toBe(done.total);
    expect(done.total).toBeGreaterThan(3);
    const [{ n: after }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM project_overlaps WHERE status <> 'CLOSED'`);
    expect(after).toBe(before);
  });

  it('groups projects tied by overlaps into clusters', async () => {
    const clusters = (await system.coordinator.data(`{ overlapClusters(adminUnit: "${KOCHKOR_RAYON}") { projectIds organisationIds overlapIds maxScore } }`)).overlapClusters;
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters[0].projectIds.length).toBeGreaterThanOrEqual(2);
  });
});

describe('who does what where', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startSystem();
    const donors = await Promise.all(['Map Donor 1', 'Map Donor 2', 'Map Donor 3'].map((n) => anOrganisation(system, n)));
    for (const [i, d] of donors.entries()) {
      await d.client.data(CREATE, { input: goats({ title: { en: `Map goats ${i}` }, budget: { amount: 30000, currency: 'USD' }, startDate: '2020-01-01', endDate: '2035-12-31' }) });
    }
    await donors[0].client.data(CREATE, { input: goats({ title: { en: 'Naryn-wide nutrition' }, coverage: ['41704000000000'], themes: ['NUTRITION'], interventions: [], startDate: '2020-01-01', endDate: '2035-12-31' }) });
  });
  afterAll(() => system?.close());

  it('reports each rayon of an oblast by theme, with hot spots, programmes from above, and gaps', async () => {
    const map = (await system.coordinator.data(`{ whoDoesWhatWhere(adminUnit: "41704000000000", level: RAYON, themeCodes: ["LIVESTOCK", "NUTRITION", "WATER_IRRIGATION"]) {
      code name projectCount organisationCount programmesFromAbove povertyRate gaps themes { themeCode projectCount organisationIds budgetUsd hotSpot } } }`)).whoDoesWhatWhere;
    expect(map.length).toBeGreaterThanOrEqual(5);
    const kochkor = map.find((u: any) => u.code === KOCHKOR_RAYON);
    expect(kochkor).toMatchObject({ projectCount: 3, organisationCount: 3, programmesFromAbove: 1 });
    expect(kochkor.themes).toEqual([{ themeCode: 'LIVESTOCK', projectCount: 3, organisationIds: expect.any(Array), budgetUsd: 90000, hotSpot: true }]);
    const others = map.filter((u: any) => u.code !== KOCHKOR_RAYON);
    expect(others.every((u: any) => u.projectCount === 0 && u.programmesFromAbove === 1)).toBe(true);
    expect(map.some((u: any) => u.gaps.includes('WATER_IRRIGATION'))).toBe(true);
  });

  it('names a bad area or period', async () => {
    expect((await system.coordinator.error(`{ whoDoesWhatWhere(adminUnit: "41799999999999", level: RAYON) { code } }`)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'adminUnit' });
    expect((await system.coordinator.error(`{ whoDoesWhatWhere(adminUnit: "41704000000000", level: RAYON, periodFrom: "2026-01-01", periodTo: "2025-01-01") { code } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodTo' });
  });
});

describe('concurrent detection of both projects of a pair', () => {
  let system: TestSystem;
  let owner: DataSource;
  beforeAll(async () => {
    // No worker: detection runs only where the test runs it.
    system = await startSystem();
    owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 6, applicationName: 'overlap-race-test' }).initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await system?.close();
  });

  it('writes each pair once, with one history event and one alert per organisation, however the two detections interleave', async () => {
    const [a, b] = await Promise.all(['Race Donor A', 'Race Donor B'].map((n) => anOrganisation(system, n)));
    const detectors = [new OverlapDetector(owner, pino({ level: 'silent' })), new OverlapDetector(owner, pino({ level: 'silent' }))];
    for (let round = 0; round < 5; round += 1) {
      const x = (await a.client.data(CREATE, { input: goats({ title: { en: `Race goats ${round}` } }) })).createProject.id;
      const y = (await b.client.data(CREATE, { input: kozy() })).createProject.id;
      // Both at once; before the pairs were read again under their locks, the second insert of the pair failed.
      const outcomes = await Promise.all([detectors[0].detectFor(x), detectors[1].detectFor(y)]);
      expect(outcomes.map((o) => (o === 'skipped' ? o : o.raised >= 1))).toEqual([true, true]);
      const [pair] = await system.db.sql<{ n: string; events: string; alerts: string }>(
        `WITH o AS (SELECT id FROM project_overlaps WHERE project_a_id = LEAST($1::uuid, $2::uuid) AND project_b_id = GREATEST($1::uuid, $2::uuid))
         SELECT (SELECT count(*) FROM o) AS n, (SELECT count(*) FROM overlap_events WHERE overlap_id IN (SELECT id FROM o)) AS events,
                (SELECT count(*) FROM alerts WHERE overlap_id IN (SELECT id FROM o)) AS alerts`,
        [x, y],
      );
      expect(pair).toEqual({ n: '1', events: '1', alerts: '3' });
    }
  });

  it('an engine upgrade carries decisions over to the new version, closes the old rows, and alerts nobody for unchanged pairs', async () => {
    const [a, b] = await Promise.all(['Upgrade Donor A', 'Upgrade Donor B'].map((n) => anOrganisation(system, n)));
    const detector = new OverlapDetector(owner, pino({ level: 'silent' }));
    const x = (await a.client.data(CREATE, { input: goats({ coverage: [TALAS_OBLAST], title: { en: 'Upgrade goats' } }) })).createProject.id;
    const y = (await b.client.data(CREATE, { input: kozy({ coverage: [TALAS_OBLAST] }) })).createProject.id;
    await detector.detectFor(x);
    const pairOf = `project_a_id = LEAST($1::uuid, $2::uuid) AND project_b_id = GREATEST($1::uuid, $2::uuid)`;
    const [old] = await system.db.sql<{ id: string }>(`SELECT id FROM project_overlaps WHERE ${pairOf}`, [x, y]);
    // As if the pair had been raised and dismissed under an earlier engine version.
    await system.db.sql(`UPDATE project_overlaps SET engine_version = 'fs-0.9.0', status = 'DISMISSED' WHERE id = $1`, [old.id]);
    const alertsBefore = Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM alerts`))[0].n);

    expect(await detector.detectFor(y)).toMatchObject({ raised: 1, created: 1 });
    const rows = await system.db.sql<{ id: string; engine_version: string; status: string }>(`SELECT id, engine_version, status FROM project_overlaps WHERE ${pairOf} ORDER BY engine_version`, [x, y]);
    expect(rows.map((r) => [r.engine_version === 'fs-0.9.0' ? 'old' : 'new', r.status])).toEqual([['old', 'CLOSED'], ['new', 'DISMISSED']]);
    const [closedWhy] = await system.db.sql<{ reason: string }>(`SELECT detail->>'reason' AS reason FROM overlap_events WHERE overlap_id = $1 AND kind = 'CLOSED'`, [old.id]);
    expect(closedWhy.reason).toMatch(/^superseded by engine version /);
    expect(Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM alerts`))[0].n)).toBe(alertsBefore);
    // Detecting again under the same version changes nothing more.
    expect(await detector.detectFor(x)).toMatchObject({ raised: 1, created: 0, changed: 0, closed: 0 });
  });
});
