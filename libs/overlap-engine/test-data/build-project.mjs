// Builds ProjectProfile objects (the engine's input shape) from real units and the phrasebook.
import { GENERIC_SENTENCES, INTERVENTION_PHRASES, TARGET_GROUPS, VOICES, romaniseRussian } from './phrasebook.mjs';

export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, int, pick, chance, shuffle, sample: (list, n) => shuffle(list).slice(0, n) };
}

export function createWorld(reference, random) {
  const { geography, interventions, themeParents } = reference;
  const units = [...geography.byCode.values()];
  const ruralRayons = units.filter((u) => u.kind === 'RAYON' && u.population);
  const aasOf = (rayon) => rayon.children.filter((c) => c.kind === 'AYIL_AIMAK' && c.settlements >= 2);
  const villagesOf = (aa) => aa.children.filter((c) => c.level === 'SETTLEMENT');
  const oblastOf = (unit) => geography.byCode.get(unit.path[1]);
  const rayonOf = (unit) => geography.byCode.get(unit.path[2]);
  const rayonsWithAas = ruralRayons.filter((r) => aasOf(r).length >= 2);
  let organisationSeq = 0;

  const world = {
    random,
    country: geography.country,
    oblasts: units.filter((u) => u.kind === 'OBLAST'),
    ruralRayons,
    rayonsWithAas,
    aasOf,
    villagesOf,
    oblastOf,
    rayonOf,
    byCode: (code) => geography.byCode.get(code),
    organisation: (kind = 'ngo') => `org-${kind}-${String(++organisationSeq).padStart(3, '0')}`,
    pickRayon: (exceptOblast) => random.pick(rayonsWithAas.filter((r) => r.path[1] !== exceptOblast)),
    pickAa: (rayon) => random.pick(aasOf(rayon ?? random.pick(rayonsWithAas))),
    neighbourRayon: (rayon) => {
      const others = rayonsWithAas.filter((r) => r.path[1] === rayon.path[1] && r.code !== rayon.code);
      return others.length ? random.pick(others) : null;
    },
    themesFor: (codes, noise = 'none') => themesFor(codes, noise, interventions, themeParents, random),
  };
  return world;
}

function themesFor(codes, noise, interventions, themeParents, random) {
  let themes = [...new Set(codes.flatMap((c) => interventions[c].themes))];
  if (noise === 'subset') themes = themes.slice(0, 1);
  if (noise === 'parent') themes = [...new Set(themes.map((t) => themeParents[t] ?? t))];
  if (noise === 'random') themes = random.sample(themes, Math.max(1, random.int(1, themes.length)));
  return themes.sort();
}

export function coverageUnit(unit) {
  return {
    unitId: unit.code,
    path: unit.path,
    level: unit.level,
    ...(unit.population ? { population: unit.population } : {}),
    ...(unit.settlements ? { settlementCount: unit.settlements } : {}),
    name: unit.names,
  };
}

