// OVERLAP scenarios of the labelled set: the same people or place served by similar or related work
// at the same time, but not the same scope. Labels follow the labelling guide in docs/overlap.md and
// were fixed with the scenario, before any pair was scored.
import { period, shiftPeriod } from './build-project.mjs';
import { GROUPS, kit, localPlace, where } from './scenario-kit.mjs';

const wholeOblast = (world, k, oblast) =>
  k.r.chance(0.7) ? [oblast] : world.ruralRayons.filter((r) => r.path[1] === oblast.code);

export const OVERLAP_SCENARIOS = [
  {
    name: 'O-OBLAST-VILLAGE', label: 'OVERLAP', count: 10,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const oblast = world.oblastOf(place.units[0]);
      const code = k.local();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      const programme = k.r.chance(0.5) ? [code] : [code, k.unrelatedTo(code)];
      return {
        note: `Oblast-wide programme with ${code} across ${oblast.names.en} and a ${code} project in ${place.label} of that oblast at the same time: the village may be served twice`,
        a: k.spec({ units: wholeOblast(world, k, oblast), interventions: programme, targetGroup: group, count: k.count() * 20, period: period(Number(p.start.slice(0, 4)) - k.r.int(0, 1), 1, 48), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: k.r.chance(0.7) ? group : k.groupFor(code), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-RAYON-LOCAL', label: 'OVERLAP', count: 10,
    make(world) {
      const k = kit(world);
      const rayon = world.pickRayon();
      const place = localPlace(world, k, rayon);
      const code = k.r.chance(0.6) ? k.local() : k.district();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      return {
        note: `Rayon-wide ${code} in ${rayon.names.en} (${world.oblastOf(rayon).names.en}) and ${code} in ${place.label} inside it, same years`,
        a: k.spec({ units: [rayon], interventions: [code], targetGroup: group, count: k.count() * 5, period: shiftPeriod(p, -k.r.int(0, 6), 36), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-AIMAK-VILLAGE', label: 'OVERLAP', count: 6,
    make(world) {
      const k = kit(world);
      let aa = k.aaWithVillages();
      while (world.villagesOf(aa).length < 3) aa = k.aaWithVillages();
      const village = k.village(aa);
      const code = k.local();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      return {
        note: `${code} across ${aa.names.en} (${world.villagesOf(aa).length} villages) and ${code} in one of its villages, ${village.names.en}: nested, not the same scope`,
        a: k.spec({ units: [aa], interventions: [code], targetGroup: group, count: k.count() * 3, period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: [village], interventions: [code], targetGroup: group, count: k.count(), period: shiftPeriod(p, k.r.int(0, 4), 24), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-RELATED-WORK', label: 'OVERLAP', count: 10,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const [x, y] = k.relatedPair();
      const p = k.somePeriod();
      return {
        note: `${x} and ${y} (related work) in ${place.label}, ${where(world, place.units[0])}, at the same time`,
        a: k.spec({ units: place.units, interventions: [x], targetGroup: k.groupFor(x), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [y], targetGroup: k.groupFor(y), count: k.count(), period: shiftPeriod(p, k.r.int(0, 3), 24), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-OTHER-GROUP', label: 'OVERLAP', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.r.pick(Object.keys(GROUPS).filter((c) => GROUPS[c].length >= 3));
      const [g1, g2] = k.r.sample(GROUPS[code], 2);
      const p = k.somePeriod();
      return {
        note: `${code} in ${place.label} at the same time, for ${g1} and for ${g2}: different people, same work and place`,
        a: k.spec({ units: place.units, interventions: [code], targetGroup: g1, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: g2, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-PARTIAL-PERIOD', label: 'OVERLAP', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const group = k.groupFor(code);
      const p = period(k.r.int(2022, 2025), 1, 24);
      const lag = k.r.int(14, 17);
      return {
        note: `${code} for ${group} in ${place.label}; the second starts ${lag} months into the first's 24 and they run together for ${24 - lag} months`,
        a: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: shiftPeriod(p, lag, 24), texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-PARTIAL-COVERAGE', label: 'OVERLAP', count: 8,
    make(world) {
      const k = kit(world);
      let rayon = world.pickRayon();
      while (world.aasOf(rayon).length < 5) rayon = world.pickRayon();
      // The shared ayil aimak is the smallest of the five, so that it is a minority of each side.
      const [common, ...rest] = k.r.sample(world.aasOf(rayon), 5).sort((x, y) => x.settlements - y.settlements);
      const code = k.local();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      return {
        note: `${code} in three ayil aimaks of ${rayon.names.en} each, one of them (${common.names.en}) in both`,
        a: k.spec({ units: [common, rest[0], rest[1]], interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: [common, rest[2], rest[3]], interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-PROGRAMME-COMPONENT', label: 'OVERLAP', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const programme = k.programme();
      const component = k.r.pick(programme);
      const p = k.somePeriod();
      return {
        note: `Integrated programme (${programme.join(', ')}) and a single ${component} project in ${place.label}: one component overlaps`,
        a: k.spec({ units: place.units, interventions: programme, targetGroup: k.groupFor(programme[0]), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: place.units, interventions: [component], targetGroup: k.groupFor(component), count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
  {
    name: 'O-NATIONAL-SAME', label: 'OVERLAP', count: 8,
    make(world) {
      const k = kit(world);
      const code = k.r.pick(['SCHOOL_MEALS', 'VETERINARY_SERVICES', 'SEED_SUPPLY', 'FARMER_FIELD_SCHOOL']);
      const group = GROUPS[code][0];
      const rayon = world.pickRayon();
      const local = k.r.chance(0.5) ? [rayon] : localPlace(world, k, rayon).units;
      const p = k.somePeriod();
      const national = k.r.chance(0.7) ? [world.country] : world.oblasts;
      return {
        note: `National ${code} programme for ${group} and a ${code} project for ${group} in ${local[0].names.en} (${world.oblastOf(rayon).names.en}), same years: the same pupils/farmers may be served twice`,
        a: k.spec({ units: national, interventions: [code], targetGroup: group, count: 100000, period: period(Number(p.start.slice(0, 4)) - 1, 1, 60), texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: local, interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
      };
    },
  },
];
