import { CURRENCIES } from './currencies';
import { LANGUAGES, ProjectFields } from './project';

export interface RuleProblem {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function duplicates<T>(values: T[], key: (v: T) => string = String): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) {
    const k = key(v);
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return [...repeated];
}

/**
 * The rules a project must satisfy whatever the database holds: shape and consistency across
 * fields. References (units, themes, organisations) are checked against the database separately.
 */
export function checkProjectRules(p: ProjectFields): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (!LANGUAGES.some((l) => p.title[l]?.trim())) add('title', 'title needs at least one of ky, ru or en');
  for (const field of ['startDate', 'endDate'] as const) {
    const value = p[field];
    if (value !== null && !isRealDate(value)) add(field, `${field} must be a date written YYYY-MM-DD (got "${value}")`);
  }
  if (p.startDate && p.endDate && isRealDate(p.startDate) && isRealDate(p.endDate) && p.startDate > p.endDate) {
    add('endDate', `endDate (${p.endDate}) is before startDate (${p.startDate})`);
  }
  if (p.status === 'ARCHIVED') add('status', 'status ARCHIVED is set by archiveProject, not by a create or an update');
  if (p.budget) {
    if (!(p.budget.amount >= 0) || !Number.isFinite(p.budget.amount)) add('budget.amount', 'budget.amount must be zero or more');
    else if (Math.round(p.budget.amount * 100) / 100 !== p.budget.amount) add('budget.amount', 'budget.amount has at most two decimals');
    if (!CURRENCIES[p.budget.currency]) add('budget.currency', `budget.currency "${p.budget.currency}" is not an ISO 4217 currency code`);
  }
  if (p.coverage.length === 0) add('coverage', 'coverage needs at least one admin unit (the country for a national programme)');
  if (p.themes.length === 0) add('themes', 'themes needs at least one theme');
  for (const [field, values] of [['coverage', p.coverage], ['themes', p.themes], ['interventions', p.interventions]] as const) {
    for (const value of duplicates([...values])) add(field, `${field} lists "${value}" more than once`);
  }
  for (const code of duplicates(p.targetGroups, (g) => g.code)) add('targetGroups', `targetGroups lists ${code} more than once`);
  p.targetGroups.forEach((g, i) => {
    if (g.people === null && g.households === null) add(`targetGroups[${i}]`, `targetGroups[${i}] needs people or households`);
  });
  problems.push(...checkParties(p));
  return problems;
}

function checkParties(p: ProjectFields): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of duplicates(p.parties, (x) => `${x.organisationId}/${x.role}`)) problems.push({ field: 'parties', message: `parties lists ${key} more than once` });
  const members = new Set(p.parties.map((x) => x.organisationId));
  p.parties.forEach((party, i) => {
    if (party.sharePercent !== null && party.role !== 'FUNDER') problems.push({ field: `parties[${i}].sharePercent`, message: 'only a FUNDER has a share' });
    else if (party.sharePercent !== null && Math.round(party.sharePercent * 100) / 100 !== party.sharePercent) {
      problems.push({ field: `parties[${i}].sharePercent`, message: `parties[${i}].sharePercent has at most two decimals` });
    }
    if (party.receivesFromOrganisationId !== null) {
      if (party.receivesFromOrganisationId === party.organisationId) problems.push({ field: `parties[${i}].receivesFromOrganisationId`, message: 'a party cannot fund itself' });
      else if (!members.has(party.receivesFromOrganisationId)) {
        problems.push({ field: `parties[${i}].receivesFromOrganisationId`, message: 'receivesFromOrganisationId must be another party of this project' });
      }
    }
  });
  const shares = p.parties.filter((x) => x.role === 'FUNDER' && x.sharePercent !== null).reduce((sum, x) => sum + (x.sharePercent ?? 0), 0);
  if (shares > 100.0001) problems.push({ field: 'parties', message: `funders' shares add up to ${shares}%, more than 100%` });
  return problems;
}