/** YYYY-MM-DD of the first day of a month and of the last day `months` later. */
export function period(year, month, months) {
  const start = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year, month - 1 + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export function shiftPeriod(base, monthsLater, months) {
  const [year, month] = base.start.split('-').map(Number);
  return period(year, month + monthsLater, months);
}

const PLACE_WORDS = {
  village: { en: (v, aa) => `${v.names.en} village, ${aa.names.en}`, ru: (v, aa) => `с. ${v.names.ru}, ${aa.names.ru}`, ky: (v, aa) => `${v.names.ky} айылы, ${aa.names.ky}` },
  villages: { en: (list, aa) => `${list} villages, ${aa.names.en}`, ru: (list, aa) => `сёла ${list}, ${aa.names.ru}`, ky: (list, aa) => `${list} айылдары, ${aa.names.ky}` },
  and: { en: ' and ', ru: ' и ', ky: ' жана ' },
  more: { en: ' and other places', ru: ' и др.', ky: ' ж.б.' },
  country: { en: 'Kyrgyzstan', ru: 'Кыргызстан', ky: 'Кыргызстан' },
};

function placeName(world, units, lang) {
  const one = (u) => {
    if (u.level === 'COUNTRY') return PLACE_WORDS.country[lang];
    if (u.level === 'SETTLEMENT' && u.path.length === 5) return PLACE_WORDS.village[lang](u, world.byCode(u.path[3]));
    return u.names[lang];
  };
  if (units.length > 4 && units.every((u) => u.level === 'OBLAST')) return PLACE_WORDS.country[lang];
  const aimaks = new Set(units.map((u) => (u.level === 'SETTLEMENT' && u.path.length === 5 ? u.path[3] : null)));
  if (units.length > 1 && aimaks.size === 1 && !aimaks.has(null)) {
    const aa = world.byCode([...aimaks][0]);
    const villages = units.slice(0, 3).map((u) => u.names[lang]).join(PLACE_WORDS.and[lang]);
    return PLACE_WORDS.villages[lang](villages, aa) + (units.length > 3 ? PLACE_WORDS.more[lang] : '');
  }
  const names = units.slice(0, 2).map(one).join(PLACE_WORDS.and[lang]);
  return units.length > 2 ? names + PLACE_WORDS.more[lang] : names;
}

function phrases(world, spec, lang, voice) {
  const acts = spec.interventions.map((c) => INTERVENTION_PHRASES[c]);
  const join = (list) => (list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')}${PLACE_WORDS.and[lang]}${list[list.length - 1]}`);
  const tg = TARGET_GROUPS[spec.targetGroup];
  const first = spec.units[0];
  const y1 = spec.period.start.slice(0, 4);
  const y2 = spec.period.end.slice(0, 4);
  return {
    act: join(acts.map((a) => (lang === 'en' ? a.en : a.ky))),
    actNom: join(acts.map((a) => a.ruNom)),
    actGen: join(acts.map((a) => a.ruGen)),
    tg: lang === 'en' ? tg.en : tg.ky,
    tgNom: tg.ruNom,
    tgGen: tg.ruGen,
    tgSg: tg.kySg,
    n: spec.count ?? 100,
    place: placeName(world, spec.units, lang),
    oblast: first.level === 'COUNTRY' || first.level === 'OBLAST' ? PLACE_WORDS.country[lang] : world.oblastOf(first).names[lang],
    y1,
    y2,
    years: Math.max(1, Number(y2) - Number(y1) + 1),
    extra: acts[0].extra[lang],
    generic: GENERIC_SENTENCES[lang][voice % GENERIC_SENTENCES[lang].length],
  };
}

/**
 * spec: { id, owner, funders, chain, coFinanced, units (world units), interventions, themes,
 * targetGroup, count, codedCount (false: the count is not entered), codedGroups (false: none
 * entered), codedInterventions (false: none entered), period, texts: [{ lang, voice, latin, noDescription }] }
 */
export function buildProfile(world, spec) {
  const titles = {};
  const descriptions = {};
  for (const text of spec.texts) {
    const voices = VOICES[text.lang];
    const voice = voices[text.voice % voices.length];
    const v = phrases(world, spec, text.lang, text.voice);
    const field = text.field ?? text.lang;
    titles[field] = text.latin ? romaniseRussian(voice.title(v)) : voice.title(v);
    if (!text.noDescription) descriptions[field] = text.latin ? romaniseRussian(voice.text(v)) : voice.text(v);
  }
  return {
    id: spec.id,
    ownerOrganisationId: spec.owner,
    funderOrganisationIds: spec.funders ?? [],
    fundingChainOrganisationIds: spec.chain ?? [],
    coFinancedProjectIds: spec.coFinanced ?? [],
    coverage: spec.units.map(coverageUnit),
    themes: spec.themes ?? world.themesFor(spec.interventions),
    period: spec.period,
    interventions: spec.codedInterventions === false ? [] : spec.interventions,
    targetGroups: spec.codedGroups === false ? [] : [{ code: spec.targetGroup, ...(spec.codedCount === false ? {} : { count: spec.count }) }],
    titles,
    descriptions,
  };
}
