// Shared parts of the scenarios: intervention pools, who each intervention is for, related and
// programme bundles, and a kit of random picks over the real hierarchy.
import { period } from './build-project.mjs';

export const LOCAL = ['DAIRY_GOATS', 'GREENHOUSE', 'WINTER_TUNNEL_FARMING', 'FRUIT_DRYER', 'SOLAR_DRYER', 'FRUIT_PROCESSING', 'DRIP_IRRIGATION', 'KITCHEN_GARDEN', 'NUTRITION_TRAINING', 'BEEKEEPING', 'POULTRY', 'FISH_FARMING', 'ORCHARD_PLANTING', 'RAINWATER_HARVESTING', 'WOMENS_SELF_HELP_GROUPS', 'COLD_STORAGE', 'MILK_COLLECTION_POINT', 'COOPERATIVE_FORMATION', 'PASTURE_MANAGEMENT', 'HAY_FODDER_PRODUCTION'];
export const DISTRICT = ['SCHOOL_MEALS', 'SEED_SUPPLY', 'FARMER_FIELD_SCHOOL', 'VETERINARY_SERVICES', 'ORGANIC_CERTIFICATION_SUPPORT'];
export const GROUPS = {
  DAIRY_GOATS: ['LOW_INCOME_HOUSEHOLDS', 'WOMEN_HEADED_HOUSEHOLDS', 'PERSONS_WITH_DISABILITIES', 'RETURNED_MIGRANT_FAMILIES'],
  GREENHOUSE: ['LOW_INCOME_HOUSEHOLDS', 'WOMEN_HEADED_HOUSEHOLDS', 'RURAL_WOMEN'],
  WINTER_TUNNEL_FARMING: ['LOW_INCOME_HOUSEHOLDS', 'WOMEN_HEADED_HOUSEHOLDS', 'RURAL_WOMEN'],
  KITCHEN_GARDEN: ['LOW_INCOME_HOUSEHOLDS', 'WOMEN_HEADED_HOUSEHOLDS', 'PREGNANT_LACTATING_WOMEN'],
  FRUIT_DRYER: ['RURAL_WOMEN', 'SMALLHOLDER_FARMERS', 'WOMEN_HEADED_HOUSEHOLDS'],
  SOLAR_DRYER: ['RURAL_WOMEN', 'SMALLHOLDER_FARMERS', 'WOMEN_HEADED_HOUSEHOLDS'],
  FRUIT_PROCESSING: ['RURAL_WOMEN', 'SMALLHOLDER_FARMERS', 'YOUTH'],
  NUTRITION_TRAINING: ['PREGNANT_LACTATING_WOMEN', 'CHILDREN_UNDER_FIVE', 'LOW_INCOME_HOUSEHOLDS'],
  SCHOOL_MEALS: ['SCHOOLCHILDREN'],
  BEEKEEPING: ['LOW_INCOME_HOUSEHOLDS', 'YOUTH', 'RETURNED_MIGRANT_FAMILIES'],
  POULTRY: ['LOW_INCOME_HOUSEHOLDS', 'WOMEN_HEADED_HOUSEHOLDS', 'RETURNED_MIGRANT_FAMILIES'],
  FISH_FARMING: ['YOUTH', 'RETURNED_MIGRANT_FAMILIES', 'SMALLHOLDER_FARMERS'],
  ORCHARD_PLANTING: ['SMALLHOLDER_FARMERS', 'YOUTH'],
  DRIP_IRRIGATION: ['SMALLHOLDER_FARMERS', 'RURAL_WOMEN'],
  RAINWATER_HARVESTING: ['SMALLHOLDER_FARMERS', 'LOW_INCOME_HOUSEHOLDS'],
  WOMENS_SELF_HELP_GROUPS: ['RURAL_WOMEN', 'WOMEN_HEADED_HOUSEHOLDS'],
  COLD_STORAGE: ['SMALLHOLDER_FARMERS'],
  MILK_COLLECTION_POINT: ['SMALLHOLDER_FARMERS', 'HERDERS'],
  COOPERATIVE_FORMATION: ['SMALLHOLDER_FARMERS', 'YOUTH', 'RURAL_WOMEN'],
  PASTURE_MANAGEMENT: ['HERDERS'],
  HAY_FODDER_PRODUCTION: ['HERDERS', 'SMALLHOLDER_FARMERS'],
  SEED_SUPPLY: ['SMALLHOLDER_FARMERS'],
  FARMER_FIELD_SCHOOL: ['SMALLHOLDER_FARMERS', 'RURAL_WOMEN', 'YOUTH'],
  VETERINARY_SERVICES: ['HERDERS', 'SMALLHOLDER_FARMERS'],
  ORGANIC_CERTIFICATION_SUPPORT: ['SMALLHOLDER_FARMERS'],
};
export const RELATED = [
  ['GREENHOUSE', 'WINTER_TUNNEL_FARMING'], ['FRUIT_DRYER', 'SOLAR_DRYER'], ['FRUIT_DRYER', 'FRUIT_PROCESSING'],
  ['SOLAR_DRYER', 'FRUIT_PROCESSING'], ['DRIP_IRRIGATION', 'RAINWATER_HARVESTING'], ['HAY_FODDER_PRODUCTION', 'PASTURE_MANAGEMENT'],
  ['NUTRITION_TRAINING', 'KITCHEN_GARDEN'], ['DAIRY_GOATS', 'POULTRY'], ['DAIRY_GOATS', 'MILK_COLLECTION_POINT'],
  ['COOPERATIVE_FORMATION', 'WOMENS_SELF_HELP_GROUPS'], ['COLD_STORAGE', 'FRUIT_PROCESSING'],
];
export const PROGRAMMES = [
  ['KITCHEN_GARDEN', 'NUTRITION_TRAINING', 'POULTRY'], ['DAIRY_GOATS', 'KITCHEN_GARDEN', 'NUTRITION_TRAINING'],
  ['GREENHOUSE', 'DRIP_IRRIGATION', 'COOPERATIVE_FORMATION'], ['FRUIT_DRYER', 'COLD_STORAGE', 'COOPERATIVE_FORMATION'],
  ['PASTURE_MANAGEMENT', 'HAY_FODDER_PRODUCTION', 'VETERINARY_SERVICES'], ['BEEKEEPING', 'ORCHARD_PLANTING', 'WOMENS_SELF_HELP_GROUPS'],
];
export const LANGS = ['en', 'ru', 'ky'];

