import { TestSystem, startSystem } from '../support/harness';

const SEARCH = `query($search: String!, $level: AdminLevel, $within: ID, $first: Int, $after: String, $hist: Boolean) {
  adminUnits(filter: { search: $search, level: $level, withinId: $within, includeHistorical: $hist }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor match { kind score } node { id code level names { ky ru en } parent { id code names { en } parent { code names { en } } } } }
  } }`;

type MatchKind = 'EXACT' | 'PREFIX' | 'FUZZY';
interface Hit {
  match: { kind: MatchKind; score: number };
  node: { id: string; code: string; level: string; names: { ky: string; ru: string; en: string }; parent: { id: string; code: string; names: { en: string }; parent: { code: string; names: { en: string } } | null } | null };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Hit[];
}

const KOCHKOR_RAYON = '41704235000000';
const KOCHKOR_AIMAK = '41704235816000';
const KOCHKORKA_VILLAGE = '41704235816010';
const ISSYK_KUL_OBLAST = '41702000000000';
const JALAL_ABAD_OBLAST = '41703000000000';
const JALAL_ABAD_CITY = '41703410000010';
const NARYN_OBLAST = '41704000000000';
const TALAS_OBLAST = '41707000000000';
const ORDER: Record<MatchKind, number> = { EXACT: 0, PREFIX: 1, FUZZY: 2 };

