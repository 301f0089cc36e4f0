import { readFileSync } from 'node:fs';
import { createEngineContext } from '../src/create-engine-context';
import { prepareProfile } from '../src/prepare-profile';
import type { LabelledSet } from '../src/quality/measure-quality';
import { scorePair } from '../src/score-pair';
import { measureSignals } from '../src/measure-signals';
import { weighSignals } from '../src/weigh-signals';
import { geographyOverlap } from '../src/signals/geography-overlap';
import { textSimilarity } from '../src/signals/text-similarity';
import { themeSimilarity } from '../src/signals/theme-similarity';
import { interventionOverlap } from '../src/signals/intervention-overlap';
import { targetGroupOverlap } from '../src/signals/target-group-overlap';
import { periodOverlap } from '../src/signals/period-overlap';
const set = JSON.parse(readFileSync('/tmp/oe/dev-pairs.json', 'utf8')) as LabelledSet;
const ctx = createEngineContext(set.context);
const P = set.pairs.flatMap((p) => [p.a, p.b]).map((p) => prepareProfile(p, ctx));
const N = 300_000;
function time(name: string, f: (a: any, b: any) => unknown) {
  for (let i = 0; i < 20000; i++) f(P[i % P.length], P[(i * 7 + 3) % P.length]);
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) f(P[i % P.length], P[(i * 7 + 3) % P.length]);
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(name.padEnd(12), Math.round(N / s), '/s');
}
time('scorePair', scorePair);
time('measure', measureSignals);
time('weigh', (a, b) => weighSignals(measureSignals(a, b)));
time('geo', geographyOverlap);
time('text', (a, b) => textSimilarity(a.text, b.text));
time('theme', (a, b) => themeSimilarity(a.themes, b.themes));
time('interv', (a, b) => interventionOverlap(a.interventions, b.interventions, a.interventionFamilies, b.interventionFamilies));
time('tg', (a, b) => targetGroupOverlap(a.targetGroups, b.targetGroups));
time('period', (a, b) => periodOverlap(a.period, b.period));
const S = P.slice(0, 200).map((a, i) => measureSignals(a, P[(i * 7 + 3) % P.length]));
{ const t = process.hrtime.bigint(); for (let i = 0; i < N; i++) weighSignals(S[i % S.length]); console.log('weigh-only', Math.round(N / (Number(process.hrtime.bigint() - t) / 1e9))); }
{ const t = process.hrtime.bigint(); let x = 0; for (let i = 0; i < N; i++) x += Math.log2((i + 1) / 7); console.log('log2', Math.round(N / (Number(process.hrtime.bigint() - t) / 1e9)), x > 0); }
