import { checkProjectRules } from './check-project-rules';
import { diffProject } from './diff-project';
import { ProjectFields } from './project';

const valid = (): ProjectFields => ({
  title: { en: 'Dairy goats for low-income households' },
  description: {},
  status: 'ACTIVE',
  visibility: 'PUBLISHED',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  budget: { amount: 125000.5, currency: 'USD', confidential: false },
  coverage: ['unit-1'],
  themes: ['LIVESTOCK'],
  interventions: ['DAIRY_GOATS'],
  targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', people: null, households: 212 }],
  parties: [
    { organisationId: 'donor', role: 'FUNDER', sharePercent: 70, receivesFromOrganisationId: null },
    { organisationId: 'wfp', role: 'INTERMEDIARY', sharePercent: null, receivesFromOrganisationId: 'donor' },
    { organisationId: 'ngo', role: 'IMPLEMENTER', sharePercent: null, receivesFromOrganisationId: 'wfp' },
  ],
  iatiIdentifier: null,
  externalReference: null,
});

const fields = (p: ProjectFields) => checkProjectRules(p).map((x) => x.field);

describe('checkProjectRules', () => {
  it('accepts a complete project with a funding chain', () => {
    expect(checkProjectRules(valid())).toEqual([]);
  });

  it.each([
    ['no title in any language', (p: ProjectFields) => (p.title = { en: '  ' }), 'title'],
    ['an impossible date', (p: ProjectFields) => (p.startDate = '2025-02-30'), 'startDate'],
    ['a date in another format', (p: ProjectFields) => (p.endDate = '31.12.2026'), 'endDate'],
    ['start after end', (p: ProjectFields) => (p.startDate = '2027-01-01'), 'endDate'],
    ['a negative amount', (p: ProjectFields) => (p.budget = { amount: -1, currency: 'USD', confidential: false }), 'budget.amount'],
    ['fractions of a cent', (p: ProjectFields) => (p.budget = { amount: 1.234, currency: 'USD', confidential: false }), 'budget.amount'],
    ['an unknown currency', (p: ProjectFields) => (p.budget = { amount: 1, currency: 'XYZ', confidential: false }), 'budget.currency'],
    ['no coverage', (p: ProjectFields) => (p.coverage = []), 'coverage'],
    ['no theme', (p: ProjectFields) => (p.themes = []), 'themes'],
    ['a repeated unit', (p: ProjectFields) => (p.coverage = ['u', 'u']), 'coverage'],
    ['a repeated target group', (p: ProjectFields) => p.targetGroups.push({ code: 'LOW_INCOME_HOUSEHOLDS', people: 1, households: null }), 'targetGroups'],
    ['a target group without counts', (p: ProjectFields) => (p.targetGroups = [{ code: 'WOMEN', people: null, households: null }]), 'targetGroups[0]'],
    ['status ARCHIVED', (p: ProjectFields) => (p.status = 'ARCHIVED'), 'status'],
    ['fractions of a share percent (stored with two decimals)', (p: ProjectFields) => (p.parties[0].sharePercent = 33.333), 'parties[0].sharePercent'],
    ['a share on an implementer', (p: ProjectFields) => (p.parties[2].sharePercent = 10), 'parties[2].sharePercent'],
    ['money from outside the project', (p: ProjectFields) => (p.parties[2].receivesFromOrganisationId = 'stranger'), 'parties[2].receivesFromOrganisationId'],
    ['shares over 100%', (p: ProjectFields) => p.parties.push({ organisationId: 'other', role: 'FUNDER', sharePercent: 40, receivesFromOrganisationId: null }), 'parties'],
  ])('names the field for %s', (_label, mutate, field) => {
    const p = valid();
    mutate(p);
    expect(fields(p)).toContain(field);
  });
});

describe('diffProject', () => {
  it('lists every field of a new project', () => {
    expect(diffProject(null, valid()).map((c) => c.field)).toContain('coverage');
  });

  it('records only what changed, with before and after', () => {
    const after = valid();
    after.endDate = '2027-06-30';
    after.themes = ['LIVESTOCK', 'NUTRITION'];
    expect(diffProject(valid(), after)).toEqual([
      { field: 'endDate', from: '2026-12-31', to: '2027-06-30' },
      { field: 'themes', from: ['LIVESTOCK'], to: ['LIVESTOCK', 'NUTRITION'] },
    ]);
  });

  it('does not count a reordered list as a change', () => {
    const a = valid();
    a.coverage = ['u1', 'u2'];
    const b = valid();
    b.coverage = ['u2', 'u1'];
    b.parties = [...b.parties].reverse();
    expect(diffProject(a, b)).toEqual([]);
  });
});