/** Picks of the parts every scenario needs. */
export function kit(world) {
  const r = world.random;
  const donor = () => world.organisation('donor');
  return {
    r,
    groupFor: (code) => r.pick(GROUPS[code]),
    otherGroup: (not) => r.pick(allGroups().filter((g) => g !== not)),
    someYear: () => r.int(2022, 2026),
    somePeriod: () => period(r.int(2022, 2026), r.pick([1, 1, 3, 4, 6, 7, 9]), r.pick([12, 18, 24, 24, 30, 36])),
    count: () => r.pick([40, 60, 75, 80, 100, 120, 150, 200, 250, 300, 500]),
    lang: () => r.pick(LANGS),
    otherLang: (not) => r.pick(LANGS.filter((l) => l !== not)),
    voice: () => r.int(0, 3),
    /** A voice that differs from `voice` in every language: an independent writer. */
    otherVoice: (voice) => voice + 1,
    spec: (fields) => ({ owner: world.organisation(), funders: [donor()], ...fields }),
    aaWithVillages: (rayon) => world.pickAa(rayon),
    village: (aa) => r.pick(world.villagesOf(aa)),
    unrelatedTo: (code) => r.pick([...LOCAL, ...DISTRICT].filter((c) => c !== code && !RELATED.some((p) => p.includes(c) && p.includes(code)) && !sameFamilyProgramme(c, code))),
    relatedPair: () => r.shuffle(r.pick(RELATED)),
    programme: () => r.pick(PROGRAMMES),
    local: () => r.pick(LOCAL),
    district: () => r.pick(DISTRICT),
  };
}

function allGroups() {
  return [...new Set(Object.values(GROUPS).flat())];
}

function sameFamilyProgramme(x, y) {
  return PROGRAMMES.some((p) => p.includes(x) && p.includes(y));
}

/** A local place: an ayil aimak, one village of it, or two villages of it. */
export function localPlace(world, k, rayon) {
  const aa = k.aaWithVillages(rayon);
  const villages = world.villagesOf(aa);
  const form = k.r.pick(['aa', 'aa', 'village', 'village', 'two']);
  if (form === 'aa') return { units: [aa], label: aa.names.en };
  if (form === 'village' || villages.length < 2) {
    const v = k.r.pick(villages);
    return { units: [v], label: `${v.names.en} (${aa.names.en})` };
  }
  const two = k.r.sample(villages, 2);
  return { units: two, label: `${two.map((v) => v.names.en).join(' and ')} (${aa.names.en})` };
}

export const where = (world, unit) => `${world.rayonOf(unit)?.names.en ?? ''}, ${world.oblastOf(unit).names.en}`;

