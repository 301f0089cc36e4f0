import { DemoOblast, DemoPlace, LocalisedName, SCENARIO_OBLASTS } from './demo-places';
import { PROJECT_OWNERS } from './demo-organisations';

export interface DemoParty {
  slug: string;
  role: 'FUNDER' | 'INTERMEDIARY' | 'IMPLEMENTER';
  sharePercent?: number;
}

/** One project as the demo registers it; owner and parties by organisation slug. */
export interface DemoProject {
  ownerSlug: string;
  /** Unique among the owner's projects: what makes a second load skip it. */
  iatiIdentifier: string;
  title: Partial<LocalisedName>;
  description: Partial<LocalisedName>;
  coverage: string[];
  themes: string[];
  interventions: string[];
  targetGroups: Array<{ code: string; households?: number; people?: number }>;
  startDate: string;
  endDate: string;
  budget: { amount: number; currency: string };
  status: 'PLANNED' | 'ACTIVE' | 'COMPLETED';
  parties: DemoParty[];
  /** What this project shows in the demo (printed, and asserted by the docs test). */
  scenario?: 'DAIRY_GOATS_DUPLICATE' | 'OBLAST_NUTRITION' | 'VILLAGE_NUTRITION' | 'CO_FINANCED';
}

interface WorkTemplate {
  interventions: string[];
  themes: string[];
  target: string;
  title: (p: LocalisedName) => LocalisedName;
}

/**
 * Everyday work, one intervention family each, so that background projects in different villages
 * do not overlap by accident; nutrition and food-security work stays out of Naryn, where the oblast
 * programme would (rightly) overlap it.
 */
