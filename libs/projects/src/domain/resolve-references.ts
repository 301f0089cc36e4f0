import { RuleProblem } from './check-project-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a project points to: admin units (by id or SOATE code), themes, interventions, organisations. */
export interface References {
  coverage?: string[];
  themes?: string[];
  interventions?: string[];
  organisations?: string[];
}

/** What the database knows of some references: enough to resolve them without asking again. */
export interface KnownReferences {
  /** admin unit id by its id (lower case) and by its SOATE code */
  units: Map<string, string>;
  themes: Set<string>;
  interventions: Set<string>;
  /** organisation ids, lower case */
  organisations: Set<string>;
}

export interface ResolvedReferences {
  /** coverage as admin unit ids, in the order given */
  coverage: string[];
  problems: RuleProblem[];
}

export function isUuid(ref: string): boolean {
  return UUID.test(ref);
}

/** Resolves one project's references against what is known, naming each one that does not exist. */
export function resolveReferences(refs: References, known: KnownReferences): ResolvedReferences {
  const problems: RuleProblem[] = [];
  let coverage: string[] = [];
  if (refs.coverage?.length) {
    refs.coverage.forEach((ref, i) => {
      const id = known.units.get(isUuid(ref) ? ref.toLowerCase() : ref);
      if (id) coverage.push(id);
      else problems.push({ field: `coverage[${i}]`, message: `coverage[${i}]: no admin unit has the id or SOATE code "${ref}"` });
    });
    const unique = [...new Set(coverage)];
    if (unique.length !== coverage.length) problems.push({ field: 'coverage', message: 'coverage names the same admin unit twice (by id and by code?)' });
    coverage = unique;
  }
  checkCodes('themes', refs.themes, known.themes, problems, 'theme');
  checkCodes('interventions', refs.interventions, known.interventions, problems, 'intervention type');
  if (refs.organisations?.length) {
    const missing = [...new Set(refs.organisations)].filter((id) => !known.organisations.has(id.toLowerCase()));
    for (const id of missing) problems.push({ field: 'parties', message: `parties: no organisation has the id ${id}` });
  }
  return { coverage, problems };
}

function checkCodes(field: 'themes' | 'interventions', codes: string[] | undefined, known: Set<string>, problems: RuleProblem[], what: string): void {
  codes?.forEach((code, i) => {
    if (!known.has(code)) problems.push({ field: `${field}[${i}]`, message: `${field}[${i}]: "${code}" is not a known ${what} code (see the ${field === 'themes' ? 'themes' : 'interventionTypes'} query)` });
  });
}
