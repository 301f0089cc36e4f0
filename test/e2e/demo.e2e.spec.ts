import { MemoryKeyStore } from '../../apps/cli/src/demo-key-store';
import { DemoSummary, loadDemo } from '../../apps/cli/src/demo-loader';
import { DEMO_ORGANISATIONS } from '../../apps/cli/src/demo-organisations';
import { TestSystem, startSystem } from '../support/harness';

/** npm run demo's loader against a system of this file's own: what it loads, what detection makes of it, and that a second load adds nothing. */
describe('the demo loader', () => {
  let system: TestSystem;
  let first: DemoSummary;
  const keys = new MemoryKeyStore();
  const progress: string[] = [];

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    const record = (stage: string, message: string) => {
      progress.push(`[${stage}] ${message}`);
      if (process.env.DEMO_TRACE) process.stderr.write(`[${stage}] ${message}\n`);
    };
    first = await loadDemo({ url: `${system.gateway.url}/graphql`, coordinatorKey: system.coordinatorKey, keys, progress: record });
  }, 300_000);
  afterAll(async () => {
    await system?.close();
  });

  it('registers the organisations and about 200 projects across every oblast, through the API', async () => {
    expect(first.organisations.map((o) => o.name)).toEqual(DEMO_ORGANISATIONS.map((o) => o.name));
    expect(first.organisations.every((o) => o.createdNow && o.key?.startsWith('ynt_'))).toBe(true);
    expect(first.projects.created).toBeGreaterThanOrEqual(190);
    expect(first.projects.created).toBeLessThanOrEqual(210);
    const perOblast = await system.db.sql<{ iso: string; n: number }>(
      `SELECT o.iso_3166_2 AS iso, count(DISTINCT p.id)::int AS n
         FROM projects p JOIN project_units c ON c.project_id = p.id JOIN admin_units u ON u.id = c.admin_unit_id
         JOIN admin_units o ON o.level = 'OBLAST' AND u.path <@ o.path GROUP BY o.iso_3166_2`,
    );
    expect(perOblast.map((r) => r.iso).sort()).toEqual(['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y']);
    expect(Math.min(...perOblast.map((r) => r.n))).toBeGreaterThan(0);
    expect(progress.some((line) => line.startsWith('[projects]'))).toBe(true);
  });

  it('raises the dairy-goat duplicate across languages and the oblast programme over village projects, not the co-financed pair', async () => {
    expect(first.recompute?.status).toBe('SUCCEEDED');
    const pairs = await system.db.sql<{ a: string; b: string; kind: string; status: string }>(`SELECT project_a_id AS a, project_b_id AS b, kind, status FROM project_overlaps`);
    const raised = (x: string, y: string) => pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
    const [arfGoats, srdaGoats] = first.scenarios.DAIRY_GOATS_DUPLICATE;
    expect(raised(arfGoats, srdaGoats)).toMatchObject({ kind: 'DUPLICATE', status: 'OPEN' });
    const [programme] = first.scenarios.OBLAST_NUTRITION;
    for (const village of first.scenarios.VILLAGE_NUTRITION) expect(raised(programme, village)).toMatchObject({ status: 'OPEN' });
    const [caft, gvf] = first.scenarios.CO_FINANCED;
    expect(raised(caft, gvf)).toBeUndefined();
    expect(first.overlapsVisibleToCoordinator).toBe(pairs.filter((p) => p.status === 'OPEN').length);
  });

  it('raises field issues in several villages through the issues API', async () => {
    expect(first.stages.find((s) => s.name === 'field-issues')).toEqual({ name: 'field-issues', loaded: true, message: '4 field issues raised, 0 already there' });
    const villages = await system.db.sql<{ n: number }>(`SELECT count(DISTINCT admin_unit_id)::int AS n FROM issues`);
    expect(villages[0].n).toBe(4);
  });

  it('groups the dairy-goat issues into a shared issue escalated as one dossier, behind an advocacy item stalled for years', async () => {
    expect(first.stages.find((s) => s.name === 'shared-issues')).toMatchObject({ loaded: true, message: expect.stringContaining('escalated; advocacy item recorded (STALLED since 2018-04-20)') });
    const escalated = await system.db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM shared_issues WHERE state = 'ESCALATED'`);
    expect(escalated[0].n).toBe(1);
  });

  it('adds nothing when loaded a second time, and keeps the keys working', async () => {
    const before = await system.db.sql<{ orgs: number; projects: number; overlaps: number; issues: number }>(
      `SELECT (SELECT count(*)::int FROM organisations) AS orgs, (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM project_overlaps) AS overlaps, (SELECT count(*)::int FROM issues) AS issues`,
    );
    const second = await loadDemo({ url: `${system.gateway.url}/graphql`, coordinatorKey: system.coordinatorKey, keys, progress: () => undefined });
    expect(second.projects).toEqual({ total: first.projects.total, created: 0, alreadyThere: first.projects.created, skippedNoKey: 0 });
    expect(second.organisations.every((o) => !o.createdNow)).toBe(true);
    expect(second.organisations.map((o) => o.key)).toEqual(first.organisations.map((o) => o.key));
    const after = await system.db.sql(
      `SELECT (SELECT count(*)::int FROM organisations) AS orgs, (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM project_overlaps) AS overlaps, (SELECT count(*)::int FROM issues) AS issues`,
    );
    expect(second.stages.find((s) => s.name === 'field-issues')?.message).toBe('0 field issues raised, 4 already there');
    expect(second.stages.find((s) => s.name === 'shared-issues')?.message).toMatch(/already escalated; advocacy item already there \(STALLED\)$/);
    expect(after).toEqual(before);
    const me = await system.gateway.client.as(second.organisations[0].key!).data<any>(`{ me { organisation { name } } }`);
    expect(me.me.organisation.name).toBe(first.organisations[0].name);
  }, 180_000);
});
