import path from 'node:path';
import { createDataSource } from '@yntymak/database';
import { ReferenceDb, locateReferenceData, seedReferenceData } from '@yntymak/geography';
import { GqlClient } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const UNIT = `query($id: ID, $code: String) { adminUnit(id: $id, code: $code) {
  id code soate iso31662 ochaPcode level kind names { ky ru en } namesDerived altNames depth validFrom validTo isCurrent dataRelease
  parent { code } ancestors { code level } } }`;
const LIST = `query($filter: AdminUnitFilterInput, $first: Int, $after: String) {
  adminUnits(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor match { kind } node { id code level kind isCurrent } } } }`;
const BODIES = `query($unit: ID, $level: DecisionLevel, $first: Int, $after: String) {
  governmentBodies(adminUnitId: $unit, level: $level, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code kind decisionLevel names { ky ru en } competences adminUnit { code } } } } }`;

const KOCHKOR_RAYON = '41704235000000';
const KOCHKOR_AIMAK = '41704235816000';
const KOCHKORKA = '41704235816010';
const NARYN_OBLAST = '41704000000000';
const AK_SUU_RAYON = '41702205000000';

describe('geography over GraphQL: units, bodies, themes, interventions', () => {
  let system: TestSystem;
  let donor: { client: GqlClient };
  const idOf = async (code: string): Promise<string> => (await system.coordinator.data(UNIT, { code })).adminUnit.id;
  const count = async (sql: string, params: unknown[] = []) => (await system.db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params))[0].n;

  beforeAll(async () => {
    system = await startSystem();
    donor = await anOrganisation(system, 'Donor Geo');
  });
  afterAll(() => system.close());

  it('needs an API key like everything else', async () => {
    const error = await system.gateway.client.error(`{ themes { code } }`);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING_API_KEY' });
  });

  describe('adminUnits', () => {
    it('lists every current unit in code order, the country first, and pages with cursors', async () => {
      const first = (await donor.client.data(LIST, { first: 3 })).adminUnits;
      expect(first.totalCount).toBe(2438);
      expect(first.edges.map((e: any) => e.node.code)).toEqual(['41700000000000', '41702000000000', '41702205000000']);
      expect(first.edges.every((e: any) => e.match === null)).toBe(true);
      const second = (await donor.client.data(LIST, { first: 3, after: first.pageInfo.endCursor })).adminUnits;
      expect(second.edges[0].node.code > first.edges[2].node.code).toBe(true);
      expect(second.totalCount).toBe(2438);
    });

    it('filters by level, kind, parent and subtree', async () => {
      const oblasts = (await donor.client.data(LIST, { filter: { level: 'OBLAST' }, first: 20 })).adminUnits;
      expect(oblasts.totalCount).toBe(9);
      expect(oblasts.edges.filter((e: any) => e.node.kind === 'CITY_REPUBLICAN')).toHaveLength(2);
      const naryn = await idOf(NARYN_OBLAST);
      const children = (await donor.client.data(LIST, { filter: { parentId: naryn }, first: 100 })).adminUnits;
      expect(children.totalCount).toBe(await count(`SELECT 1 FROM admin_units WHERE parent_id = $1`, [naryn]));
      expect(children.edges.every((e: any) => e.node.level === 'RAYON')).toBe(true);
      const villages = (await donor.client.data(LIST, { filter: { withinId: naryn, level: 'SETTLEMENT' }, first: 5 })).adminUnits;
      expect(villages.totalCount).toBe(await count(`SELECT 1 FROM admin_units WHERE level = 'SETTLEMENT' AND code LIKE '41704%'`));
      const towns = (await donor.client.data(LIST, { filter: { kind: 'TOWN' }, first: 100 })).adminUnits;
      expect(towns.totalCount).toBe(16);
    });

    it('says which filter field names an unknown or malformed unit', async () => {
      const unknown = await donor.client.error(LIST, { filter: { parentId: '00000000-0000-4000-8000-000000000000' } });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.parentId' });
      const malformed = await donor.client.error(LIST, { filter: { withinId: 'Naryn' } });
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.withinId' });
      const tooMany = await donor.client.error(LIST, { first: 101 });
      expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCursor = await donor.client.error(LIST, { after: 'not-a-cursor' });
      expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    });
  });

  describe('adminUnit', () => {
    it('finds a unit by id, SOATE code, ISO 3166-2 code or OCHA P-code', async () => {
      const byCode = (await donor.client.data(UNIT, { code: NARYN_OBLAST })).adminUnit;
      expect(byCode).toMatchObject({
        code: NARYN_OBLAST,
        soate: NARYN_OBLAST,
        iso31662: 'KG-N',
        level: 'OBLAST',
        names: { ky: 'Нарын облусу', ru: 'Нарынская область', en: 'Naryn Region' },
        depth: 1,
        validFrom: '2021-01-01',
        validTo: null,
        isCurrent: true,
        dataRelease: 'kg-soate-2021.1',
      });
      expect((await donor.client.data(UNIT, { id: byCode.id })).adminUnit).toEqual(byCode);
      expect((await donor.client.data(UNIT, { code: 'KG-N' })).adminUnit.id).toBe(byCode.id);
      expect((await donor.client.data(UNIT, { code: 'KG02205000000' })).adminUnit.code).toBe(AK_SUU_RAYON);
    });

    it('shows a village with its parent and every ancestor, the country first', async () => {
      const village = (await donor.client.data(UNIT, { code: KOCHKORKA })).adminUnit;
      expect(village.parent).toEqual({ code: KOCHKOR_AIMAK });
      expect(village.ancestors).toEqual([
        { code: '41700000000000', level: 'COUNTRY' },
        { code: NARYN_OBLAST, level: 'OBLAST' },
        { code: KOCHKOR_RAYON, level: 'RAYON' },
        { code: KOCHKOR_AIMAK, level: 'AYIL_AIMAK' },
      ]);
      expect(village.namesDerived).toEqual(['ky', 'en']);
    });

    it('wants exactly one of id and code, well formed, and says NOT_FOUND for an unknown one', async () => {
      const cases: Array<[Record<string, string>, string, string]> = [
        [{}, 'BAD_USER_INPUT', 'id'],
        [{ id: '00000000-0000-4000-8000-000000000000', code: NARYN_OBLAST }, 'BAD_USER_INPUT', 'code'],
        [{ id: 'not-a-uuid' }, 'BAD_USER_INPUT', 'id'],
        [{ code: 'Naryn' }, 'BAD_USER_INPUT', 'code'],
        [{ id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'id'],
        [{ code: '41799999999999' }, 'NOT_FOUND', 'code'],
      ];
      for (const [variables, code, field] of cases) {
        const error = await donor.client.error(UNIT, variables);
        expect({ variables, extensions: error.extensions }).toMatchObject({ variables, extensions: { code, field } });
      }
    });

    it('lists children, dated and sourced facts, and the bodies of a unit', async () => {
      const rayon = (
        await donor.client.data(`{ adminUnit(code: "${AK_SUU_RAYON}") {
          children { code level }
          population: facts(indicator: "POPULATION") { indicator value unit period source { id publisher licence } organisationId dataRelease }
          poverty: facts(indicator: "POVERTY_RATE") { period value }
          bodies { code kind decisionLevel names { en } } } }`)
      ).adminUnit;
      expect(rayon.children.length).toBe(await count(`SELECT 1 FROM admin_units WHERE parent_id = (SELECT id FROM admin_units WHERE code = $1)`, [AK_SUU_RAYON]));
      expect(rayon.children.every((c: any) => c.level === 'AYIL_AIMAK')).toBe(true);
      expect(rayon.population).toEqual([
        { indicator: 'POPULATION', value: 69400, unit: 'persons', period: '2021', source: expect.objectContaining({ id: 'NSC_VIA_WFP_PRISM' }), organisationId: null, dataRelease: 'kg-soate-2021.1' },
      ]);
      expect(rayon.poverty.map((f: any) => f.period)).toEqual(['2020', '2018', '2017', '2016', '2015', '2014', '2013', '2012', '2011']);
      expect(rayon.bodies.map((b: any) => b.kind)).toEqual(
        expect.arrayContaining(['RAYON_STATE_ADMINISTRATION', 'RAYON_AGRICULTURE_DEPARTMENT', 'RAYON_WATER_MANAGEMENT', 'RAYON_EDUCATION_DEPARTMENT', 'RAYON_SOCIAL_DEVELOPMENT']),
      );
      expect(rayon.bodies.find((b: any) => b.kind === 'RAYON_STATE_ADMINISTRATION')).toEqual({
        code: `RAYON_STATE_ADMINISTRATION:${AK_SUU_RAYON}`,
        kind: 'RAYON_STATE_ADMINISTRATION',
        decisionLevel: 'DISTRICT',
        names: { en: 'Ak-Suu District State Administration' },
      });
    });

    it('costs the same dozen statements for 5 or 50 units with every nested field (no N+1)', async () => {
      const query = `query($first: Int) { adminUnits(filter: { level: AYIL_AIMAK }, first: $first) { edges { node {
        parent { code } ancestors { code } children { code parent { code } } facts { value } bodies { code }
        successors { relation } predecessors { relation } currentUnits { code } } } } }`;
      const counter = system.gateway.app.get(ReferenceDb).counter;
      const statementsFor = async (first: number) => {
        const before = counter.statements;
        const data = await donor.client.data(query, { first });
        expect(data.adminUnits.edges).toHaveLength(first);
        return counter.statements - before;
      };
      const few = await statementsFor(5);
      const many = await statementsFor(50);
      // One query per field and nesting level; which DataLoader batches fall into the same tick
      // varies by a statement or two, so the bound, not the exact count, is the assertion.
      expect(many).toBeLessThanOrEqual(few + 2);
      expect(many).toBeLessThanOrEqual(13);
    });
  });

  describe('governmentBodies', () => {
    it('for a village: its ayil okmotu and kenesh, the rayon offices, the oblast representative, then the national bodies', async () => {
      const village = await idOf(KOCHKORKA);
      const page = (await donor.client.data(BODIES, { unit: village, first: 100 })).governmentBodies;
      const levels = page.edges.map((e: any) => e.node.decisionLevel);
      expect(levels).toEqual([...levels].sort((a: string, b: string) => ['LOCAL', 'DISTRICT', 'REGIONAL', 'NATIONAL'].indexOf(a) - ['LOCAL', 'DISTRICT', 'REGIONAL', 'NATIONAL'].indexOf(b)));
      const byKind = new Map(page.edges.map((e: any) => [e.node.kind, e.node]));
      expect(byKind.get('AYIL_OKMOTU')).toMatchObject({ decisionLevel: 'LOCAL', adminUnit: { code: KOCHKOR_AIMAK }, names: { en: 'Ayil Okmotu of Kochkor ayil aimak' } });
      expect(byKind.get('RAYON_AGRICULTURE_DEPARTMENT')).toMatchObject({ decisionLevel: 'DISTRICT', adminUnit: { code: KOCHKOR_RAYON } });
      expect(byKind.get('PLENIPOTENTIARY_REPRESENTATIVE')).toMatchObject({ decisionLevel: 'REGIONAL', adminUnit: { code: NARYN_OBLAST } });
      expect(byKind.get('PARLIAMENT')).toMatchObject({ decisionLevel: 'NATIONAL', adminUnit: null, names: { en: 'Jogorku Kenesh (Parliament) of the Kyrgyz Republic' } });
      expect(page.totalCount).toBe(3 + 11 + 1 + 15);
    });

    it('at one level, and paged', async () => {
      const village = await idOf(KOCHKORKA);
      const district = (await donor.client.data(BODIES, { unit: village, level: 'DISTRICT', first: 100 })).governmentBodies;
      expect(district.edges.every((e: any) => e.node.adminUnit.code === KOCHKOR_RAYON)).toBe(true);
      const national = (await donor.client.data(BODIES, { level: 'NATIONAL', first: 10 })).governmentBodies;
      expect(national.totalCount).toBe(15);
      const rest = (await donor.client.data(BODIES, { level: 'NATIONAL', first: 10, after: national.pageInfo.endCursor })).governmentBodies;
      expect(rest.edges).toHaveLength(5);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(rest.edges.map((e: any) => e.node.code).some((c: string) => national.edges.some((e: any) => e.node.code === c))).toBe(false);
    });

    it('NOT_FOUND for an unknown unit, BAD_USER_INPUT for a bad level', async () => {
      const unknown = await donor.client.error(BODIES, { unit: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'adminUnitId' });
      const badLevel = await donor.client.error(BODIES, { level: 'GALACTIC' });
      expect(badLevel.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('themes and interventionTypes', () => {
    it('the theme taxonomy with parents and OECD DAC codes', async () => {
      const themes = (await donor.client.data(`{ themes { code names { ky ru en } parent { code parent { code } } dacCodes } }`)).themes;
      expect(themes).toHaveLength(20);
      expect(themes.find((t: any) => t.code === 'ORGANIC_CERTIFICATION')).toMatchObject({ parent: { code: 'ORGANIC_AGRICULTURE', parent: { code: 'AGRICULTURE' } } });
      expect(themes.every((t: any) => t.dacCodes.every((c: string) => /^\d{5}$/.test(c)) && t.names.ky && t.names.ru && t.names.en)).toBe(true);
    });

    it('the intervention catalogue with the level and body that decide each', async () => {
      const all = (await donor.client.data(`{ interventionTypes { code names { en } decisionLevel decisionBodyKind themes { code } } }`)).interventionTypes;
      expect(all).toHaveLength(27);
      expect(all.find((t: any) => t.code === 'DAIRY_GOATS')).toEqual({
        code: 'DAIRY_GOATS',
        names: { en: 'Dairy goats' },
        decisionLevel: 'LOCAL',
        decisionBodyKind: 'AYIL_OKMOTU',
        themes: [{ code: 'LIVESTOCK' }, { code: 'NUTRITION' }, { code: 'SOCIAL_PROTECTION' }],
      });
      expect(all.find((t: any) => t.code === 'SCHOOL_MEALS')).toMatchObject({ decisionLevel: 'DISTRICT', decisionBodyKind: 'RAYON_EDUCATION_DEPARTMENT' });
      const pasture = (await donor.client.data(`{ interventionTypes(themeCode: "PASTURE") { code } }`)).interventionTypes;
      expect(pasture.map((t: any) => t.code)).toEqual(['HAY_FODDER_PRODUCTION', 'PASTURE_MANAGEMENT']);
    });
  });

  describe('after a release that merges ayil aimaks (examples/reform-example, fictitious)', () => {
    beforeAll(async () => {
      const owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 1, applicationName: 'test-reform' }).initialize();
      await seedReferenceData(owner, path.join(locateReferenceData(), 'examples/reform-example'), { info: () => undefined, warn: () => undefined });
      await owner.destroy();
    });

    it('an old aimak keeps its id, is historical, and shows what it became', async () => {
      const old = (
        await donor.client.data(`{ adminUnit(code: "${KOCHKOR_AIMAK}") { isCurrent validTo
          successors { relation effectiveDate dataRelease unit { code isCurrent } } currentUnits { code } } }`)
      ).adminUnit;
      expect(old).toEqual({
        isCurrent: false,
        validTo: '2024-12-31',
        successors: [{ relation: 'MERGED_INTO', effectiveDate: '2025-01-01', dataRelease: 'example-reform-2025.1', unit: { code: '41799000000002', isCurrent: true } }],
        currentUnits: [{ code: '41799000000002' }],
      });
    });

    it('the new aimak lists what it replaced', async () => {
      const merged = (await donor.client.data(`{ adminUnit(code: "41799000000002") { validFrom predecessors { relation unit { code } } bodies { kind } } }`)).adminUnit;
      expect(merged.validFrom).toBe('2025-01-01');
      expect(merged.predecessors.map((p: any) => [p.relation, p.unit.code])).toEqual([
        ['MERGED_INTO', KOCHKOR_AIMAK],
        ['MERGED_INTO', '41704235819000'],
      ]);
      expect(merged.bodies.map((b: any) => b.kind).sort()).toEqual(['AYIL_KENESH', 'AYIL_OKMOTU', 'PASTURE_COMMITTEE']);
    });

    it('lists and searches show current units unless asked for history', async () => {
      const rayon = await idOf(KOCHKOR_RAYON);
      const now = (await donor.client.data(LIST, { filter: { parentId: rayon }, first: 100 })).adminUnits.edges.map((e: any) => e.node.code);
      const ever = (await donor.client.data(LIST, { filter: { parentId: rayon, includeHistorical: true }, first: 100 })).adminUnits.edges.map((e: any) => e.node.code);
      expect(now).toContain('41799000000002');
      expect(now).not.toContain(KOCHKOR_AIMAK);
      expect(ever).toEqual(expect.arrayContaining([KOCHKOR_AIMAK, '41799000000002']));
      const search = (hist: boolean) => donor.client.data(LIST, { filter: { search: 'Ak-Kyya ayil aimak', includeHistorical: hist }, first: 5 });
      expect((await search(false)).adminUnits.edges.map((e: any) => e.node.code)).not.toContain('41704235806000');
      expect((await search(true)).adminUnits.edges[0]).toMatchObject({ match: { kind: 'EXACT' }, node: { code: '41704235806000', isCurrent: false } });
    });

    it('with history, "within" the new aimak are the old ones and their villages', async () => {
      const merged = await idOf('41799000000002');
      const within = (await donor.client.data(LIST, { filter: { withinId: merged, includeHistorical: true }, first: 100 })).adminUnits.edges.map((e: any) => e.node.code);
      expect(within).toEqual(expect.arrayContaining([KOCHKOR_AIMAK, '41704235819000', KOCHKORKA]));
      expect(within).not.toContain('41799000000002');
    });
  });
});
