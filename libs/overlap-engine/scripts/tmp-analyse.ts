import { readFileSync } from 'node:fs';
import { measureQuality, type LabelledSet } from '../src/quality/measure-quality';
import { PRIOR_LOG2_ODDS } from '../src/model/match-weights';
const report = measureQuality(JSON.parse(readFileSync(process.argv[2], 'utf8')) as LabelledSet);
const by = new Map<string, { label: string; w: number[]; d: number[]; t: number[] }>();
for (const { pair, result } of report.scored) {
  const e = by.get(pair.scenario) ?? { label: pair.label, w: [], d: [], t: [] };
  e.w.push(result.totalWeight - PRIOR_LOG2_ODDS); e.d.push(result.duplicateWeight); e.t.push(result.components.text.value);
  by.set(pair.scenario, e);
}
for (const [s, e] of by) {
  const f = (x: number[], k = 1) => x.sort((a, b) => a - b).map((v) => v.toFixed(k)).join(' ');
  console.log(`${s.padEnd(24)} ${e.label.padEnd(9)} evidence: ${f(e.w)}\n${''.padEnd(34)} dup: ${f(e.d)}\n${''.padEnd(34)} text: ${f(e.t, 2)}`);
}
