import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { ReleaseError } from '../domain/validate-release';
import { locateReferenceData } from './locate-reference-data';
import { readReleaseDirectory } from './read-release-directory';
import { seedReferenceData } from './seed-reference-data';

const DATA = locateReferenceData(__dirname);
const REFORM = path.join(DATA, 'examples/reform-example');
const quiet = { info: () => undefined, warn: () => undefined };
const TABLES = ['fact_sources', 'admin_units', 'admin_unit_crosswalk', 'admin_unit_facts', 'themes', 'intervention_types', 'government_body_kinds', 'government_bodies', 'reference_data_releases'];
const OLD_AIMAKS = ['41704235806000', '41704235812000', '41704235816000', '41704235819000'];

/** A copy of the base release with some rows edited, and a release.json that vouches for the edit. */
function editedRelease(id: string, edit: (file: string, text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ynt-release-'));
  const manifest = JSON.parse(readFileSync(path.join(DATA, 'release.json'), 'utf8'));
  for (const file of manifest.files as string[]) {
    const text = edit(file, readFileSync(path.join(DATA, file), 'utf8'));
    writeFileSync(path.join(dir, file), text);
    manifest.sha256[file] = createHash('sha256').update(text).digest('hex');
    manifest.counts[file] = text.trim().split('\n').length - 1;
  }
  writeFileSync(path.join(dir, 'release.json'), JSON.stringify({ ...manifest, id, previous_release: 'kg-soate-2021.1' }));
  return dir;
}

describe('seedReferenceData', () => {
  let db: TestDatabase;
  let owner: DataSource;
  const temp: string[] = [];

  /** Every row's transaction id: equal snapshots mean no row was written. */
  const snapshot = async () => {
    const [row] = await db.sql(`SELECT ${TABLES.map((t) => `(SELECT string_agg(xmin::text, ',' ORDER BY ctid) FROM ${t}) AS ${t}`).join(', ')}`);
    return row;
  };
  const unitIds = async () => new Map((await db.sql<{ code: string; id: string }>(`SELECT code, id FROM admin_units`)).map((r) => [r.code, r.id]));
  const codesOf = (sql: string, params: unknown[]) => db.sql<{ code: string }>(sql, params).then((rows) => rows.map((r) => r.code).sort());

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = await createDataSource({ url: db.ownerUrl, poolSize: 2, applicationName: 'seed-spec' }).initialize();
  });
  afterAll(async () => {
    await owner.destroy();
    await db.drop();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  it('the test template holds the base release, complete and consistent', async () => {
    const [release] = await db.sql<{ id: string; checksum: string; summary: any }>(`SELECT id, checksum, summary FROM reference_data_releases`);
    expect(release).toMatchObject({ id: 'kg-soate-2021.1', summary: { admin_units: { inserted: 2438, updated: 0 }, government_bodies: { inserted: 1978, updated: 0 } } });
    const counts = await db.sql(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
    expect(counts[0]).toEqual({
      fact_sources: 5,
      admin_units: 2438,
      admin_unit_crosswalk: 0,
      admin_unit_facts: 640,
      themes: 20,
      intervention_types: 27,
      government_body_kinds: 18,
      government_bodies: 1978,
      reference_data_releases: 1,
    });
    // Every path is its parent's path plus its own code; levels are 0 (country) to 4 (villages).
    const wrong = await db.sql(`SELECT u.code FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id
                                 WHERE u.path <> coalesce(p.path || u.code::ltree, u.code::ltree)`);
    expect(wrong).toEqual([]);
    const depths = await db.sql<{ level: string; depths: number[] }>(`SELECT level, array_agg(DISTINCT depth) AS depths FROM admin_units GROUP BY level ORDER BY level`);
    expect(Object.fromEntries(depths.map((d) => [d.level, d.depths]))).toEqual({ AYIL_AIMAK: [3], COUNTRY: [0], OBLAST: [1], RAYON: [2], SETTLEMENT: [3, 4] });
  });

  it('a second run finds the release loaded and writes nothing; a forced run changes no row either', async () => {
    const before = await snapshot();
    await expect(seedReferenceData(owner, DATA, quiet)).resolves.toEqual({ releaseId: 'kg-soate-2021.1', applied: false, summary: {} });
    const forced = await seedReferenceData(owner, DATA, quiet, { force: true });
    expect(forced.applied).toBe(true);
    expect(Object.values(forced.summary).every((v) => (typeof v === 'number' ? v === 0 : v.inserted === 0 && v.updated === 0))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('two processes seeding at once take turns under the lock and both succeed', async () => {
    const other = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'seed-spec-2' }).initialize();
    try {
      const results = await Promise.all([seedReferenceData(owner, DATA, quiet, { force: true }), seedReferenceData(other, DATA, quiet, { force: true })]);
      expect(results.map((r) => r.applied)).toEqual([true, true]);
    } finally {
      await other.destroy();
    }
  });

  it('refuses a file that does not match release.json, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ynt-release-'));
    temp.push(dir);
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(path.join(dir, 'themes.csv'), readFileSync(path.join(DATA, 'themes.csv'), 'utf8').replace('Food security', 'Food insecurity'));
    const before = await snapshot();
    const error = await seedReferenceData(owner, dir, quiet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as ReleaseError).problems[0]).toMatch(/^themes\.csv has SHA-256 [0-9a-f]{64}, release\.json says [0-9a-f]{64}: the file changed after the build$/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an inconsistent release with every problem listed, and writes nothing', async () => {
    const dir = editedRelease('broken-2026.1', (file, text) => (file === 'admin-units.csv' ? text.replaceAll(',41704235000000,2021-01-01,', ',41704299999999,2021-01-01,') : text));
    temp.push(dir);
    const before = await snapshot();
    const error = (await seedReferenceData(owner, dir, quiet).catch((e: unknown) => e)) as ReleaseError;
    expect(error).toBeInstanceOf(ReleaseError);
    const [{ children }] = await db.sql<{ children: number }>(`SELECT count(*)::int AS children FROM admin_units WHERE parent_id = (SELECT id FROM admin_units WHERE code = '41704235000000')`);
    expect(error.problems).toHaveLength(children);
    expect(error.problems[0]).toMatch(/^admin-units\.csv line \d+: parent_code 41704299999999 is neither in this release nor loaded$/);
    expect(error.message).toContain('nothing was loaded');
    expect(await snapshot()).toEqual(before);
  });

  it('a new release changes names and official codes in place: ids stay, only changed rows are written', async () => {
    const idsBefore = await unitIds();
    const dir = editedRelease('test-2026.1', (file, text) => {
      if (file === 'admin-units.csv') {
        return text
          .replace('41704235816010,41704235816010,,,SETTLEMENT,VILLAGE,Кочкорка,Кочкорка,Kochkorka,ky|en,,', '41704235816010,41704235816099,,,SETTLEMENT,VILLAGE,Кочкорка,Кочкорка,Kochkor-ka,ky|en,Kochkorka-Town,')
          .concat('41704235816098,41704235816098,,,SETTLEMENT,VILLAGE,Жаңы-Айылча,Жаны-Айылча,Jangy-Aiylcha,ky|en,,41704235816000,2026-01-01,\n');
      }
      if (file === 'facts.csv') return text.replace('41702205000000,POPULATION,69400,persons,2021', '41702205000000,POPULATION,69401,persons,2021');
      return text;
    });
    temp.push(dir);
    const result = await seedReferenceData(owner, dir, quiet);
    expect(result.summary).toMatchObject({ admin_units: { inserted: 1, updated: 1 }, admin_unit_facts: { inserted: 0, updated: 1 }, themes: { inserted: 0, updated: 0 }, government_bodies: { inserted: 0, updated: 0 } });

    const idsAfter = await unitIds();
    for (const [code, id] of idsBefore) expect(idsAfter.get(code)).toBe(id);
    const [village] = await db.sql(`SELECT soate, name_en, alt_names, data_release, search_text LIKE '%| kochkorka town |%' AS findable FROM admin_units WHERE code = '41704235816010'`);
    expect(village).toEqual({ soate: '41704235816099', name_en: 'Kochkor-ka', alt_names: ['Kochkorka-Town'], data_release: 'test-2026.1', findable: true });
    const [added] = await db.sql(`SELECT u.path::text AS path, p.code AS parent FROM admin_units u JOIN admin_units p ON p.id = u.parent_id WHERE u.code = '41704235816098'`);
    expect(added).toEqual({ path: '41700000000000.41704000000000.41704235000000.41704235816000.41704235816098', parent: '41704235816000' });
    const facts = await db.sql(`SELECT f.value::text, f.data_release FROM admin_unit_facts f JOIN admin_units u ON u.id = f.admin_unit_id WHERE u.code = '41702205000000' AND indicator = 'POPULATION'`);
    expect(facts).toEqual([{ value: '69401', data_release: 'test-2026.1' }]);
    // The release before it is now part of the history: it cannot be edited in place any more.
    const edited = editedRelease('kg-soate-2021.1', (file, text) => (file === 'themes.csv' ? text.replace('Food security', 'Food safety') : text));
    temp.push(edited);
    await expect(seedReferenceData(owner, edited, quiet)).rejects.toThrow(/changed after test-2026\.1 was loaded on top of it/);
  });

  describe('the post-reform list is a data release (examples/reform-example, fictitious)', () => {
    let idsBefore: Map<string, string>;
    const id = (code: string) => idsBefore.get(code) ?? code;

    beforeAll(async () => {
      idsBefore = await unitIds();
      await seedReferenceData(owner, REFORM, quiet);
      idsBefore = new Map([...idsBefore, ...(await unitIds())].filter(([code]) => idsBefore.has(code) || code.startsWith('41799')));
    });

    it('closes the old ayil aimaks, keeping their ids, and opens the new ones under the same rayon', async () => {
      const after = await unitIds();
      for (const code of OLD_AIMAKS) expect(after.get(code)).toBe(idsBefore.get(code));
      const rows = await db.sql(
        `SELECT u.code, u.valid_from::text, u.valid_to::text, u.validity @> current_date AS current, p.code AS parent
           FROM admin_units u JOIN LATERAL (SELECT code FROM admin_units WHERE id = u.parent_id) p ON true
          WHERE u.code = ANY($1) ORDER BY u.code`,
        [[...OLD_AIMAKS, '41799000000001', '41799000000002']],
      );
      expect(rows).toEqual([
        ...OLD_AIMAKS.map((code) => ({ code, valid_from: '2021-01-01', valid_to: '2024-12-31', current: false, parent: '41704235000000' })),
        { code: '41799000000001', valid_from: '2025-01-01', valid_to: null, current: true, parent: '41704235000000' },
        { code: '41799000000002', valid_from: '2025-01-01', valid_to: null, current: true, parent: '41704235000000' },
      ]);
    });

    it('links each old aimak to the new one in the crosswalk, and generates the new aimaks’ bodies', async () => {
      const links = await db.sql(
        `SELECT o.code AS old, n.code AS new, c.relation, c.effective_date::text AS date FROM admin_unit_crosswalk c
           JOIN admin_units o ON o.id = c.old_unit_id JOIN admin_units n ON n.id = c.new_unit_id ORDER BY o.code`,
      );
      expect(links).toEqual([
        { old: '41704235806000', new: '41799000000001', relation: 'MERGED_INTO', date: '2025-01-01' },
        { old: '41704235812000', new: '41799000000001', relation: 'MERGED_INTO', date: '2025-01-01' },
        { old: '41704235816000', new: '41799000000002', relation: 'MERGED_INTO', date: '2025-01-01' },
        { old: '41704235819000', new: '41799000000002', relation: 'MERGED_INTO', date: '2025-01-01' },
      ]);
      expect(await codesOf(`SELECT code FROM government_bodies WHERE code LIKE '%:41799000000001'`, [])).toEqual([
        'AYIL_KENESH:41799000000001',
        'AYIL_OKMOTU:41799000000001',
        'PASTURE_COMMITTEE:41799000000001',
      ]);
    });

    it('admin_unit_current resolves an old aimak, and its villages stay where they were', async () => {
      const current = (code: string) => codesOf(`SELECT u.code FROM admin_unit_current($1) c JOIN admin_units u ON u.id = c`, [id(code)]);
      expect(await current('41704235816000')).toEqual(['41799000000002']);
      expect(await current('41799000000002')).toEqual(['41799000000002']);
      expect(await current('41704235816010')).toEqual(['41704235816010']);
      // On a day before the reform the old aimak is its own answer.
      expect(await codesOf(`SELECT u.code FROM admin_unit_current($1, '2024-06-01') c JOIN admin_units u ON u.id = c`, [id('41704235816000')])).toEqual(['41704235816000']);
    });

    it('admin_units_within finds across the merge: the new aimak holds the old ones and their villages', async () => {
      const within = (code: string) => codesOf(`SELECT u.code FROM admin_units_within($1::uuid) w JOIN admin_units u ON u.id = w`, [id(code)]);
      const underB = await within('41799000000002');
      expect(underB).toEqual(expect.arrayContaining(['41799000000002', '41704235816000', '41704235819000', '41704235816010']));
      expect(underB.every((code) => code === '41799000000002' || code.startsWith('41704235816') || code.startsWith('41704235819'))).toBe(true);
      // An old aimak holds its own villages, not its merge partner nor the larger new aimak.
      const underOld = await within('41704235816000');
      expect(underOld).toContain('41704235816010');
      expect(underOld).not.toContain('41799000000002');
      expect(underOld.some((code) => code.startsWith('41704235819'))).toBe(false);
      // The rayon and the oblast hold every version.
      expect(await within('41704000000000')).toEqual(expect.arrayContaining(['41799000000001', '41704235806000', '41704235806010']));
      const [{ n }] = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM admin_units_within(ARRAY[$1, $2]::uuid[])`, [id('41799000000001'), id('41799000000002')]);
      const [{ m }] = await db.sql<{ m: number }>(`SELECT count(*)::int AS m FROM admin_units WHERE code LIKE ANY(ARRAY['41799%', '41704235806%', '41704235812%', '41704235816%', '41704235819%'])`);
      expect(n).toBe(m);
    });

    it('loading the example again changes nothing', async () => {
      const before = await snapshot();
      await expect(seedReferenceData(owner, REFORM, quiet)).resolves.toMatchObject({ releaseId: 'example-reform-2025.1', applied: false });
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe('readReleaseDirectory', () => {
  it('says plainly what is wrong with a directory that is not a release', () => {
    expect(() => readReleaseDirectory('/nonexistent/release')).toThrow('the directory /nonexistent/release does not exist');
    const empty = mkdtempSync(path.join(tmpdir(), 'ynt-release-'));
    try {
      expect(() => readReleaseDirectory(empty)).toThrow(/needs crosswalk\.csv rows that all name one release/);
      writeFileSync(path.join(empty, 'release.json'), '{ not json');
      expect(() => readReleaseDirectory(empty)).toThrow(/release\.json is not valid JSON/);
      writeFileSync(path.join(empty, 'release.json'), JSON.stringify({ id: 'x-1', files: ['admin-units.csv', 'notes.txt'] }));
      expect(() => readReleaseDirectory(empty)).toThrow(/lists notes\.txt, which is not a reference data file[\s\S]*lists admin-units\.csv, which is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
