import { PROJECT_FIELD_NAMES, ProjectFields } from './project';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Order-insensitive for sets (coverage, themes...): reordering a list is not a change. */
function canonical(field: keyof ProjectFields, value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => JSON.stringify(v, Object.keys(v ?? {}).sort()));
    return JSON.stringify(field === 'coverage' || field === 'themes' || field === 'interventions' ? [...value].sort() : items.sort());
  }
  if (value && typeof value === 'object') return JSON.stringify(value, Object.keys(value).sort());
  return JSON.stringify(value ?? null);
}

/** The field-level difference between two versions of a project, for the audit trail. */
export function diffProject(before: ProjectFields | null, after: ProjectFields): FieldChange[] {
  return PROJECT_FIELD_NAMES.filter((f) => before === null || canonical(f, before[f]) !== canonical(f, after[f])).map((f) => ({
    field: f,
    from: before === null ? null : before[f],
    to: after[f],
  }));
}
