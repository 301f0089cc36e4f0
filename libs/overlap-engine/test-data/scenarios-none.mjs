// NONE scenarios of the labelled set: not the same people, not the same time, not similar work, or
// one money flow (co-financing, a funding chain). Labels follow the labelling guide in
// docs/overlap.md and were fixed with the scenario, before any pair was scored.
import { period, shiftPeriod } from './build-project.mjs';
import { kit, localPlace, where } from './scenario-kit.mjs';

const THEME_NEIGHBOURS = [
  ['NUTRITION_TRAINING', 'KITCHEN_GARDEN'], ['VETERINARY_SERVICES', 'DAIRY_GOATS'], ['SEED_SUPPLY', 'GREENHOUSE'],
  ['SCHOOL_MEALS', 'NUTRITION_TRAINING'], ['FARMER_FIELD_SCHOOL', 'DRIP_IRRIGATION'], ['SEED_SUPPLY', 'ORCHARD_PLANTING'],
];

function sameWork(world, k, place, p) {
  const code = k.local();
  return { units: place.units, interventions: [code], targetGroup: k.groupFor(code), count: k.count(), period: p ?? k.somePeriod() };
}

export const NONE_SCENARIOS = [
  {
    name: 'N-SAME-TEXT-OTHER-OBLAST', label: 'NONE', count: 10,
    make(world) {
      const k = kit(world);
      const first = localPlace(world, k);
      const second = localPlace(world, k, world.pickRayon(first.units[0].path[1]));
      const work = sameWork(world, k, first);
      const text = [{ lang: k.lang(), voice: k.voice() }];
      return {
        sameWriter: true,
        note: `The same template text and work (${work.interventions[0]}) in ${first.label}, ${world.oblastOf(first.units[0]).names.en} and in ${second.label}, ${world.oblastOf(second.units[0]).names.en}: different people`,
        a: k.spec({ ...work, texts: text }),
        b: k.spec({ ...work, units: second.units, texts: text }),
      };
    },
  },
  {
    name: 'N-SAME-PLACE-OTHER-YEAR', label: 'NONE', count: 10,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const p = period(k.r.int(2021, 2023), k.r.pick([1, 4, 7]), 12);
      const work = sameWork(world, k, place, p);
      const gap = k.r.int(2, 24);
      const voice = k.voice();
      return {
        sameWriter: true,
        note: `${work.interventions[0]} in ${place.label} (${where(world, place.units[0])}) in ${p.start.slice(0, 4)} and again ${gap} months after it ended: same village, another time`,
        a: k.spec({ ...work, texts: [{ lang: k.lang(), voice }] }),
        b: k.spec({ ...work, count: k.count(), period: shiftPeriod(p, 12 + gap, 12), texts: [{ lang: k.lang(), voice: k.r.chance(0.5) ? voice : voice + 1 }] }),
      };
    },
  },
  {
    name: 'N-NEIGHBOUR-RAYON', label: 'NONE', count: 10,
    make(world) {
      const k = kit(world);
      let rayon = world.pickRayon();
      while (!world.neighbourRayon(rayon)) rayon = world.pickRayon();
      const neighbour = world.neighbourRayon(rayon);
      const first = localPlace(world, k, rayon);
      const second = localPlace(world, k, neighbour);
      const work = sameWork(world, k, first);
      return {
        note: `${work.interventions[0]} for the same group in ${first.label}, ${rayon.names.en} and in ${second.label}, ${neighbour.names.en} (neighbouring rayon, same oblast)`,
        a: k.spec({ ...work, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ ...work, units: second.units, count: k.count(), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-NEIGHBOUR-AIMAK', label: 'NONE', count: 6,
    make(world) {
      const k = kit(world);
      const rayon = world.pickRayon();
      const [x, y] = k.r.sample(world.aasOf(rayon), 2);
      const work = sameWork(world, k, { units: [x] });
      return {
        note: `${work.interventions[0]} in ${x.names.en} and in ${y.names.en}, two ayil aimaks of ${rayon.names.en}: neighbours, different people`,
        a: k.spec({ ...work, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ ...work, units: [y], count: k.count(), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-UNRELATED-SAME-PLACE', label: 'NONE', count: 10,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const x = k.local();
      const y = k.unrelatedTo(x);
      const p = k.somePeriod();
      return {
        note: `${x} and ${y} in ${place.label} at the same time: different work`,
        a: k.spec({ units: place.units, interventions: [x], targetGroup: k.groupFor(x), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [y], targetGroup: k.groupFor(y), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-NATIONAL-OTHER', label: 'NONE', count: 8,
    make(world) {
      const k = kit(world);
      const x = k.district();
      const place = localPlace(world, k);
      const y = k.unrelatedTo(x);
      const p = k.somePeriod();
      return {
        note: `National ${x} programme and a ${y} project in ${place.label}: a national programme touches everyone a little, the work differs`,
        a: k.spec({ units: [world.country], interventions: [x], targetGroup: k.groupFor(x), count: 50000, period: period(Number(p.start.slice(0, 4)) - 1, 1, 60), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [y], targetGroup: k.groupFor(y), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-NATIONAL-THEME', label: 'NONE', count: 6,
    make(world) {
      const k = kit(world);
      const [x, y] = k.r.pick(THEME_NEIGHBOURS);
      const place = localPlace(world, k);
      const p = k.somePeriod();
      return {
        note: `National ${x} programme and a ${y} project in ${place.label}: a theme in common, not the work`,
        a: k.spec({ units: k.r.chance(0.7) ? [world.country] : world.oblasts, interventions: [x], targetGroup: k.groupFor(x), count: 80000, period: period(Number(p.start.slice(0, 4)) - 1, 1, 60), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [y], targetGroup: k.groupFor(y), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-OBLAST-OTHER-WORK', label: 'NONE', count: 6,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const oblast = world.oblastOf(place.units[0]);
      const x = k.local();
      const y = k.unrelatedTo(x);
      const p = k.somePeriod();
      return {
        note: `Oblast programme of ${y} across ${oblast.names.en} and a ${x} project in ${place.label}: same oblast, different work`,
        a: k.spec({ units: [oblast], interventions: [y], targetGroup: k.groupFor(y), count: 5000, period: shiftPeriod(p, -6, 48), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [x], targetGroup: k.groupFor(x), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-CO-FINANCED', label: 'NONE', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const work = sameWork(world, k, place);
      const declared = k.r.chance(0.5);
      const donor = world.organisation('donor');
      const voice = k.voice();
      const a = k.spec({ ...work, texts: [{ lang: k.lang(), voice }] });
      const b = k.spec({ ...work, texts: [{ lang: k.lang(), voice }] });
      if (declared) b.coFinanced = ['<a>'];
      else (a.funders = [donor, world.organisation('donor')]), (b.funders = [donor]);
      return {
        sameWriter: true,
        note: `${work.interventions[0]} in ${place.label}, ${declared ? 'declared as co-financing each other' : 'both funded in part by the same donor'}: one plan, not a duplicate`,
        a,
        b,
      };
    },
  },
  {
    name: 'N-FUNDING-CHAIN', label: 'NONE', count: 6,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const work = sameWork(world, k, place);
      const donor = world.organisation('donor');
      const voice = k.voice();
      const la = k.lang();
      return {
        sameWriter: true,
        note: `${work.interventions[0]} in ${place.label} registered by the donor and by its implementer, who names the donor as funder: one money flow seen twice`,
        a: { ...k.spec({ ...work, texts: [{ lang: la, voice }] }), owner: donor, funders: [] },
        b: k.spec({ ...work, funders: [donor], texts: [{ lang: k.otherLang(la), voice }] }),
      };
    },
  },
  {
    name: 'N-RANDOM', label: 'NONE', count: 12,
    make(world) {
      const k = kit(world);
      const first = localPlace(world, k);
      let second = localPlace(world, k, world.pickRayon(k.r.chance(0.5) ? first.units[0].path[1] : undefined));
      while (second.units[0].path[2] === first.units[0].path[2]) second = localPlace(world, k);
      const x = k.local();
      const y = k.r.chance(0.3) ? x : k.local();
      return {
        note: `Unrelated projects: ${x} in ${first.label} and ${y} in ${second.label}`,
        a: k.spec({ units: first.units, interventions: [x], targetGroup: k.groupFor(x), count: k.count(), period: k.somePeriod(), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: second.units, interventions: [y], targetGroup: k.groupFor(y), count: k.count(), period: k.somePeriod(), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'N-SEQUENTIAL-PHASE', label: 'NONE', count: 6,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const p = period(k.r.int(2021, 2024), k.r.pick([1, 7]), k.r.pick([12, 24]));
      const work = sameWork(world, k, place, p);
      const months = Number(p.end.slice(0, 4)) * 12 + Number(p.end.slice(5, 7)) - (Number(p.start.slice(0, 4)) * 12 + Number(p.start.slice(5, 7))) + 1;
      const voice = k.voice();
      return {
        sameWriter: true,
        note: `Phase 1 and phase 2 of ${work.interventions[0]} in ${place.label}: the second starts the month after the first ends`,
        a: k.spec({ ...work, texts: [{ lang: 'en', voice }] }),
        b: k.spec({ ...work, count: k.count(), period: shiftPeriod(p, months, 24), texts: [{ lang: 'en', voice }] }),
      };
    },
  },
];
