/**
 * Prints the quality report of the engine on a labelled set (default: the committed one), in the
 * form docs/overlap.md quotes it, plus every misclassified pair.
 *
 *   npx ts-node --transpile-only -P tsconfig.json libs/overlap-engine/scripts/report-quality.ts [file] [--all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureQuality, type BinaryQuality, type LabelledSet } from '../src/quality/measure-quality';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? join(__dirname, '..', 'test-data', 'labelled-pairs.json');
const report = measureQuality(JSON.parse(readFileSync(file, 'utf8')) as LabelledSet);

const row = (name: string, q: BinaryQuality) =>
  `| ${name} | ${q.truePositives} | ${q.falsePositives} | ${q.falseNegatives} | ${q.trueNegatives} | ${q.precision.toFixed(3)} | ${q.recall.toFixed(3)} | ${q.f1.toFixed(3)} |`;
console.log(`${report.pairs} pairs from ${file}\n`);
console.log('| decision | TP | FP | FN | TN | precision | recall | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(row('raised (DUPLICATE or OVERLAP) vs NONE', report.flag));
console.log(row('DUPLICATE vs the rest', report.duplicate));
console.log('\n| label \\ engine | DUPLICATE | OVERLAP | NONE |\n| --- | ---: | ---: | ---: |');
for (const [label, row2] of Object.entries(report.confusion)) console.log(`| ${label} | ${row2.DUPLICATE} | ${row2.OVERLAP} | ${row2.NONE} |`);

const byScenario = new Map<string, { n: number; right: number }>();
for (const { pair, result } of report.scored) {
  const s = byScenario.get(pair.scenario) ?? { n: 0, right: 0 };
  s.n++;
  if (pair.label === result.kind) s.right++;
  byScenario.set(pair.scenario, s);
}
console.log('\n| scenario | pairs | engine agrees |\n| --- | ---: | ---: |');
for (const [name, s] of byScenario) console.log(`| ${name} | ${s.n} | ${s.right} |`);

console.log('\nDisagreements:');
for (const { pair, result } of report.scored) {
  if (pair.label === result.kind && !args.includes('--all')) continue;
  const c = result.components;
  console.log(`${pair.id} ${pair.scenario} label=${pair.label} engine=${result.kind} score=${result.score} W=${result.totalWeight}`);
  console.log(`   geo=${c.geography.level}(${c.geography.weight}) sh=${c.geography.shares} th=${c.themes.level}(${c.themes.weight}) per=${c.period.level}(${c.period.weight}) int=${c.interventions.level}(${c.interventions.weight}) tg=${c.targetGroups.level}(${c.targetGroups.weight}) txt=${c.text.level}(${c.text.weight}) v=${c.text.value} t=${c.text.titles}`);
  console.log(`   ${result.explanation}`);
}
