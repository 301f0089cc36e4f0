import { PARTY_ROLES, PROJECT_STATUSES, PROJECT_VISIBILITIES, PartyRole, ProjectStatus, ProjectVisibility, TARGET_GROUPS, TargetGroup } from './project';
import { RuleProblem } from './check-project-rules';

/** The documented columns of a project import file (docs/projects-import.md). Only title_* and coverage/themes are needed. */
export const IMPORT_COLUMNS = [
  'title_ky',
  'title_ru',
  'title_en',
  'description_ky',
  'description_ru',
  'description_en',
  'status',
  'visibility',
  'start_date',
  'end_date',
  'budget_amount',
  'budget_currency',
  'budget_confidential',
  'coverage',
  'themes',
  'interventions',
  'target_groups',
  'parties',
  'iati_identifier',
  'external_reference',
] as const;

/** The same shape as the createProject input: one code path validates both. */
export interface ImportedProject {
  title: { ky?: string; ru?: string; en?: string };
  description: { ky?: string; ru?: string; en?: string };
  status?: ProjectStatus;
  visibility?: ProjectVisibility;
  startDate?: string | null;
  endDate?: string | null;
  budget?: { amount: number; currency: string; confidential: boolean } | null;
  coverage: string[];
  themes: string[];
  interventions: string[];
  targetGroups: Array<{ code: TargetGroup; people?: number; households?: number }>;
  parties: Array<{ organisationId: string; role: PartyRole; sharePercent?: number; receivesFromOrganisationId?: string }>;
  iatiIdentifier?: string | null;
  externalReference?: string | null;
}

const list = (text: string | undefined) => (text ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const blankToUndefined = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

function wholeNumber(text: string, field: string, problems: RuleProblem[]): number | undefined {
  if (!text.trim()) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) problems.push({ field, message: `${field} must be a whole number of zero or more (got "${text}")` });
  return n;
}

/** Reads one CSV row into a project input, collecting every problem with its column. */
export function readImportRow(values: Record<string, string>): { project: ImportedProject; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const v = (name: (typeof IMPORT_COLUMNS)[number]) => values[name] ?? '';
  const project: ImportedProject = {
    title: { ky: blankToUndefined(v('title_ky')), ru: blankToUndefined(v('title_ru')), en: blankToUndefined(v('title_en')) },
    description: { ky: blankToUndefined(v('description_ky')), ru: blankToUndefined(v('description_ru')), en: blankToUndefined(v('description_en')) },
    startDate: blankToUndefined(v('start_date')) ?? null,
    endDate: blankToUndefined(v('end_date')) ?? null,
    coverage: list(v('coverage')),
    themes: list(v('themes')),
    interventions: list(v('interventions')),
    targetGroups: [],
    parties: [],
    iatiIdentifier: blankToUndefined(v('iati_identifier')) ?? null,
    externalReference: blankToUndefined(v('external_reference')) ?? null,
  };
  const status = blankToUndefined(v('status'));
  if (status) {
    if ((PROJECT_STATUSES as readonly string[]).includes(status)) project.status = status as ProjectStatus;
    else problems.push({ field: 'status', message: `status must be one of ${PROJECT_STATUSES.join(', ')} (got "${status}")` });
  }
  const visibility = blankToUndefined(v('visibility'));
  if (visibility) {
    if ((PROJECT_VISIBILITIES as readonly string[]).includes(visibility)) project.visibility = visibility as ProjectVisibility;
    else problems.push({ field: 'visibility', message: `visibility must be one of ${PROJECT_VISIBILITIES.join(', ')} (got "${visibility}")` });
  }
  const amount = blankToUndefined(v('budget_amount'));
  const currency = blankToUndefined(v('budget_currency'));
  if (amount || currency) {
    const n = Number(amount);
    if (!amount || Number.isNaN(n)) problems.push({ field: 'budget_amount', message: `budget_amount must be a number (got "${amount ?? ''}")` });
    if (!currency) problems.push({ field: 'budget_currency', message: 'budget_currency is needed with budget_amount' });
    const confidential = (v('budget_confidential').trim() || 'false').toLowerCase();
    if (!['true', 'false', 'yes', 'no', '1', '0'].includes(confidential)) problems.push({ field: 'budget_confidential', message: 'budget_confidential must be true or false' });
    project.budget = { amount: n, currency: (currency ?? '').toUpperCase(), confidential: ['true', 'yes', '1'].includes(confidential) };
  }
  for (const item of list(v('target_groups'))) {
    const [code, people = '', households = ''] = item.split(':');
    if (!(TARGET_GROUPS as readonly string[]).includes(code)) {
      problems.push({ field: 'target_groups', message: `target_groups: "${code}" is not a target group (${TARGET_GROUPS.join(', ')})` });
      continue;
    }
    project.targetGroups.push({ code: code as TargetGroup, people: wholeNumber(people, 'target_groups', problems), households: wholeNumber(households, 'target_groups', problems) });
  }
  for (const item of list(v('parties'))) {
    const [organisationId, role, share = '', receivesFrom = ''] = item.split(':').map((s) => s.trim());
    if (!(PARTY_ROLES as readonly string[]).includes(role)) {
      problems.push({ field: 'parties', message: `parties: role must be FUNDER, INTERMEDIARY or IMPLEMENTER (got "${role ?? ''}")` });
      continue;
    }
    const sharePercent = share ? Number(share) : undefined;
    if (share && !(sharePercent! > 0 && sharePercent! <= 100)) problems.push({ field: 'parties', message: `parties: share must be a percentage above 0 and at most 100 (got "${share}")` });
    project.parties.push({ organisationId, role: role as PartyRole, sharePercent, receivesFromOrganisationId: receivesFrom || undefined });
  }
  return { project, problems };
}
