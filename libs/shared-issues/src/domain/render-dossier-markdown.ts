import { Dossier } from './dossier';
import { factLine, indicatorLabel, indicatorValue, summaryLines, triggerSentence } from './dossier-labels';

/** The dossier as Markdown, to print or paste into a meeting's papers. Deterministic. */
export function renderDossierMarkdown(d: Dossier): string {
  const out: string[] = [];
  out.push(`# Shared issue: ${inline(d.title)}`, '');
  out.push(`Dossier prepared ${d.preparedAt.slice(0, 10)} for the coordinating body. ${triggerSentence(d)}`, '');
  if (d.note) out.push(`> ${inline(d.note)}`, '');
  out.push('## Summary', '', '| | |', '| --- | --- |', ...summaryLines(d).map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
  if (d.indicators.length) {
    out.push('## Evidence', '', '| indicator | value | villages reporting |', '| --- | --- | --- |');
    out.push(...d.indicators.map((i) => `| ${indicatorLabel(i.indicator)} | ${indicatorValue(i)} | ${i.unitsReporting} |`), '');
  }
  out.push('## Villages', '', ...d.villages.map((v) => `- ${inline(v.name)}${v.within ? ` (${inline(v.within)})` : ''}`), '');
  out.push('## Organisations', '', ...d.organisations.map((o) => `- ${inline(o.name)} (${o.kind})`), '');
  if (d.projects.length) out.push('## Projects', '', ...d.projects.map((p) => `- ${inline(p.title)}`), '');
  out.push('## Issues', '');
  d.issues.forEach((issue, index) => {
    out.push(`### ${index + 1}. ${inline(issue.village)}: ${inline(issue.title ?? issue.organisation)}`, '');
    out.push(`Raised by ${inline(issue.organisation)}; ${issue.level} level; ${issue.state}.`, '');
    out.push(`**Proposal.** ${inline(issue.proposal)}`, '');
    if (issue.evidence.length) out.push(...issue.evidence.map((f) => `- ${inline(factLine(f))}`), '');
    if (issue.whyInThisGroup.length) out.push(`*Why in this group (${issue.groupedBy.toLowerCase()}):* ${inline(issue.whyInThisGroup.join('; '))}`, '');
  });
  if (d.conflicts.length) {
    out.push('## Differing figures', '', ...d.conflicts.map((c) => `- ${indicatorLabel(c.indicator)} in ${inline(d.villages.find((v) => v.unitId === c.unitId)?.name ?? c.unitId)}: ${c.values.map((v) => v.value).join(' / ')} (counted: ${c.used})`), '');
  }
  if (d.advocacy.length) out.push('## Advocacy', '', ...d.advocacy.map((a) => `- ${inline(a.title)} (${a.kind}, ${a.channel}): ${a.waiting}`), '');
  out.push(`<!-- ${d.schema} ${d.sharedIssueId} -->`, '');
  return out.join('\n');
}

/** User text on one line, with Markdown's active characters escaped so that it cannot restructure the page. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
