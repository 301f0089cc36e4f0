import { Client } from 'pg';
import { TARGET_GROUPS } from '../../libs/projects/src/domain/project';
import { buildSearchText } from '../../libs/projects/src/domain/search-text';
import { ACTIVITIES, CURRENCY_WEIGHTS, DESCRIPTIONS, Lang, PREFIXES, THEME_WEIGHTS, TITLE_LANGUAGES, Trio } from './project-vocabulary';

/**
 * Synthetic projects with a realistic shape for the projects benchmark: where they are (most at
 * ayil aimak level), what they are about, when, for how much and by whom. Deterministic for a
 * seed, so two runs store the same data.
 *
 * Levels of the first coverage unit: ayil aimak 80% (one in ten of them names a village of the
 * aimak instead), rayon 12%, oblast 6%, national 2%. About 6% of local and rayon projects cover
 * 2-4 neighbouring units (aimaks of one rayon, rayons of one oblast).
 */

export interface RefUnit {
  id: string;
  code: string;
  level: 'COUNTRY' | 'OBLAST' | 'RAYON' | 'AYIL_AIMAK' | 'SETTLEMENT';
  parentId: string | null;
  names: Trio;
}

export interface ReferenceData {
  country: RefUnit;
  oblasts: RefUnit[];
  rayons: RefUnit[];
  aimaks: RefUnit[];
  villagesByAimak: Map<string, RefUnit[]>;
  aimaksByRayon: Map<string, RefUnit[]>;
  rayonsByOblast: Map<string, RefUnit[]>;
  unitsById: Map<string, RefUnit>;
  themes: string[];
  themeParents: Map<string, string | null>;
  interventions: Array<{ code: string; themes: string[] }>;
  usdPerUnit: Map<string, number>;
}

export interface Organisations {
  donors: Array<{ id: string; iatiPrefix: string; weight: number }>;
  implementers: string[];
}

export interface SyntheticProject {
  id: string;
  organisationId: string;
  status: 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'SUSPENDED' | 'ARCHIVED';
  visibility: 'PUBLISHED' | 'DRAFT' | 'CONFIDENTIAL_PIPELINE';
  title: Partial<Trio>;
  description: Partial<Trio>;
  startDate: string | null;
  endDate: string | null;
  budget: { amount: number; currency: string; confidential: boolean } | null;
  coverage: string[];
  themes: string[];
  interventions: string[];
  targetGroups: Array<{ code: string; people: number | null; households: number | null }>;
  parties: Array<{ organisationId: string; role: 'FUNDER' | 'IMPLEMENTER'; sharePercent: number | null; receivesFromOrganisationId: string | null }>;
  iatiIdentifier: string | null;
  createdAt: string;
  archivedAt: string | null;
  searchText: string;
}

