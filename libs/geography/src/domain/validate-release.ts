import { RELEASE_FILES, ReleaseData } from './release-records';

/** Codes already in the database, which a partial release may refer to. */
export interface KnownCodes {
  units: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  interventionTypes: ReadonlySet<string>;
  bodyKinds: ReadonlySet<string>;
  nationalBodies: ReadonlySet<string>;
}

export class ReleaseError extends Error {
  constructor(
    readonly releaseId: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
    const more = problems.length > shown.length ? [`  ... and ${problems.length - shown.length} more`] : [];
    super([`Reference data release ${releaseId} is not consistent; nothing was loaded:`, ...shown, ...more].join('\n'));
    this.name = 'ReleaseError';
  }
}

function union(known: ReadonlySet<string>, own: Array<{ code: string }> | undefined): Set<string> {
  return new Set([...known, ...(own ?? []).map((r) => r.code)]);
}

function duplicates(file: string, keys: Array<{ key: string; line: number }>): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  for (const { key, line } of keys) {
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${file} line ${line}: ${key} repeats line ${first}`);
    else seen.set(key, line);
  }
  return problems;
}

/**
 * Checks that a release refers only to what exists, in the release itself or already in the
 * database, so that applying it cannot half-fail on a foreign key. Returns every problem found.
 */
export function validateRelease(releaseId: string, data: ReleaseData, known: KnownCodes): string[] {
  const units = union(known.units, data.units);
  const sources = new Set([...known.sources, ...(data.sources ?? []).map((s) => s.id)]);
  const themes = union(known.themes, data.themes);
  const interventions = union(known.interventionTypes, data.interventionTypes);
  const bodyKinds = union(known.bodyKinds, data.bodyKinds);
  const nationalBodies = union(known.nationalBodies, data.nationalBodies);
  const competences = new Set([...themes, ...interventions]);
  const problems: string[] = [];
  const at = (file: string, line: number, problem: string) => problems.push(`${file} line ${line}: ${problem}`);

  const U = RELEASE_FILES.units;
  problems.push(...duplicates(U, (data.units ?? []).map((u) => ({ key: u.code, line: u.line }))));
  for (const u of data.units ?? []) {
    if (u.level === 'COUNTRY' && u.parentCode) at(U, u.line, 'the country has no parent');
    if (u.level !== 'COUNTRY' && !u.parentCode) at(U, u.line, `a ${u.level} needs a parent_code`);
    if (u.parentCode && !units.has(u.parentCode)) at(U, u.line, `parent_code ${u.parentCode} is neither in this release nor loaded`);
    if (u.parentCode === u.code) at(U, u.line, 'a unit cannot be its own parent');
    if (u.validTo && u.validTo < u.validFrom) at(U, u.line, `valid_to ${u.validTo} is before valid_from ${u.validFrom}`);
  }

  const X = RELEASE_FILES.crosswalk;
  for (const c of data.crosswalk ?? []) {
    if (c.release !== releaseId) at(X, c.line, `release is "${c.release}", but this is release ${releaseId}`);
    if (!units.has(c.oldCode)) at(X, c.line, `old_code ${c.oldCode} is neither in this release nor loaded`);
    if (c.relation === 'ABOLISHED' && c.newCode) at(X, c.line, 'an ABOLISHED unit has no new_code');
    if (c.relation !== 'ABOLISHED' && !c.newCode) at(X, c.line, `${c.relation} needs a new_code`);
    if (c.newCode && !units.has(c.newCode)) at(X, c.line, `new_code ${c.newCode} is neither in this release nor loaded`);
    if ((c.relation === 'MERGED_INTO' || c.relation === 'SPLIT_INTO') && c.newCode === c.oldCode) at(X, c.line, `${c.relation} needs two different units`);
  }

  const F = RELEASE_FILES.facts;
  problems.push(...duplicates(F, (data.facts ?? []).map((f) => ({ key: `${f.unitCode} ${f.indicator} ${f.period ?? '-'} ${f.source}`, line: f.line }))));
  for (const f of data.facts ?? []) {
    if (!units.has(f.unitCode)) at(F, f.line, `unit_code ${f.unitCode} is neither in this release nor loaded`);
    if (!sources.has(f.source)) at(F, f.line, `source ${f.source} is not in sources.csv`);
  }

  const T = RELEASE_FILES.themes;
  problems.push(...duplicates(T, (data.themes ?? []).map((t) => ({ key: t.code, line: t.line }))));
  for (const t of data.themes ?? []) if (t.parentCode && !themes.has(t.parentCode)) at(T, t.line, `parent_code ${t.parentCode} is not a theme`);

  const I = RELEASE_FILES.interventionTypes;
  problems.push(...duplicates(I, (data.interventionTypes ?? []).map((t) => ({ key: t.code, line: t.line }))));
  for (const t of data.interventionTypes ?? []) {
    for (const theme of t.themeCodes) if (!themes.has(theme)) at(I, t.line, `theme ${theme} is not a theme`);
    if (!bodyKinds.has(t.decisionBodyKind) && !nationalBodies.has(t.decisionBodyKind)) {
      at(I, t.line, `decision_body_kind ${t.decisionBodyKind} is neither a government body kind nor a national body`);
    }
  }

  const K = RELEASE_FILES.bodyKinds;
  problems.push(...duplicates(K, (data.bodyKinds ?? []).map((k) => ({ key: k.code, line: k.line }))));
  for (const k of data.bodyKinds ?? []) for (const c of k.competences) if (!competences.has(c)) at(K, k.line, `competence ${c} is neither a theme nor an intervention type`);

  const N = RELEASE_FILES.nationalBodies;
  problems.push(...duplicates(N, (data.nationalBodies ?? []).map((b) => ({ key: b.code, line: b.line }))));
  for (const b of data.nationalBodies ?? []) for (const c of b.competences) if (!competences.has(c)) at(N, b.line, `competence ${c} is neither a theme nor an intervention type`);
  for (const b of data.nationalBodies ?? []) if (bodyKinds.has(b.code)) at(N, b.line, `${b.code} is also a government body kind`);

  return problems;
}