const WORK: readonly WorkTemplate[] = [
  { interventions: ['GREENHOUSE'], themes: ['AGRICULTURE'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: жылыткана куруу`, `Теплицы для фермеров, ${p.ru}`, `Greenhouses for farmers in ${p.en}`) },
  { interventions: ['FRUIT_DRYER'], themes: ['VALUE_CHAINS'], target: 'WOMEN', title: (p) => t(`${p.ky}: мөмө-жемиш кургаткычтар`, `Сушилки для фруктов, ${p.ru}`, `Fruit dryers for women's groups in ${p.en}`) },
  { interventions: ['DRIP_IRRIGATION'], themes: ['WATER_IRRIGATION'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: тамчылатып сугаруу`, `Капельное орошение, ${p.ru}`, `Drip irrigation in ${p.en}`) },
  { interventions: ['PASTURE_MANAGEMENT'], themes: ['PASTURE'], target: 'HERDERS', title: (p) => t(`${p.ky}: жайыттарды башкаруу`, `Управление пастбищами, ${p.ru}`, `Pasture management plans in ${p.en}`) },
  { interventions: ['BEEKEEPING'], themes: ['AGRICULTURE'], target: 'YOUTH', title: (p) => t(`${p.ky}: жаштар үчүн аарычылык`, `Пчеловодство для молодёжи, ${p.ru}`, `Beekeeping for young people in ${p.en}`) },
  { interventions: ['FISH_FARMING'], themes: ['FISHERIES'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: балык өстүрүү`, `Рыбоводство, ${p.ru}`, `Small fish ponds in ${p.en}`) },
  { interventions: ['ORCHARD_PLANTING'], themes: ['ENVIRONMENT'], target: 'GENERAL_POPULATION', title: (p) => t(`${p.ky}: бак тигүү`, `Закладка садов, ${p.ru}`, `Orchard planting in ${p.en}`) },
  { interventions: ['VETERINARY_SERVICES'], themes: ['LIVESTOCK'], target: 'HERDERS', title: (p) => t(`${p.ky}: ветеринардык кызмат`, `Ветеринарные услуги, ${p.ru}`, `Village veterinary services in ${p.en}`) },
  { interventions: ['COOPERATIVE_FORMATION'], themes: ['VALUE_CHAINS'], target: 'COOPERATIVES', title: (p) => t(`${p.ky}: дыйкан кооперативдери`, `Фермерские кооперативы, ${p.ru}`, `Farmer cooperatives in ${p.en}`) },
  { interventions: ['ORGANIC_CERTIFICATION_SUPPORT'], themes: ['ORGANIC_CERTIFICATION'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: органикалык аймак`, `Органическая зона, ${p.ru}`, `An organic zone in ${p.en}`) },
  { interventions: ['WOMENS_SELF_HELP_GROUPS'], themes: ['GENDER_EQUALITY'], target: 'WOMEN', title: (p) => t(`${p.ky}: аялдардын өз ара жардам топтору`, `Группы самопомощи женщин, ${p.ru}`, `Women's self-help groups in ${p.en}`) },
  { interventions: ['SEED_SUPPLY'], themes: ['AGRICULTURE'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: сапаттуу үрөн`, `Качественные семена, ${p.ru}`, `Quality seed for ${p.en}`) },
  { interventions: ['COLD_STORAGE'], themes: ['VALUE_CHAINS'], target: 'COOPERATIVES', title: (p) => t(`${p.ky}: муздаткыч кампа`, `Холодильный склад, ${p.ru}`, `A cold store for ${p.en}`) },
  { interventions: ['MILK_COLLECTION_POINT'], themes: ['LIVESTOCK'], target: 'SMALLHOLDER_FARMERS', title: (p) => t(`${p.ky}: сүт чогултуу пункту`, `Пункт сбора молока, ${p.ru}`, `A milk collection point in ${p.en}`) },
  { interventions: ['SCHOOL_MEALS'], themes: ['NUTRITION'], target: 'SCHOOLCHILDREN', title: (p) => t(`${p.ky}: мектептеги ысык тамак`, `Горячее питание в школах, ${p.ru}`, `Hot school meals in ${p.en}`) },
  { interventions: ['KITCHEN_GARDEN'], themes: ['FOOD_SECURITY'], target: 'LOW_INCOME_HOUSEHOLDS', title: (p) => t(`${p.ky}: үй жанындагы бакчалар`, `Приусадебные огороды, ${p.ru}`, `Kitchen gardens in ${p.en}`) },
];
const NARYN_SAFE = WORK.filter((w) => !w.themes.some((th) => th === 'NUTRITION' || th === 'FOOD_SECURITY'));

const BACKGROUND_PROJECTS = 190;

/**
 * About 200 projects: background work spread over the ayil aimaks of every oblast (one project
 * per village, languages taking turns), plus the deliberate cases the demo exists to show.
 * Deterministic, so that a second load produces the same identifiers and skips them.
 */
export function buildDemoProjects(oblasts: DemoOblast[], cities: DemoPlace[]): DemoProject[] {
  const scenarios = scenarioProjects(oblasts);
  const taken = new Set(scenarios.flatMap((p) => p.coverage));
  const places = interleave(oblasts.map((o, k) => o.villages.filter((v) => !taken.has(v.code)).map((v, n) => ({ village: v, oblast: o, n: n + k }))));
  const background: DemoProject[] = [];
  for (let i = 0; i < BACKGROUND_PROJECTS && i < places.length; i++) {
    const { village, oblast, n } = places[i];
    const pool = oblast.iso === SCENARIO_OBLASTS.goatsAndNutrition ? NARYN_SAFE : WORK;
    // Templates rotate within each oblast (n), so that every oblast sees every kind of work.
    background.push(backgroundProject(i, village, pool[n % pool.length]));
  }
  cities.forEach((city, i) => background.push(cityProject(i, city)));
  return [...scenarios, ...background];
}

function backgroundProject(i: number, place: DemoPlace, work: WorkTemplate): DemoProject {
  const owner = PROJECT_OWNERS[i % PROJECT_OWNERS.length];
  const titles = work.title(place.names);
  const language = (['en', 'ru', 'ky'] as const)[i % 3];
  const startYear = 2023 + (i % 3);
  return {
    ownerSlug: owner.slug,
    iatiIdentifier: demoId(owner.slug, i + 100),
    // Most owners register in one language, some in two: as real registries look.
    title: i % 4 === 0 ? { [language]: titles[language], en: titles.en } : { [language]: titles[language] },
    description: { en: `${titles.en}: ${describe(work)}` },
    coverage: [place.code],
    themes: work.themes,
    interventions: work.interventions,
    targetGroups: [{ code: work.target, households: 40 + ((i * 37) % 260) }],
    startDate: `${startYear}-0${1 + (i % 9)}-01`,
    endDate: `${startYear + 2 + (i % 2)}-12-31`,
    budget: i % 5 === 0 ? { amount: 2_000_000 + i * 25_000, currency: 'KGS' } : { amount: 40_000 + ((i * 7919) % 460_000), currency: i % 3 === 0 ? 'EUR' : 'USD' },
    status: startYear + 2 + (i % 2) < 2026 ? 'COMPLETED' : 'ACTIVE',
    parties: [],
  };
}

function cityProject(i: number, city: DemoPlace): DemoProject {
  const owner = PROJECT_OWNERS[(i + 3) % PROJECT_OWNERS.length];
  return {
    ownerSlug: owner.slug,
    iatiIdentifier: demoId(owner.slug, 900 + i),
    title: { ru: `Продовольственный банк, ${city.names.ru}`, en: `A city food bank in ${city.names.en}` },
    description: { en: 'Collects surplus food from markets and shops and hands it to low-income families registered with social services.' },
    coverage: [city.code],
    themes: ['SOCIAL_PROTECTION'],
    interventions: ['SMALL_FOOD_PROCESSING'],
    targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 1200 }],
    startDate: '2025-01-01',
    endDate: '2027-06-30',
    budget: { amount: 350_000, currency: 'USD' },
    status: 'ACTIVE',
    parties: [],
  };
}

/** The cases a newcomer should find: a cross-language duplicate, a programme over villages, co-financing. */
function scenarioProjects(oblasts: DemoOblast[]): DemoProject[] {
  const naryn = oblasts.find((o) => o.iso === SCENARIO_OBLASTS.goatsAndNutrition)!;
  const osh = oblasts.find((o) => o.iso === SCENARIO_OBLASTS.coFinancing)!;
  const [goats, nutritionA, nutritionB] = naryn.villages;
  const greenhouses = osh.villages[0];
  const goatsPeriod = { startDate: '2025-03-01', endDate: '2026-12-31' };
  return [
    {
      ownerSlug: 'ARF',
      iatiIdentifier: demoId('ARF', 1),
      title: { en: `Dairy goats for low-income households in ${goats.names.en}` },
      description: { en: 'Pure-bred dairy goats for families chosen from the social passport of the ayil okmotu; veterinary follow-up and milk processing training.' },
      coverage: [goats.code],
      themes: ['LIVESTOCK', 'FOOD_SECURITY'],
      interventions: ['DAIRY_GOATS'],
      targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 120 }],
      ...goatsPeriod,
      budget: { amount: 180_000, currency: 'USD' },
      status: 'ACTIVE',
      parties: [{ slug: 'KRAS', role: 'IMPLEMENTER' }],
      scenario: 'DAIRY_GOATS_DUPLICATE',
    },
    {
      ownerSlug: 'SRDA',
      iatiIdentifier: demoId('SRDA', 1),
      title: { ru: `Молочные козы для малообеспеченных семей, ${goats.names.ru}` },
      description: { ru: 'Передача породистых молочных коз семьям по социальному паспорту айыл окмоту, ветеринарное сопровождение и обучение переработке молока.' },
      coverage: [goats.code],
      themes: ['LIVESTOCK', 'FOOD_SECURITY'],
      interventions: ['DAIRY_GOATS'],
      targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 110 }],
      ...goatsPeriod,
      budget: { amount: 15_500_000, currency: 'KGS' },
      status: 'ACTIVE',
      parties: [],
      scenario: 'DAIRY_GOATS_DUPLICATE',
    },
    {
      ownerSlug: 'NNP',
      iatiIdentifier: demoId('NNP', 1),
      title: { en: `Better nutrition for mothers and young children in ${naryn.names.en}`, ru: `Улучшение питания матерей и детей, ${naryn.names.ru}` },
      description: { en: 'Oblast-wide programme: nutrition training for mothers, kitchen gardens, growth monitoring with rural health posts.' },
      coverage: [naryn.code],
      themes: ['NUTRITION'],
      interventions: ['NUTRITION_TRAINING', 'KITCHEN_GARDEN'],
      targetGroups: [{ code: 'CHILDREN_UNDER_5', people: 9000 }, { code: 'PREGNANT_AND_LACTATING_WOMEN', people: 4000 }],
      startDate: '2024-01-01',
      endDate: '2027-12-31',
      budget: { amount: 2_400_000, currency: 'EUR' },
      status: 'ACTIVE',
      parties: [],
      scenario: 'OBLAST_NUTRITION',
    },
    {
      ownerSlug: 'NAK',
      iatiIdentifier: demoId('NAK', 1),
      title: { ky: `${nutritionA.names.ky}: үй жанындагы бакча жана туура тамактануу` },
      description: { ky: 'Энелер үчүн туура тамактануу боюнча окутуу жана үй жанындагы бакчалар.' },
      coverage: [nutritionA.code],
      themes: ['NUTRITION'],
      interventions: ['KITCHEN_GARDEN', 'NUTRITION_TRAINING'],
      targetGroups: [{ code: 'PREGNANT_AND_LACTATING_WOMEN', people: 300 }],
      startDate: '2025-04-01',
      endDate: '2026-10-31',
      budget: { amount: 45_000, currency: 'USD' },
      status: 'ACTIVE',
      parties: [],
      scenario: 'VILLAGE_NUTRITION',
    },
    {
      ownerSlug: 'MCN',
      iatiIdentifier: demoId('MCN', 1),
      title: { en: `Nutrition training for young mothers in ${nutritionB.names.en}` },
      description: { en: 'Village service providers teach young mothers about complementary feeding and dietary diversity.' },
      coverage: [nutritionB.code],
      themes: ['NUTRITION'],
      interventions: ['NUTRITION_TRAINING'],
      targetGroups: [{ code: 'CHILDREN_UNDER_5', people: 450 }],
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      budget: { amount: 60_000, currency: 'USD' },
      status: 'ACTIVE',
      parties: [],
      scenario: 'VILLAGE_NUTRITION',
    },
    {
      ownerSlug: 'CAFT',
      iatiIdentifier: demoId('CAFT', 1),
      title: { en: `Winter vegetables under tunnel greenhouses in ${greenhouses.names.en}` },
      description: { en: 'Co-financed with the Green Valleys Foundation (40%): tunnel greenhouses and winter vegetable growing.' },
      coverage: [greenhouses.code],
      themes: ['AGRICULTURE', 'FOOD_SECURITY'],
      interventions: ['WINTER_TUNNEL_FARMING', 'GREENHOUSE'],
      targetGroups: [{ code: 'SMALLHOLDER_FARMERS', households: 80 }],
      startDate: '2025-02-01',
      endDate: '2027-01-31',
      budget: { amount: 210_000, currency: 'USD' },
      status: 'ACTIVE',
      parties: [
        { slug: 'CAFT', role: 'FUNDER', sharePercent: 60 },
        { slug: 'GVF', role: 'FUNDER', sharePercent: 40 },
        { slug: 'BTFA', role: 'IMPLEMENTER' },
      ],
      scenario: 'CO_FINANCED',
    },
    {
      ownerSlug: 'GVF',
      iatiIdentifier: demoId('GVF', 1),
      title: { en: `Greenhouses for winter vegetables in ${greenhouses.names.en} (co-financing)` },
      description: { en: "Green Valleys' 40% share of the Central Asia Food Trust's greenhouse project, registered by us for our own reporting." },
      coverage: [greenhouses.code],
      themes: ['AGRICULTURE', 'FOOD_SECURITY'],
      interventions: ['GREENHOUSE', 'WINTER_TUNNEL_FARMING'],
      targetGroups: [{ code: 'SMALLHOLDER_FARMERS', households: 80 }],
      startDate: '2025-02-01',
      endDate: '2027-01-31',
      budget: { amount: 84_000, currency: 'USD' },
      status: 'ACTIVE',
      parties: [
        { slug: 'GVF', role: 'FUNDER', sharePercent: 40 },
        { slug: 'CAFT', role: 'FUNDER', sharePercent: 60 },
        { slug: 'BTFA', role: 'IMPLEMENTER' },
      ],
      scenario: 'CO_FINANCED',
    },
  ];
}

function describe(work: WorkTemplate): string {
  return `${work.interventions.map((c) => c.toLowerCase().replace(/_/g, ' ')).join(', ')} with follow-up visits until the equipment works; ${work.target.toLowerCase().replace(/_/g, ' ')}.`;
}

/** Round-robin over the oblasts so that every oblast gets projects however the list is cut. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function demoId(slug: string, n: number): string {
  return `DEMO-${slug}-${String(n).padStart(3, '0')}`;
}

function t(ky: string, ru: string, en: string): LocalisedName {
  return { ky, ru, en };
}