/** The reference data the generator draws from, read from a seeded database. */
export async function loadReferenceData(client: Client): Promise<ReferenceData> {
  const units = (
    await client.query<{ id: string; code: string; level: RefUnit['level']; parent_id: string | null; name_ky: string; name_ru: string; name_en: string }>(
      `SELECT id, code, level, parent_id, name_ky, name_ru, name_en FROM admin_units WHERE valid_to IS NULL ORDER BY code`,
    )
  ).rows.map((u) => ({ id: u.id, code: u.code, level: u.level, parentId: u.parent_id, names: { ky: u.name_ky, ru: u.name_ru, en: u.name_en } }));
  const group = (level: RefUnit['level']) => units.filter((u) => u.level === level);
  const byParent = (children: RefUnit[]) => {
    const map = new Map<string, RefUnit[]>();
    for (const c of children) map.set(c.parentId!, [...(map.get(c.parentId!) ?? []), c]);
    return map;
  };
  const themes = (await client.query<{ code: string; parent_code: string | null }>(`SELECT code, parent_code FROM themes ORDER BY code`)).rows;
  const interventions = (await client.query<{ code: string; theme_codes: string[] }>(`SELECT code, theme_codes FROM intervention_types ORDER BY code`)).rows;
  const rates = (
    await client.query<{ currency: string; usd: string }>(
      `SELECT r.currency, r.usd_per_unit AS usd FROM exchange_rates r JOIN exchange_rate_sets s ON s.id = r.rate_set_id AND s.is_current`,
    )
  ).rows;
  return {
    country: group('COUNTRY')[0],
    oblasts: group('OBLAST'),
    rayons: group('RAYON'),
    aimaks: group('AYIL_AIMAK'),
    villagesByAimak: byParent(group('SETTLEMENT')),
    aimaksByRayon: byParent(group('AYIL_AIMAK')),
    rayonsByOblast: byParent(group('RAYON')),
    unitsById: new Map(units.map((u) => [u.id, u])),
    themes: themes.map((t) => t.code),
    themeParents: new Map(themes.map((t) => [t.code, t.parent_code])),
    interventions: interventions.map((i) => ({ code: i.code, themes: i.theme_codes })),
    usdPerUnit: new Map(rates.map((r) => [r.currency.trim(), Number(r.usd)])),
  };
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uuid v4 from the generator (deterministic for a seed). */
function uuidFrom(random: () => number): string {
  const hex: string[] = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(random() * 256).toString(16).padStart(2, '0'));
  hex[6] = ((parseInt(hex[6], 16) & 0x0f) | 0x40).toString(16).padStart(2, '0');
  hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** "Today" for statuses and creation times: the benchmark's reference date. */
export const BENCH_TODAY = '2026-11-25';
const TODAY = dayOf(BENCH_TODAY);
const FIRST_START = dayOf('2015-01-01');
const LAST_START = dayOf('2029-12-31');
const LAST_END = dayOf('2030-12-31');

export class ProjectGenerator {
  private readonly random: () => number;
  private readonly themeTable: Array<[string, number]>;
  private readonly donorTable: Array<[Organisations['donors'][number], number]>;

  constructor(
    private readonly ref: ReferenceData,
    private readonly orgs: Organisations,
    seed: number,
  ) {
    this.random = seededRandom(seed);
    this.themeTable = ref.themes.map((t) => [t, THEME_WEIGHTS[t] ?? 1]);
    this.donorTable = orgs.donors.map((d) => [d, d.weight]);
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  private weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    const total = table.reduce((a, [, w]) => a + w, 0);
    let r = this.random() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][0];
  }

  /** Several distinct values, the first from `first`. */
  private several<T>(first: T, pool: readonly T[], count: number): T[] {
    const chosen = new Set<T>([first]);
    for (let guard = 0; chosen.size < count && guard < 50; guard++) chosen.add(this.pick(pool));
    return [...chosen];
  }

  /** Where: the covered units, and the unit named in the title. */
  coverage(): { units: RefUnit[]; place: RefUnit } {
    const r = this.random();
    const many = this.random() < 0.06;
    if (r < 0.8) {
      const aimak = this.pick(this.ref.aimaks);
      const villages = this.ref.villagesByAimak.get(aimak.id) ?? [];
      if (villages.length && this.random() < 0.1) {
        const village = this.pick(villages);
        return { units: many ? this.several(village, villages, 2 + Math.floor(this.random() * 2)) : [village], place: village };
      }
      const siblings = this.ref.aimaksByRayon.get(aimak.parentId!) ?? [aimak];
      return { units: many ? this.several(aimak, siblings, 2 + Math.floor(this.random() * 3)) : [aimak], place: aimak };
    }
    if (r < 0.92) {
      const rayon = this.pick(this.ref.rayons);
      const siblings = this.ref.rayonsByOblast.get(rayon.parentId!) ?? [rayon];
      return { units: many ? this.several(rayon, siblings, 2 + Math.floor(this.random() * 2)) : [rayon], place: rayon };
    }
    if (r < 0.98) {
      const oblast = this.pick(this.ref.oblasts);
      return { units: [oblast], place: oblast };
    }
    return { units: [this.ref.country], place: this.ref.country };
  }

  themes(): string[] {
    const first = this.weighted(this.themeTable);
    const count = 1 + Math.floor(this.random() * 3);
    const chosen = new Set([first]);
    for (let guard = 0; chosen.size < count && guard < 20; guard++) chosen.add(this.weighted(this.themeTable));
    return [...chosen];
  }

  interventions(themes: string[]): string[] {
    const count = Math.floor(this.random() * 4);
    if (!count) return [];
    const related = this.ref.interventions.filter((i) => i.themes.some((t) => themes.includes(t) || themes.includes(this.ref.themeParents.get(t) ?? '')));
    const pool = related.length ? related : this.ref.interventions;
    return [...new Set(Array.from({ length: count }, () => this.pick(pool).code))];
  }

  private title(theme: string, place: RefUnit): Partial<Trio> {
    const activity = this.pick(ACTIVITIES[theme] ?? ACTIVITIES.RURAL_DEVELOPMENT);
    const prefix = this.random() < 0.15 ? this.pick(PREFIXES) : undefined;
    const langs = this.weighted(TITLE_LANGUAGES);
    const title: Partial<Trio> = {};
    for (const lang of langs) {
      const where = place.level === 'COUNTRY' ? '' : lang === 'en' ? ` in ${place.names.en}` : ` — ${place.names[lang]}`;
      const text = prefix ? `${prefix[lang]}${lowerFirst(activity[lang], lang)}` : activity[lang];
      title[lang] = `${text}${where}`;
    }
    return title;
  }

  private description(title: Partial<Trio>, place: RefUnit): Partial<Trio> {
    if (this.random() < 0.45) return {};
    const langs = (Object.keys(title) as Lang[]).filter((l) => title[l]);
    const lang = this.pick(langs);
    const n = String(50 + Math.floor(this.random() * 5000));
    const sentence = this.pick(DESCRIPTIONS)[lang].replace('{n}', n).replace('{place}', place.names[lang]);
    return { [lang]: sentence };
  }

  private period(): { startDate: string | null; endDate: string | null; start: number } {
    const start = FIRST_START + Math.floor(this.random() * (LAST_START - FIRST_START));
    // 6 months to 6 years, most around two to three.
    const months = Math.max(6, Math.min(72, Math.round(30 + (this.random() + this.random() + this.random() - 1.5) * 28)));
    const end = Math.min(LAST_END, start + Math.round(months * 30.4));
    const openEnded = this.random() < 0.02;
    return { startDate: isoOf(start), endDate: openEnded ? null : isoOf(end), start };
  }

  private budget(): SyntheticProject['budget'] {
    if (this.random() < 0.1) return null;
    const currency = this.weighted(CURRENCY_WEIGHTS);
    const rate = this.ref.usdPerUnit.get(currency) ?? 1;
    // Log-normal around 250,000 USD.
    const gauss = Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
    const usd = Math.min(5e8, Math.exp(12.4 + 1.3 * gauss));
    const whole = currency === 'JPY' || currency === 'KRW' || currency === 'KGS' || currency === 'UZS';
    const amount = whole ? Math.round(usd / rate / 1000) * 1000 : Math.round((usd / rate) * 100) / 100;
    return { amount, currency, confidential: this.random() < 0.05 };
  }

  /** A project as a donor would submit it (without owner, id or timestamps). */
  fields(): Omit<SyntheticProject, 'id' | 'organisationId' | 'createdAt' | 'archivedAt' | 'searchText' | 'iatiIdentifier' | 'parties'> & { start: number; status: SyntheticProject['status'] } {
    const { units, place } = this.coverage();
    const themes = this.themes();
    const title = this.title(themes[0], place);
    const description = this.description(title, place);
    const { startDate, endDate, start } = this.period();
    const end = endDate ? dayOf(endDate) : Number.POSITIVE_INFINITY;
    const status = start > TODAY ? 'PLANNED' : end < TODAY ? (this.random() < 0.93 ? 'COMPLETED' : 'SUSPENDED') : this.random() < 0.97 ? 'ACTIVE' : 'SUSPENDED';
    const v = this.random();
    const visibility = v < 0.94 ? 'PUBLISHED' : v < 0.97 ? 'DRAFT' : 'CONFIDENTIAL_PIPELINE';
    const groups = this.random() < 0.5 ? this.several(this.pick(TARGET_GROUPS), TARGET_GROUPS, 1 + Math.floor(this.random() * 2)) : [];
    return {
      title,
      description,
      status,
      visibility,
      startDate,
      endDate,
      start,
      budget: this.budget(),
      coverage: units.map((u) => u.id),
      themes,
      interventions: this.interventions(themes),
      targetGroups: groups.map((code) => (this.random() < 0.5 ? { code, people: 20 + Math.floor(this.random() * 3000), households: null } : { code, people: null, households: 10 + Math.floor(this.random() * 800) })),
    };
  }

  /** A stored project: owner, id, creation time (before its start, never after today), archive state. */
  project(serial: number): SyntheticProject {
    const f = this.fields();
    const donor = this.weighted(this.donorTable);
    let created = Math.max(dayOf('2014-06-01'), f.start - Math.floor(this.random() * 240));
    // A pipeline project is registered some time before today, not on the eve of the benchmark.
    if (created >= TODAY) created = TODAY - 1 - Math.floor(this.random() * 600);
    const createdAt = new Date(created * DAY_MS + Math.floor(this.random() * DAY_MS)).toISOString();
    const archived = f.status === 'COMPLETED' && this.random() < 0.05;
    const parties: SyntheticProject['parties'] = [];
    if (this.random() < 0.3) {
      const implementer = this.pick(this.orgs.implementers);
      parties.push({ organisationId: donor.id, role: 'FUNDER', sharePercent: 100, receivesFromOrganisationId: null });
      parties.push({ organisationId: implementer, role: 'IMPLEMENTER', sharePercent: null, receivesFromOrganisationId: donor.id });
    }
    return {
      id: uuidFrom(this.random),
      organisationId: donor.id,
      status: archived ? 'ARCHIVED' : f.status,
      visibility: f.visibility,
      title: f.title,
      description: f.description,
      startDate: f.startDate,
      endDate: f.endDate,
      budget: f.budget,
      coverage: f.coverage,
      themes: f.themes,
      interventions: f.interventions,
      targetGroups: f.targetGroups,
      parties,
      iatiIdentifier: this.random() < 0.4 ? `${donor.iatiPrefix}-KG-${serial}` : null,
      createdAt,
      archivedAt: archived ? new Date((Math.min(TODAY - 1, created + 2000) + 0.5) * DAY_MS).toISOString() : null,
      searchText: buildSearchText(f.title, f.description),
    };
  }

  /** The GraphQL CreateProjectInput of a new project. */
  createInput(): Record<string, unknown> {
    const f = this.fields();
    return {
      title: f.title,
      description: f.description,
      status: f.status === 'ARCHIVED' ? 'COMPLETED' : f.status,
      visibility: f.visibility,
      startDate: f.startDate,
      endDate: f.endDate,
      budget: f.budget,
      coverage: f.coverage,
      themes: f.themes,
      interventions: f.interventions,
      targetGroups: f.targetGroups.map((g) => (g.people !== null ? { code: g.code, people: g.people } : { code: g.code, households: g.households })),
    };
  }
}

function lowerFirst(text: string, lang: Lang): string {
  // English "Scaling up dairy goats"; Russian and Kyrgyz keep the capital after a colon.
  return lang === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
