#!/usr/bin/env node
// Generates labelled-pairs.json, the overlap engine's quality set: project pairs built from the real
// Kyrgyz hierarchy (libs/geography/data), each labelled DUPLICATE, OVERLAP or NONE by the scenario
// that made it, with a note saying why. Deterministic for a seed.
//
//   node libs/overlap-engine/test-data/generate-labelled-pairs.mjs [--seed N] [--out FILE]
//
// The committed file uses the default seed. A different seed gives a development set of the same
// scenarios with other places, words and dates (used to tune; the committed set is the held-out one).
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProfile, createRandom, createWorld } from './build-project.mjs';
import { loadReferenceData } from './reference-data.mjs';
import { TARGET_GROUPS } from './phrasebook.mjs';
import { DUPLICATE_SCENARIOS } from './scenarios-duplicate.mjs';
import { NONE_SCENARIOS } from './scenarios-none.mjs';
import { OVERLAP_SCENARIOS } from './scenarios-overlap.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const DEFAULT_SEED = 20261125;

const LABELLING_GUIDE = [
  'DUPLICATE: the same kind of help for the same people at the same time. Coverage the same or nearly (each covers at least about half of the other), the same main intervention(s) (neither is a broad programme of which the other is one part), compatible target groups, periods together for at least half of the shorter. Includes one project registered twice by two owners with no declared funding link, in any language or script, and projects of two donors doing the same thing in the same place independently (duplication of effort).',
  'OVERLAP: not a duplicate, but similar or related work reaches the same people or place at the same time and should be coordinated: nested coverage with the same intervention (an oblast, rayon or ayil aimak programme containing the other project\'s village; a national programme only when it delivers the same intervention to the same target group), related interventions in the same place (greenhouse and winter tunnels), the same intervention for different groups in the same place, one component of an integrated programme, a minority of coverage shared, or periods together for roughly a quarter to a half of the shorter.',
  'NONE: different people (neighbouring village, ayil aimak or rayon; the same text in another oblast), different time (the same village in another year, a next phase), different work (a theme in common at most, including national and oblast programmes), or one money flow: declared co-financing, a shared funder or a funding chain (the engine must know this before any reviewer).',
];

function main() {
  const args = parseArgs(process.argv.slice(2));
  const reference = loadReferenceData(join(ROOT, 'libs', 'geography', 'data'));
  const random = createRandom(args.seed);
  const world = createWorld(reference, random);
  const pairs = [];
  for (const scenario of [...DUPLICATE_SCENARIOS, ...OVERLAP_SCENARIOS, ...NONE_SCENARIOS]) {
    for (let i = 0; i < scenario.count; i++) pairs.push(makePair(world, scenario, pairs.length + 1));
  }
  const output = {
    description: 'Labelled project pairs for the overlap engine (libs/overlap-engine). Real places from libs/geography/data; organisations, texts, counts and dates are synthetic.',
    generatedBy: relative(ROOT, fileURLToPath(import.meta.url)),
    seed: args.seed,
    labellingGuide: LABELLING_GUIDE,
    context: {
      themeParents: reference.themeParents,
      names: {
        units: Object.fromEntries([world.country, ...world.oblasts].map((u) => [u.code, u.names.en])),
        themes: reference.themeNames,
        interventions: Object.fromEntries(Object.values(reference.interventions).map((i) => [i.code, i.nameEn.toLowerCase()])),
        targetGroups: Object.fromEntries(Object.entries(TARGET_GROUPS).map(([code, g]) => [code, g.en])),
      },
    },
    pairs,
  };
  writeFileSync(args.out, serialise(output));
  const counts = pairs.reduce((c, p) => ((c[p.label] = (c[p.label] ?? 0) + 1), c), {});
  process.stdout.write(`${pairs.length} pairs ${JSON.stringify(counts)} -> ${relative(process.cwd(), args.out)}\n`);
}

function makePair(world, scenario, index) {
  const id = `P${String(index).padStart(3, '0')}`;
  const made = scenario.make(world);
  // Two organisations writing independently do not share sentences: b takes another voice than a.
  if (!made.sameWriter) made.b.texts = made.b.texts.map((t, i) => ({ ...t, voice: made.a.texts[0].voice + 1 + i }));
  const a = buildProfile(world, { ...made.a, id: `${id}-a` });
  const b = buildProfile(world, { ...made.b, id: `${id}-b`, coFinanced: made.b.coFinanced?.map((x) => (x === '<a>' ? a.id : x)) });
  const [first, second] = world.random.chance(0.5) ? [a, b] : [b, a];
  return { id, scenario: scenario.name, label: scenario.label, note: made.note, a: first, b: second };
}

/** Pretty at the top, one line per pair, so that a diff shows which pairs changed. */
function serialise(output) {
  const { pairs, ...head } = output;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "pairs": [\n${pairs.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`;
}

function parseArgs(argv) {
  const args = { seed: DEFAULT_SEED, out: join(HERE, 'labelled-pairs.json') };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--seed') args.seed = Number(argv[i + 1]);
    else if (argv[i] === '--out') args.out = argv[i + 1];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

main();
