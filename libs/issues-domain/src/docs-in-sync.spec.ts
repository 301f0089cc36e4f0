import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADVOCACY_TRANSITIONS } from './advocacy/advocacy-transitions';
import { DEFAULT_RESPONSE_DEADLINE_DAYS } from './deadlines/deadline-config';
import { EVIDENCE_INDICATORS } from './evidence/evidence-indicators';
import { ISSUE_TRANSITIONS } from './lifecycle/issue-transitions';
import { KEYWORD_GROUPS } from './routing/keyword-groups';
import { ROUTING_RULES } from './routing/routing-rules';

/** docs/issues.md renders the tables that are data here; a change to one must show in the other. */
const doc = readFileSync(join(__dirname, '../../../docs/issues.md'), 'utf8');

describe('docs/issues.md', () => {
  it.each(ROUTING_RULES.map((rule) => [rule.id]))('documents routing rule %s', (id) => {
    expect(doc).toContain(`| \`${id}\` |`);
  });

  it.each(Object.keys(KEYWORD_GROUPS).map((id) => [id]))('documents keyword group %s', (id) => {
    expect(doc).toContain(`| \`${id}\` |`);
  });

  it.each(ISSUE_TRANSITIONS.map((row) => [row.action, row.from.join(', '), row.to, row.actors.join(', ')]))('documents %s from %s to %s by %s', (action, from, to, actors) => {
    expect(doc).toContain(`| \`${action}\` | ${from} | ${to} | ${actors} |`);
  });

  it.each(ADVOCACY_TRANSITIONS.map((row) => [row.action, row.from, row.to]))('documents advocacy %s from %s to %s', (action, from, to) => {
    expect(doc).toContain(`| \`${action}\` | ${from} | ${to} |`);
  });

  it.each(EVIDENCE_INDICATORS.map((indicator) => [indicator.code, indicator.unit]))('documents indicator %s in %s', (code, unit) => {
    expect(doc).toContain(`| \`${code}\` | ${unit} |`);
  });

  it.each(Object.entries(DEFAULT_RESPONSE_DEADLINE_DAYS))('documents the %s deadline of %i days', (level, days) => {
    expect(doc).toContain(`| ${level} | ${days} days |`);
  });
});
