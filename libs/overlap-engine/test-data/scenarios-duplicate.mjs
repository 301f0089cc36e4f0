// DUPLICATE scenarios of the labelled set: the same help for the same people at the same time.
// Labels follow the labelling guide in docs/overlap.md and were fixed with the scenario, before
// any pair was scored.
import { period, shiftPeriod } from './build-project.mjs';
import { kit, localPlace, where } from './scenario-kit.mjs';

export const DUPLICATE_SCENARIOS = [
  // ---------------------------------------------------------------- DUPLICATE
  {
    name: 'D-TRANSLATION', label: 'DUPLICATE', count: 14,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const common = { units: place.units, interventions: [code], targetGroup: k.groupFor(code), count: k.count(), period: k.somePeriod() };
      const la = k.lang();
      const lb = k.otherLang(la);
      const voice = k.voice();
      return {
        sameWriter: true,
        note: `Same ${code} project in ${place.label}, ${where(world, place.units[0])}, registered twice: in ${la} by the donor and in ${lb} by the implementer, no funding link declared`,
        a: k.spec({ ...common, texts: [{ lang: la, voice }] }),
        b: k.spec({ ...common, count: k.r.chance(0.7) ? common.count : undefined, codedCount: k.r.chance(0.7), themes: world.themesFor([code], k.r.pick(['none', 'parent', 'subset'])), texts: [{ lang: lb, voice }] }),
      };
    },
  },
  {
    name: 'D-SCRIPT', label: 'DUPLICATE', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const common = { units: place.units, interventions: [code], targetGroup: k.groupFor(code), count: k.count(), period: k.somePeriod() };
      const voice = k.voice();
      const variant = k.r.pick(['latin-ru', 'ru-plus-en']);
      const b = variant === 'latin-ru'
        ? [{ lang: 'ru', voice, latin: true, field: 'en' }]
        : [{ lang: 'ky', voice }, { lang: 'en', voice: voice + 1 }];
      return {
        sameWriter: true,
        note: variant === 'latin-ru'
          ? `Same ${code} project in ${place.label}: Russian text in Cyrillic on one side, the same Russian typed in Latin letters on the other`
          : `Same ${code} project in ${place.label}: Russian text on one side, Kyrgyz and English on the other`,
        a: k.spec({ ...common, texts: [{ lang: 'ru', voice }] }),
        b: k.spec({ ...common, texts: b }),
      };
    },
  },
  {
    name: 'D-INDEPENDENT', label: 'DUPLICATE', count: 14,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      const la = k.lang();
      const lb = k.r.chance(0.5) ? la : k.otherLang(la);
      const va = k.voice();
      return {
        note: `Two donors fund ${code} for ${group} in ${place.label}, ${where(world, place.units[0])}, at the same time, written independently (${la}/${lb}): the same help for the same people`,
        a: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: la, voice: va }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: shiftPeriod(p, k.r.int(0, 3), 24), texts: [{ lang: lb, voice: va + 1 + k.r.int(0, 1) }] }),
      };
    },
  },
  {
    name: 'D-CODING-GAPS', label: 'DUPLICATE', count: 8,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const common = { units: place.units, interventions: [code], targetGroup: k.groupFor(code), count: k.count(), period: k.somePeriod() };
      const gap = k.r.pick(['interventions', 'groups', 'themes']);
      const la = k.lang();
      const voice = k.voice();
      return {
        sameWriter: true,
        note: `Same ${code} project in ${place.label} registered twice; one registration has no ${gap} coded, texts in ${la} and another language`,
        a: k.spec({ ...common, texts: [{ lang: la, voice }] }),
        b: k.spec({
          ...common,
          codedInterventions: gap !== 'interventions',
          codedGroups: gap !== 'groups',
          themes: gap === 'themes' ? world.themesFor([code], 'parent') : undefined,
          texts: [{ lang: k.otherLang(la), voice }],
        }),
      };
    },
  },
  {
    name: 'D-AIMAK-VS-VILLAGES', label: 'DUPLICATE', count: 8,
    make(world) {
      const k = kit(world);
      const aa = k.aaWithVillages();
      const villages = world.villagesOf(aa);
      const listed = k.r.sample(villages, Math.max(Math.ceil(villages.length * 0.6), Math.min(villages.length, 2)));
      const code = k.local();
      const common = { interventions: [code], targetGroup: k.groupFor(code), count: k.count(), period: k.somePeriod() };
      const voice = k.voice();
      return {
        note: `Same ${code} work in ${aa.names.en} (${where(world, aa)}): one registers the ayil aimak, the other ${listed.length} of its ${villages.length} villages`,
        a: k.spec({ ...common, units: [aa], texts: [{ lang: k.lang(), voice }] }),
        b: k.spec({ ...common, units: listed, texts: [{ lang: k.lang(), voice: voice + 1 }] }),
      };
    },
  },
  {
    name: 'D-RAYON', label: 'DUPLICATE', count: 6,
    make(world) {
      const k = kit(world);
      const rayon = world.pickRayon();
      const code = k.district();
      const group = k.groupFor(code);
      const p = k.somePeriod();
      return {
        note: `Two rayon-wide ${code} programmes for ${group} in ${rayon.names.en} (${world.oblastOf(rayon).names.en}) at the same time`,
        a: k.spec({ units: [rayon], interventions: [code], targetGroup: group, count: k.count() * 10, period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: [rayon], interventions: [code], targetGroup: group, count: k.count() * 10, period: shiftPeriod(p, k.r.int(0, 2), 24), texts: [{ lang: k.lang(), voice: k.voice() + 1 }] }),
      };
    },
  },
  {
    name: 'D-SHIFTED', label: 'DUPLICATE', count: 6,
    make(world) {
      const k = kit(world);
      const place = localPlace(world, k);
      const code = k.local();
      const group = k.groupFor(code);
      const p = period(k.r.int(2022, 2025), 1, 36);
      const lag = k.r.int(4, 9);
      const voice = k.voice();
      return {
        note: `${code} for ${group} in ${place.label}: same work, the second starts ${lag} months later and runs alongside for most of its time`,
        a: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice }] }),
        b: k.spec({ units: place.units, interventions: [code], targetGroup: group, count: k.count(), period: shiftPeriod(p, lag, 30), texts: [{ lang: k.lang(), voice: voice + 2 }] }),
      };
    },
  },
  {
    name: 'D-PROGRAMME', label: 'DUPLICATE', count: 6,
    make(world) {
      const k = kit(world);
      const rayon = world.pickRayon();
      const aas = k.r.sample(world.aasOf(rayon), 2);
      const programme = k.programme();
      const group = k.groupFor(programme[0]);
      const p = k.somePeriod();
      return {
        note: `Two integrated programmes with the same components (${programme.join(', ')}) in the same two ayil aimaks of ${rayon.names.en}`,
        a: k.spec({ units: aas, interventions: programme, targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() }] }),
        b: k.spec({ units: aas, interventions: k.r.chance(0.5) ? programme : programme.slice(0, 2), targetGroup: group, count: k.count(), period: p, texts: [{ lang: k.lang(), voice: k.voice() + 1 }] }),
      };
    },
  },
];
