import { readFileSync } from 'node:fs';
import type { LabelledSet } from '../src/quality/measure-quality';
import { createEngineContext } from '../src/create-engine-context';
import { prepareProfile } from '../src/prepare-profile';
import { compareConcepts } from '../src/text/extract-concepts';
import { cosineOfSets } from '../src/text/cosine-of-sets';
const set = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LabelledSet;
const ctx = createEngineContext(set.context);
for (const pair of set.pairs.filter((p) => process.argv.slice(3).includes(p.scenario))) {
  const a = prepareProfile(pair.a, ctx), b = prepareProfile(pair.b, ctx);
  let lex = 0; for (const x of a.text.documents) for (const y of b.text.documents) lex = Math.max(lex, cosineOfSets(x, y));
  const con = compareConcepts(a.text.concepts, b.text.concepts);
  console.log(pair.id, pair.scenario, 'lex', lex.toFixed(2), 'con', con.toFixed(2));
  console.log('  A', JSON.stringify(pair.a.titles), JSON.stringify(pair.a.descriptions).slice(0, 300));
  console.log('  B', JSON.stringify(pair.b.titles), JSON.stringify(pair.b.descriptions).slice(0, 300));
  console.log('  ', [...a.text.concepts.keys()].join(','), '|', [...b.text.concepts.keys()].join(','));
}
