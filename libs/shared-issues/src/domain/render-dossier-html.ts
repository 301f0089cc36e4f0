import { Dossier } from './dossier';
import { factLine, indicatorLabel, indicatorValue, summaryLines, triggerSentence } from './dossier-labels';

const STYLE = `body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;line-height:1.45}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left}h3{margin-bottom:.2rem}@media print{body{margin:0}}`;

/** The dossier as a printable, self-contained HTML page (no scripts, no external resources). Deterministic. */
export function renderDossierHtml(d: Dossier): string {
  const rows = (pairs: [string, string][]) => pairs.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Shared issue: ${esc(d.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>Shared issue: ${esc(d.title)}</h1>`,
    `<p>Dossier prepared ${esc(d.preparedAt.slice(0, 10))} for the coordinating body. ${esc(triggerSentence(d))}</p>`,
    d.note ? `<blockquote>${esc(d.note)}</blockquote>` : '',
    `<h2>Summary</h2><table>${rows(summaryLines(d))}</table>`,
    d.indicators.length
      ? `<h2>Evidence</h2><table><tr><th>indicator</th><th>value</th><th>villages reporting</th></tr>${d.indicators
          .map((i) => `<tr><td>${esc(indicatorLabel(i.indicator))}</td><td>${esc(indicatorValue(i))}</td><td>${i.unitsReporting}</td></tr>`)
          .join('')}</table>`
      : '',
    `<h2>Villages</h2>${list(d.villages.map((v) => `${esc(v.name)}${v.within ? ` (${esc(v.within)})` : ''}`))}`,
    `<h2>Organisations</h2>${list(d.organisations.map((o) => `${esc(o.name)} (${esc(o.kind)})`))}`,
    d.projects.length ? `<h2>Projects</h2>${list(d.projects.map((p) => esc(p.title)))}` : '',
    '<h2>Issues</h2>',
    ...d.issues.map(
      (issue, index) =>
        `<h3>${index + 1}. ${esc(issue.village)}: ${esc(issue.title ?? issue.organisation)}</h3>` +
        `<p>Raised by ${esc(issue.organisation)}; ${esc(issue.level)} level; ${esc(issue.state)}.</p>` +
        `<p><strong>Proposal.</strong> ${esc(issue.proposal)}</p>` +
        (issue.evidence.length ? list(issue.evidence.map((f) => esc(factLine(f)))) : '') +
        (issue.whyInThisGroup.length ? `<p><em>Why in this group (${esc(issue.groupedBy.toLowerCase())}):</em> ${esc(issue.whyInThisGroup.join('; '))}</p>` : ''),
    ),
    d.advocacy.length ? `<h2>Advocacy</h2>${list(d.advocacy.map((a) => `${esc(a.title)} (${esc(a.kind)}, ${esc(a.channel)}): ${esc(a.waiting)}`))}` : '',
    `<!-- ${esc(d.schema)} ${esc(d.sharedIssueId)} -->`,
    '</body></html>',
    '',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
