import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { locateReferenceData } from '../../geography/src/seed/locate-reference-data';
import { seedReferenceData } from '../../geography/src/seed/seed-reference-data';

const REFORM = `${locateReferenceData(__dirname)}/examples/reform-example`;
const KOCHKOR_RAYON = '41704235000000';
const MERGED_AIMAK = '41799000000001';

/**
 * admin_unit_ranges(unit, above) must name exactly the units of admin_units_within(unit) (with
 * above: admin_units_related(unit)), as ranges of admin_unit_order positions: its fast path (no
 * crosswalk edge in the subtree, above false) and its walk over the crosswalk alike. Every unit of
 * the hierarchy is compared, before and after a reform adds crosswalk edges.
 */
describe('admin_unit_ranges', () => {
  let db: TestDatabase;
  let owner: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'test-admin-unit-ranges' }).initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await db?.drop();
  });

  /** Units compared, and those whose ranges name another set of units than the SQL function. */
  const compareAll = async (above: boolean) => {
    const reference = above ? 'admin_units_related' : 'admin_units_within';
    const [row] = await db.sql<{ units: number; different: string[] }>(
      `SELECT count(*)::int AS units, coalesce(array_agg(c.code) FILTER (WHERE c.want IS DISTINCT FROM c.got), '{}') AS different
         FROM (SELECT u.code,
                      (SELECT array_agg(DISTINCT w ORDER BY w) FROM ${reference}(u.id) w) AS want,
                      (SELECT array_agg(DISTINCT o.unit_id ORDER BY o.unit_id)
                         FROM jsonb_array_elements(admin_unit_ranges(u.id::text, $1)) x
                         JOIN admin_unit_order o ON o.pre BETWEEN (x->>0)::int AND (x->>1)::int) AS got
                 FROM admin_units u) c`,
      [above],
    );
    return row;
  };
  const ranges = async (unit: string, above = false) => (await db.sql<{ r: number[][] }>(`SELECT admin_unit_ranges($1, $2) AS r`, [unit, above]))[0].r;
  const subtree = async (code: string) =>
    (await db.sql<{ pre: number; last: number }>(`SELECT o.pre, o.last FROM admin_unit_order o JOIN admin_units u ON u.id = o.unit_id WHERE u.code = $1`, [code]))[0];

  it('without crosswalk edges, a unit is its own subtree, one range, by code or by id', async () => {
    expect((await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM admin_unit_crosswalk`))[0].n).toBe(0);
    const { pre, last } = await subtree(KOCHKOR_RAYON);
    expect(last).toBeGreaterThan(pre);
    expect(await ranges(KOCHKOR_RAYON)).toEqual([[pre, last]]);
    const [{ id }] = await db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [KOCHKOR_RAYON]);
    expect(await ranges(id)).toEqual([[pre, last]]);
    expect(await ranges('00000000-0000-0000-0000-000000000000')).toEqual([]);
    expect(await ranges('no such code')).toEqual([]);
  });

  it('names the same units as admin_units_within and admin_units_related for every unit', async () => {
    for (const above of [false, true]) {
      const { units, different } = await compareAll(above);
      expect(units).toBeGreaterThan(2000);
      expect(different).toEqual([]);
    }
  }, 180_000);

  describe('after a reform merges ayil aimaks (examples/reform-example, fictitious)', () => {
    beforeAll(async () => {
      await seedReferenceData(owner, REFORM, { info: () => undefined, warn: () => undefined });
      // A merge across rayons and a split, so that edges also point out of a subtree.
      await db.sql(
        `INSERT INTO admin_unit_crosswalk (old_unit_id, new_unit_id, relation, effective_date, data_release)
         SELECT a.id, b.id, r.relation, '2025-01-01', 'example-reform-2025.1'
           FROM (VALUES ('MERGED_INTO', 41702000000000, 41704000000000), ('SPLIT_INTO', 41708000000000, 41706000000000)) r(relation, old_code, new_code)
           JOIN LATERAL (SELECT id FROM admin_units WHERE code LIKE left(r.old_code::text, 5) || '%' AND nlevel(path) = 4 ORDER BY code LIMIT 1) a ON true
           JOIN LATERAL (SELECT id FROM admin_units WHERE code LIKE left(r.new_code::text, 5) || '%' AND nlevel(path) = 4 ORDER BY code LIMIT 1) b ON true`,
      );
      expect((await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM admin_unit_crosswalk`))[0].n).toBe(6);
    }, 60_000);

    it('a merged ayil aimak also covers the old aimaks: more than its own range', async () => {
      const own = await subtree(MERGED_AIMAK);
      const found = await ranges(MERGED_AIMAK);
      expect(found.length).toBeGreaterThan(1);
      expect(found).toContainEqual([own.pre, own.last]);
    });

    it('still names the same units as the SQL functions for every unit, old and new', async () => {
      for (const above of [false, true]) {
        const { units, different } = await compareAll(above);
        expect(units).toBeGreaterThan(2000);
        expect(different).toEqual([]);
      }
    }, 180_000);
  });
});
