import { Fact } from '@yntymak/issues-domain';
import { buildDossier, DossierInput } from './dossier';
import { renderDossierHtml } from './render-dossier-html';
import { renderDossierMarkdown } from './render-dossier-markdown';

const facts = (altitude: number, population: number, vulnerable: number): Fact[] => [
  { indicator: 'ALTITUDE', value: altitude, unit: 'm', source: 'ayil okmotu', date: '2025' },
  { indicator: 'POPULATION', value: population, unit: 'persons', source: 'social passports', date: '2025' },
  { indicator: 'VULNERABLE_HOUSEHOLDS', value: vulnerable, unit: 'households', source: 'social passports', date: '2025' },
];

const input: DossierInput = {
  sharedIssue: { id: 'si-1', title: 'Keep dairy-goat breeds pure', level: 'NATIONAL', themeCodes: ['LIVESTOCK'], interventionCodes: ['DAIRY_GOATS'] },
  members: [
    { issueId: 'b', organisationId: 'o2', unitId: 'u2', projectId: null, title: 'Breed <lost>', proposal: 'Link farmers to *pure-bred* farms | now', level: 'LOCAL', state: 'ADDRESSED', evidence: facts(2230, 1540, 97), groupedBy: 'AUTOMATIC', explanation: ['same intervention DAIRY_GOATS'] },
    { issueId: 'a', organisationId: 'o1', unitId: 'u1', projectId: 'p1', title: 'Breed purity', proposal: 'Keep dairy-goat breeds pure at national level', level: 'NATIONAL', state: 'ADDRESSED', evidence: facts(2100, 3450, 212), groupedBy: 'MANUAL', explanation: ['Merged by the coordinator'] },
  ],
  organisations: new Map([
    ['o1', { name: 'Implementer A', kind: 'IMPLEMENTER' }],
    ['o2', { name: 'Implementer B', kind: 'IMPLEMENTER' }],
  ]),
  units: new Map([
    ['u1', { name: 'Kazybek', within: 'At-Bashy, Naryn' }],
    ['u2', { name: 'Jergetal', within: 'Naryn rayon, Naryn' }],
  ]),
  projects: new Map([['p1', 'Goats for Naryn']]),
  threshold: { reached: false, reasons: ['2 of 5 villages needed: 3 more', '2 of 1 organisations needed'] },
  trigger: 'ON_DEMAND',
  note: 'For the MoA meeting',
  advocacy: [{ id: 'ad-1', title: 'Breed register', kind: 'NORMATIVE_ACT', channel: 'MOA_MEMORANDUM', state: 'SUBMITTED', waiting: 'submitted April 2025, not adopted after 10 days' }],
  preparedAt: new Date('2025-09-01T03:00:00Z'),
};

describe('the dossier', () => {
  const dossier = buildDossier(input);

  it('aggregates the evidence and orders issues by id, villages and organisations by name', () => {
    expect(dossier.summary).toEqual({ issues: 2, villages: 2, totalPopulation: 4990, vulnerableHouseholds: 309, organisations: 2, projects: 1 });
    expect(dossier.issues.map((i) => i.issueId)).toEqual(['a', 'b']);
    expect(dossier.villages.map((v) => v.name)).toEqual(['Jergetal', 'Kazybek']);
    expect(dossier.indicators.find((i) => i.indicator === 'ALTITUDE')).toMatchObject({ min: 2100, max: 2230 });
  });

  it('is the same document for the same input, whatever the member order', () => {
    const again = buildDossier({ ...input, members: [...input.members].reverse() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dossier));
    expect(renderDossierMarkdown(again)).toBe(renderDossierMarkdown(dossier));
    expect(renderDossierHtml(again)).toBe(renderDossierHtml(dossier));
  });

  it('renders Markdown for a meeting, with user text escaped', () => {
    const md = renderDossierMarkdown(dossier);
    expect(md).toContain('# Shared issue: Keep dairy-goat breeds pure');
    expect(md).toContain('| Total population | 4,990 |');
    expect(md).toContain('| Altitude | 2,100–2,230 m | 2 |');
    expect(md).toContain("Sent to the coordinating body on the coordinator's request.");
    expect(md).toContain('Link farmers to \\*pure-bred\\* farms \\| now');
    expect(md).toContain('- Breed register (NORMATIVE_ACT, MOA_MEMORANDUM): submitted April 2025, not adopted after 10 days');
  });

  it('renders printable HTML without scripts, escaping user text', () => {
    const html = renderDossierHtml(dossier);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Breed &lt;lost&gt;');
    expect(html).not.toContain('<lost>');
    expect(html).not.toMatch(/<script|src=|href=/i);
    expect(html).toContain('<tr><th>Vulnerable households</th><td>309</td></tr>');
  });
});