describe('admin unit search over GraphQL: any language, any script, typos, ranked', () => {
  let system: TestSystem;
  const search = async (text: string, extra: Record<string, unknown> = {}): Promise<Page> =>
    (await system.coordinator.data<{ adminUnits: Page }>(SEARCH, { search: text, first: 20, ...extra })).adminUnits;
  const codes = (page: Page) => page.edges.map((e) => e.node.code);

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system.close());

  it.each(['Kochkor', 'Кочкор', 'kochkor', 'KOCHKOR'])('"%s" finds Kochkor rayon and Kochkor ayil aimak first, exactly', async (text) => {
    const page = await search(text);
    expect(page.edges.slice(0, 2).map((e) => [e.node.code, e.match.kind])).toEqual([
      [KOCHKOR_RAYON, 'EXACT'],
      [KOCHKOR_AIMAK, 'EXACT'],
    ]);
    expect(page.edges[1].node.parent).toMatchObject({ code: KOCHKOR_RAYON, names: { en: 'Kochkor District' } });
  });

  it.each([
    ['Кочкор району', KOCHKOR_RAYON],
    ['Кочкорский район', KOCHKOR_RAYON],
    ['Kochkor District', KOCHKOR_RAYON],
    ['Kochkor ayil aimak', KOCHKOR_AIMAK],
    ['Кочкор айыл аймагы', KOCHKOR_AIMAK],
  ])('a kind word in "%s" puts that kind first', async (text, code) => {
    const page = await search(text);
    expect(page.edges[0]).toMatchObject({ match: { kind: 'EXACT' }, node: { code } });
  });

  it('"Naryn city" puts the city before the oblast, the rayon and the village of the same name', async () => {
    const page = await search('Naryn city');
    expect(page.edges[0].node).toMatchObject({ code: '41704400000010', names: { en: 'Naryn city' } });
    expect(page.edges.slice(1, 4).map((e) => e.node.code)).toEqual(expect.arrayContaining([NARYN_OBLAST, '41704245000000']));
  });

  it('"Kochkor" also finds what starts with it (the village Kochkorka, Kochkor-Ata) as prefix matches after the exact ones', async () => {
    const page = await search('Kochkor');
    const kochkorka = page.edges.find((e) => e.node.code === KOCHKORKA_VILLAGE)!;
    expect(kochkorka.match.kind).toBe('PREFIX');
    expect(page.edges.some((e) => e.node.names.en === 'Kochkor-Ata town' && e.match.kind === 'PREFIX')).toBe(true);
    expect(page.edges.map((e) => ORDER[e.match.kind])).toEqual([...page.edges.map((e) => ORDER[e.match.kind])].sort());
  });

  it('"Kochkorka", the old name of Kochkor village and rayon centre, finds the rayon (by its alternative name) and the village', async () => {
    const page = await search('Kochkorka');
    expect(page.edges.filter((e) => e.match.kind === 'EXACT').map((e) => e.node.code)).toEqual([KOCHKOR_RAYON, KOCHKORKA_VILLAGE]);
  });

  it.each(['Ysyk-Köl', 'Issyk-Kul', 'Ыссык-Көл', 'Иссык-Куль', 'Ысык-Көл', 'issyk kul', 'YSYK-KOL'])('"%s" finds Issyk-Kul oblast first', async (text) => {
    const page = await search(text);
    expect(page.edges[0]).toMatchObject({ match: { kind: 'EXACT' }, node: { code: ISSYK_KUL_OBLAST, level: 'OBLAST', names: { en: 'Issyk-Kul Region' } } });
  });

  it.each(['Jalal-Abad', 'Dzhalal-Abad', 'Жалал-Абад', 'Джалал-Абад', 'jalal abad', 'Djalal-Abad'])('"%s" finds Jalal-Abad oblast, then the city', async (text) => {
    const page = await search(text);
    expect(page.edges.slice(0, 2).map((e) => [e.node.code, e.match.kind])).toEqual([
      [JALAL_ABAD_OBLAST, 'EXACT'],
      [JALAL_ABAD_CITY, 'EXACT'],
    ]);
  });

  it.each([
    ['Kochkr', KOCHKOR_RAYON],
    ['Kochkorr', KOCHKOR_RAYON],
    ['Naryyn', NARYN_OBLAST],
    ['Nryn', NARYN_OBLAST],
    ['Jalal-Abd', JALAL_ABAD_OBLAST],
    ['Bishkekk', '41711000000000'],
    ['Isyk-Kul', ISSYK_KUL_OBLAST],
  ])('a typo, "%s", still finds the place first', async (text, code) => {
    const page = await search(text);
    expect(page.edges[0].node.code).toBe(code);
  });

  it('a typo that is not a prefix of anything is a fuzzy match, ranked by similarity', async () => {
    const page = await search('Kochkr');
    expect(page.edges[0].match.kind).toBe('FUZZY');
    expect(page.edges[0].match.score).toBeGreaterThanOrEqual(0.6);
    const scores = page.edges.map((e) => e.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ignores case and diacritics in Latin and Cyrillic alike', async () => {
    for (const [a, b] of [
      ['Chüy', 'CHUY'],
      ['Özgön', 'ozgon'],
      ['ЖАЛАЛ-АБАД', 'жалал-абад'],
      ['Tüp', 'Tup'],
    ]) {
      expect(codes(await search(a))).toEqual(codes(await search(b)));
    }
    expect((await search('Özgön')).edges[0].node.names.en).toBe('Uzgen District');
  });

  it('tells two villages of the same name apart by their parents', async () => {
    const page = await search('Арал', { level: 'SETTLEMENT' });
    const exact = page.edges.filter((e) => e.match.kind === 'EXACT');
    expect(exact.length).toBeGreaterThanOrEqual(10);
    expect(exact.every((e) => e.node.names.ru === 'Арал' && e.node.parent)).toBe(true);
    expect(new Set(exact.map((e) => e.node.id)).size).toBe(exact.length);
    expect(new Set(exact.map((e) => e.node.parent!.id)).size).toBe(exact.length);
    // Two of them sit in ayil aimaks that are both called Aral: the grandparent tells those apart.
    const inAralAimaks = exact.filter((e) => e.node.parent!.names.en === 'Aral ayil aimak');
    expect(inAralAimaks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(inAralAimaks.map((e) => e.node.parent!.parent!.names.en)).size).toBe(inAralAimaks.length);
  });

  it('narrows a search to a part of the country', async () => {
    const talas = (await system.coordinator.data(`{ adminUnit(code: "${TALAS_OBLAST}") { id } }`)).adminUnit.id;
    const everywhere = await search('Aral', { level: 'SETTLEMENT' });
    const inTalas = await search('Aral', { level: 'SETTLEMENT', within: talas });
    expect(inTalas.totalCount).toBeGreaterThan(0);
    expect(inTalas.totalCount).toBeLessThan(everywhere.totalCount);
    expect(inTalas.edges.every((e) => e.node.code.startsWith('41707'))).toBe(true);
  });

  it('pages through a ranked list with cursors: no hit twice, none lost, the same total', async () => {
    const all = await search('Ak', { first: 30 });
    expect(all.totalCount).toBeGreaterThan(30);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: Page = await search('Ak', { first: 10, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...codes(page));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(codes(all));
  });

  it('searches SOATE codes by their digits', async () => {
    const exact = await search(KOCHKOR_RAYON);
    expect(exact.edges[0]).toMatchObject({ match: { kind: 'EXACT' }, node: { code: KOCHKOR_RAYON } });
    const prefix = await search('41704235', { first: 100 });
    expect(prefix.edges.every((e) => e.node.code.startsWith('41704235'))).toBe(true);
    expect(prefix.edges[0].node.code).toBe(KOCHKOR_RAYON);
  });

  it('finds nothing for a name that is not there, with a total of 0', async () => {
    const page = await search('Zzyzx Qwerty');
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('refuses a search with no letter or digit, or too long, naming the field', async () => {
    const empty = await system.coordinator.error(SEARCH, { search: ' -- ' });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', reason: 'EMPTY_SEARCH' });
    const long = await system.coordinator.error(SEARCH, { search: 'a'.repeat(101) });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('refuses a cursor from another kind of list', async () => {
    const listed = (await system.coordinator.data(`{ adminUnits(first: 1) { pageInfo { endCursor } } }`)).adminUnits.pageInfo.endCursor;
    const error = await system.coordinator.error(SEARCH, { search: 'Naryn', after: listed });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});
