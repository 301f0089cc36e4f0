import { waitFor } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const IMPORT = `mutation($csv: String!, $dry: Boolean) { importProjects(input: { csv: $csv, dryRun: $dry }) { id status totalRows } }`;
const STATUS = `query($id: ID!) { projectImport(id: $id) { id status dryRun totalRows processedRows createdCount projectIds errors { line field message } } }`;

const HEADER = 'title_en,title_ru,status,start_date,end_date,budget_amount,budget_currency,coverage,themes,interventions,target_groups,iati_identifier';
const row = (n: number, over: Partial<Record<string, string>> = {}) => {
  const r = {
    title_en: `Greenhouses ${n}`,
    title_ru: `Теплицы ${n}`,
    status: 'ACTIVE',
    start_date: '2025-01-01',
    end_date: '2026-12-31',
    budget_amount: '50000',
    budget_currency: 'EUR',
    coverage: '41704235816000;41704235000000',
    themes: 'FOOD_SECURITY;AGRICULTURE',
    interventions: 'GREENHOUSE',
    target_groups: 'LOW_INCOME_HOUSEHOLDS::120;WOMEN:300:',
    iati_identifier: `XM-TEST-IMP-${n}`,
    ...over,
  };
  return HEADER.split(',').map((c) => `"${(r as Record<string, string>)[c].replace(/"/g, '""')}"`).join(',');
};

describe('importProjects from CSV', () => {
  let system: TestSystem;
  let donor: Awaited<ReturnType<typeof anOrganisation>>;
  const count = async () => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM projects`))[0].n);
  const finished = (id: string) =>
    waitFor(async () => {
      const s = (await donor.client.data(STATUS, { id })).projectImport;
      return ['SUCCEEDED', 'FAILED'].includes(s.status) ? s : undefined;
    }, 'the import to finish', 30_000, 100);

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    donor = await anOrganisation(system, 'Importing Donor');
  });
  afterAll(() => system?.close());

  it('a dry run validates every row and writes nothing', async () => {
    const csv = [HEADER, row(1), row(2), row(3)].join('\n');
    const queued = (await donor.client.data(IMPORT, { csv, dry: true })).importProjects;
    expect(queued).toMatchObject({ status: 'QUEUED', totalRows: 3 });
    const done = await finished(queued.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', dryRun: true, processedRows: 3, createdCount: 0, errors: [], projectIds: [] });
    expect(await count()).toBe(0);
  });

  it('reports every bad row with its line and column, and writes nothing when any row fails', async () => {
    const csv = [HEADER, row(1), row(2, { end_date: '2020-01-01' }), row(3, { coverage: '41799999999999' }), row(4, { themes: 'NOPE' }), row(5, { iati_identifier: 'XM-TEST-IMP-1' }), row(6, { budget_currency: 'ZZZ' })].join('\n');
    const done = await finished((await donor.client.data(IMPORT, { csv })).importProjects.id);
    expect(done.status).toBe('FAILED');
    expect(done.errors.map((e: any) => [e.line, e.field])).toEqual([
      [3, 'end_date'],
      [4, 'coverage'],
      [5, 'themes'],
      [6, 'iati_identifier'],
      [7, 'budget_currency'],
    ]);
    expect(done.errors[1].message).toMatch(/41799999999999/);
    expect(await count()).toBe(0);
  });

  it('writes all rows in one go, each with its history entry (IMPORTED) and event', async () => {
    const csv = [HEADER, ...Array.from({ length: 250 }, (_, i) => row(100 + i))].join('\n');
    const done = await finished((await donor.client.data(IMPORT, { csv })).importProjects.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', processedRows: 250, createdCount: 250 });
    expect(done.projectIds).toHaveLength(250);
    expect(await count()).toBe(250);
    const [history] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM project_history WHERE action = 'IMPORTED'`);
    expect(Number(history.n)).toBe(250);
    const p = (await donor.client.data(`query($id: ID!) { project(id: $id) { title { en ru } budget { amount currency } themeCodes targetGroups { code people households } } }`, { id: done.projectIds[0] })).project;
    expect(p).toMatchObject({ title: { en: 'Greenhouses 100', ru: 'Теплицы 100' }, budget: { amount: 50000, currency: 'EUR' }, themeCodes: ['AGRICULTURE', 'FOOD_SECURITY'] });
    expect(p.targetGroups).toEqual([
      { code: 'LOW_INCOME_HOUSEHOLDS', people: null, households: 120 },
      { code: 'WOMEN', people: 300, households: null },
    ]);
  });

  it('finds every bad row across chunks of rows, with the line of an earlier duplicate in another chunk', async () => {
    const before = await count();
    const bad: Record<number, Partial<Record<string, string>>> = {
      10: { iati_identifier: 'XM-TEST-CHUNKS-A' },
      250: { coverage: '41704235816000;41799999999999' },
      310: { iati_identifier: 'XM-TEST-CHUNKS-A' },
      449: { themes: 'FOOD_SECURITY;NOPE' },
    };
    const csv = [HEADER, ...Array.from({ length: 450 }, (_, i) => row(1000 + i, bad[i] ?? {}))].join('\n');
    const done = await finished((await donor.client.data(IMPORT, { csv, dry: true })).importProjects.id);
    expect(done).toMatchObject({ status: 'FAILED', processedRows: 450, createdCount: 0, projectIds: [] });
    // Row i is on line i + 2 (the header is line 1).
    expect(done.errors).toEqual([
      { line: 252, field: 'coverage', message: 'coverage[1]: no admin unit has the id or SOATE code "41799999999999"' },
      { line: 312, field: 'iati_identifier', message: 'iati_identifier XM-TEST-CHUNKS-A is also on line 12' },
      { line: 451, field: 'themes', message: expect.stringContaining('"NOPE" is not a known theme code') },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file that is not a usable CSV at once, naming the problem', async () => {
    const cases: Array<[string, string]> = [
      [`${HEADER},colour\n${row(1)},red`, 'UNKNOWN_COLUMN'],
      [`${HEADER}\n"unterminated`, 'MALFORMED_CSV'],
      ['title_en,themes\nx,FOOD_SECURITY', 'MISSING_COLUMN'],
      [HEADER, 'EMPTY_CSV'],
    ];
    for (const [csv, reason] of cases) {
      const error = await donor.client.error(IMPORT, { csv });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', reason });
    }
  });

  it("another organisation cannot see an import, and a VIEWER cannot import", async () => {
    const id = (await donor.client.data(IMPORT, { csv: [HEADER, row(900)].join('\n'), dry: true })).importProjects.id;
    const other = await anOrganisation(system, 'Curious Donor');
    expect((await other.client.error(STATUS, { id })).extensions?.code).toBe('NOT_FOUND');
    const viewer = (await donor.client.data(`mutation { createApiKey(input: { name: "ro", role: VIEWER }) { secret } }`)).createApiKey.secret;
    expect((await system.gateway.client.as(viewer).error(IMPORT, { csv: [HEADER, row(901)].join('\n') })).extensions?.code).toBe('FORBIDDEN');
  });
});
