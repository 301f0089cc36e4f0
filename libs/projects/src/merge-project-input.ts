import { LocalisedText, ProjectFields } from './domain/project';
import { LocalisedTextInput, ProjectChangesInput } from './dto/project.input';

function text(input: LocalisedTextInput | undefined | null): LocalisedText {
  const out: LocalisedText = {};
  for (const lang of ['ky', 'ru', 'en'] as const) {
    const value = input?.[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

const EMPTY: ProjectFields = {
  title: {},
  description: {},
  status: 'PLANNED',
  visibility: 'PUBLISHED',
  startDate: null,
  endDate: null,
  budget: null,
  coverage: [],
  themes: [],
  interventions: [],
  targetGroups: [],
  parties: [],
  iatiIdentifier: null,
  externalReference: null,
};

/**
 * The project as it will be after this input: a field given replaces the old value (a list
 * replaces the whole list, null clears), a field left out stays. For a new project the base is
 * empty with status PLANNED and visibility PUBLISHED.
 */
export function mergeProjectInput(base: ProjectFields | null, input: ProjectChangesInput): ProjectFields {
  const b = base ?? EMPTY;
  const given = <K extends keyof ProjectChangesInput>(k: K) => input[k] !== undefined;
  return {
    title: given('title') ? text(input.title) : b.title,
    description: given('description') ? text(input.description) : b.description,
    status: input.status ?? b.status,
    visibility: input.visibility ?? b.visibility,
    startDate: given('startDate') ? (input.startDate ?? null) : b.startDate,
    endDate: given('endDate') ? (input.endDate ?? null) : b.endDate,
    budget: given('budget') ? (input.budget ? { amount: input.budget.amount, currency: input.budget.currency, confidential: input.budget.confidential ?? false } : null) : b.budget,
    coverage: input.coverage ?? b.coverage,
    themes: input.themes ?? b.themes,
    interventions: input.interventions ?? b.interventions,
    targetGroups: input.targetGroups?.map((g) => ({ code: g.code, people: g.people ?? null, households: g.households ?? null })) ?? b.targetGroups,
    parties:
      input.parties?.map((p) => ({
        organisationId: p.organisationId.toLowerCase(),
        role: p.role,
        sharePercent: p.sharePercent ?? null,
        receivesFromOrganisationId: p.receivesFromOrganisationId?.toLowerCase() ?? null,
      })) ?? b.parties,
    iatiIdentifier: given('iatiIdentifier') ? (input.iatiIdentifier ?? null) : b.iatiIdentifier,
    externalReference: given('externalReference') ? (input.externalReference?.trim() || null) : b.externalReference,
  };
}
