/** What a day brought an organisation. Pure: the numbers come from the database, the words from here. */
export interface DigestContent {
  organisationName: string;
  day: string;
  newOverlaps: Array<{ score: number; kind: string; explanation: string }>;
  changedOverlaps: number;
  decisions: Array<{ decision: string; explanation: string }>;
  openOverlaps: number;
  unreadAlerts: number;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (score: number) => `${Math.round(score * 100)}%`;

export function renderDigestText(d: DigestContent): string {
  const lines = [`Yntymak daily digest for ${d.organisationName}, ${d.day}`, ''];
  lines.push(`New overlaps: ${d.newOverlaps.length}`);
  for (const o of d.newOverlaps) lines.push(`  - ${o.kind} ${pct(o.score)}: ${o.explanation}`);
  lines.push(`Overlaps that changed: ${d.changedOverlaps}`);
  lines.push(`Decisions by the coordinating agency: ${d.decisions.length}`);
  for (const x of d.decisions) lines.push(`  - ${x.decision}: ${x.explanation}`);
  lines.push('', `Open overlaps now: ${d.openOverlaps}. Unread alerts: ${d.unreadAlerts}.`);
  return lines.join('\n');
}

export function renderDigestHtml(d: DigestContent): string {
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  return [
    `<h1>Yntymak daily digest</h1>`,
    `<p>${escapeHtml(d.organisationName)}, ${escapeHtml(d.day)}</p>`,
    `<h2>New overlaps: ${d.newOverlaps.length}</h2>`,
    list(d.newOverlaps.map((o) => `<strong>${escapeHtml(o.kind)} ${pct(o.score)}</strong>: ${escapeHtml(o.explanation)}`)),
    `<p>Overlaps that changed: ${d.changedOverlaps}</p>`,
    `<h2>Decisions by the coordinating agency: ${d.decisions.length}</h2>`,
    list(d.decisions.map((x) => `<strong>${escapeHtml(x.decision)}</strong>: ${escapeHtml(x.explanation)}`)),
    `<p>Open overlaps now: ${d.openOverlaps}. Unread alerts: ${d.unreadAlerts}.</p>`,
  ].join('\n');
}
