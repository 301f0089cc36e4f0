/**
 * Prints the model's levels, probabilities and weights as the markdown tables of docs/overlap.md.
 *
 *   npx ts-node --transpile-only -P tsconfig.json libs/overlap-engine/scripts/print-weights.ts
 */
import * as model from '../src/model/match-weights';

const tables = {
  geography: model.GEOGRAPHY_LEVELS,
  themes: model.THEME_LEVELS,
  period: model.PERIOD_LEVELS,
  interventions: model.INTERVENTION_LEVELS,
  targetGroups: model.TARGET_GROUP_LEVELS,
  text: model.TEXT_LEVELS,
};
for (const [signal, table] of Object.entries(tables)) {
  console.log(`\n**${signal}**\n\n| level | m | u | weight log2(m/u) | d | o | duplicate weight log2(d/o) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const [level, p] of Object.entries(table)) {
    const f = (x: number) => (Math.abs(x) < 0.001 && x !== 0 ? x.toExponential(0) : String(x));
    console.log(`| ${level} | ${f(p.m)} | ${f(p.u)} | ${model.matchWeight(p).toFixed(2)} | ${f(p.d)} | ${f(p.o)} | ${model.duplicateWeight(p).toFixed(2)} |`);
  }
}
console.log(`\nPRIOR_LOG2_ODDS ${model.PRIOR_LOG2_ODDS}, DUPLICATE_PRIOR_LOG2_ODDS ${model.DUPLICATE_PRIOR_LOG2_ODDS}`);
