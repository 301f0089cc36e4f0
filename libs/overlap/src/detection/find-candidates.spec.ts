import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { findCandidates as findRanked } from './find-candidates';

interface Unit {
  id: string;
  path: string;
}

/** The candidate query on a real database: who it finds, who it leaves out, and periods without an end. */
describe('findCandidates', () => {
  let db: TestDatabase;
  let owner: DataSource;
  const orgs = { coordinator: randomUUID(), a: randomUUID(), b: randomUUID() };
  let village: Unit;
  let oblast: Unit;
  let otherOblastVillage: Unit;
  let country: Unit;
  let themes: string[];

  /** A project of `org` covering `units`, with its project_unit_index rows, as the bulk path writes them. */
  async function aProject(org: string, units: Unit[], period: { start: string | null; end: string | null }, extra: { themes?: string[]; visibility?: string; archived?: boolean } = {}): Promise<string> {
    const id = randomUUID();
    await db.sql(
      `INSERT INTO projects (id, organisation_id, status, visibility, title, start_date, end_date, archived_at)
       VALUES ($1::uuid, $2, 'ACTIVE', $3, jsonb_build_object('en', 'Project ' || $1::text), $4::date, $5::date, CASE WHEN $6::boolean THEN now() END)`,
      [id, org, extra.visibility ?? 'PUBLISHED', period.start, period.end, extra.archived ?? false],
    );
    for (const unit of units) await db.sql(`INSERT INTO project_units (project_id, admin_unit_id) VALUES ($1, $2)`, [id, unit.id]);
    for (const theme of extra.themes ?? []) await db.sql(`INSERT INTO project_themes (project_id, theme_code) VALUES ($1, $2)`, [id, theme]);
    await db.sql(`SELECT project_unit_index_rebuild(ARRAY[$1::uuid])`, [id]);
    return id;
  }

  /** The candidates' ids, best ranked first. */
  const findCandidates = async (ds: DataSource, id: string, limit?: number) => (await findRanked(ds, id, limit)).map((c) => c.id);

  /** The ids of `found` that this test created, in their order (the tests share one database). */
  const only = (created: string[], found: string[]) => found.filter((id) => created.includes(id));

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Coordinator', 'COORDINATOR')`, [orgs.coordinator]);
    await db.sql(`INSERT INTO organisations (id, name, kind, created_by_organisation_id) VALUES ($1, 'Donor A', 'DONOR', $3), ($2, 'Donor B', 'DONOR', $3)`, [orgs.a, orgs.b, orgs.coordinator]);
    const unit = async (where: string, params: unknown[] = []) => (await db.sql<Unit>(`SELECT id, path::text AS path FROM admin_units WHERE ${where} ORDER BY code LIMIT 1`, params))[0];
    village = await unit(`level = 'SETTLEMENT' AND valid_to IS NULL`);
    oblast = await unit(`path @> $1::ltree AND level = 'OBLAST'`, [village.path]);
    country = await unit(`level = 'COUNTRY'`);
    const otherOblast = await unit(`level = 'OBLAST' AND valid_to IS NULL AND id <> $1`, [oblast.id]);
    otherOblastVillage = await unit(`level = 'SETTLEMENT' AND valid_to IS NULL AND path <@ $1::ltree`, [otherOblast.path]);
    themes = (await db.sql<{ theme_code: string }>(`SELECT theme_code FROM theme_bits ORDER BY bit LIMIT 2`)).map((t) => t.theme_code);
    owner = await createDataSource({ url: db.ownerUrl, poolSize: 2, applicationName: 'find-candidates-test' }).initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await db?.drop();
  });

  it('ranks two open-ended projects in the same place instead of failing on their unbounded common period', async () => {
    // Regression: `infinity - date` raised "cannot subtract infinite dates" for every such pair.
    const mine = await aProject(orgs.a, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]] });
    const openEnded = await aProject(orgs.b, [village], { start: '2024-06-01', end: null }, { themes: [themes[0]] });
    const openEndedNoStart = await aProject(orgs.b, [oblast], { start: null, end: null }, { themes: [themes[0]] });
    const bounded = await aProject(orgs.b, [village], { start: '2025-03-01', end: '2025-09-30' }, { themes: [themes[0]] });

    const found = only([openEnded, openEndedNoStart, bounded], await findCandidates(owner, mine));

    // Same theme for all: the closest geography first (the village before its oblast), then the longest common period.
    expect(found).toEqual([openEnded, bounded, openEndedNoStart]);
  });

  it('finds other owners through the hierarchy, in the period, and leaves out the rest', async () => {
    const mine = await aProject(orgs.a, [village], { start: '2025-01-01', end: '2026-12-31' }, { themes: [themes[0]] });
    const national = await aProject(orgs.b, [country], { start: '2024-01-01', end: null });
    const sameThemeInOblast = await aProject(orgs.b, [oblast], { start: '2026-01-01', end: '2027-12-31' }, { themes: [themes[0]] });
    const otherThemeInVillage = await aProject(orgs.b, [village], { start: '2025-01-01', end: '2025-12-31' }, { themes: [themes[1]] });
    const left = [
      await aProject(orgs.a, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]] }), // same owner
      await aProject(orgs.b, [village], { start: '2020-01-01', end: '2024-12-31' }, { themes: [themes[0]] }), // ended before
      await aProject(orgs.b, [otherOblastVillage], { start: '2025-01-01', end: null }, { themes: [themes[0]] }), // elsewhere
      await aProject(orgs.b, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]], archived: true }),
      await aProject(orgs.b, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]], visibility: 'DRAFT' }),
    ];

    const found = await findCandidates(owner, mine);

    // A theme in common first, then the closest geography: the national programme (no theme) last.
    expect(only([national, sameThemeInOblast, otherThemeInVillage], found)).toEqual([sameThemeInOblast, otherThemeInVillage, national]);
    for (const id of left) expect(found).not.toContain(id);
  });

  it('stops at the limit, best ranked first', async () => {
    const mine = await aProject(orgs.a, [village], { start: '2025-01-01', end: null }, { themes: [themes[1]] });
    const all = await findCandidates(owner, mine);
    expect(all.length).toBeGreaterThan(2);
    await expect(findCandidates(owner, mine, 2)).resolves.toEqual(all.slice(0, 2));
  });
  it('answers the same whether projects sharing a theme fill the limit or others are needed', async () => {
    const mine = await aProject(orgs.a, [otherOblastVillage], { start: '2025-01-01', end: '2026-12-31' }, { themes: [themes[0]] });
    for (const end of ['2025-06-30', '2025-12-31', '2026-06-30']) await aProject(orgs.b, [otherOblastVillage], { start: '2025-01-01', end }, { themes: [themes[0]] });
    for (const end of ['2025-09-30', '2026-12-31']) await aProject(orgs.b, [otherOblastVillage], { start: '2025-01-01', end }, { themes: [themes[1]] });
    const all = await findCandidates(owner, mine);
    const [{ n }] = await db.sql<{ n: number }>(`SELECT count(DISTINCT project_id)::int AS n FROM project_themes WHERE project_id = ANY($1::uuid[]) AND theme_code = $2`, [all, themes[0]]);
    const sharing = n;
    expect(sharing).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeGreaterThanOrEqual(sharing + 2);
    // Below the number sharing a theme the first, theme-only query answers; above it the full one does.
    for (const limit of [1, 2, sharing, sharing + 1, sharing + 2]) await expect(findCandidates(owner, mine, limit)).resolves.toEqual(all.slice(0, limit));
  });
  it("gives each candidate with its current version, so the worker need not ask for it", async () => {
    const mine = await aProject(orgs.a, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]] });
    const theirs = await aProject(orgs.b, [village], { start: '2025-01-01', end: null }, { themes: [themes[0]] });
    await db.sql(`UPDATE projects SET version = 7 WHERE id = $1`, [theirs]);
    expect((await findRanked(owner, mine)).find((c) => c.id === theirs)).toEqual({ id: theirs, version: 7 });
  });
});
