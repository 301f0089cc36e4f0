import { Injectable } from '@nestjs/common';
import { PreparedSql, TenantTx } from '@yntymak/database';
import { KnownReferenceCache } from './domain/known-reference-cache';
import { KnownReferences, References, ResolvedReferences, isUuid, resolveReferences } from './domain/resolve-references';

export type { ResolvedReferences };

/** Every kind of reference in one round trip; an empty list asks nothing of its table. */
const LOAD_REFERENCES = PreparedSql.define(
  'project-references',
  `SELECT (SELECT coalesce(json_agg(json_build_array(id, code)), '[]') FROM admin_units WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[])) AS units,
          ARRAY(SELECT code FROM themes WHERE code = ANY($3::text[])) AS themes,
          ARRAY(SELECT code FROM intervention_types WHERE code = ANY($4::text[])) AS interventions,
          ARRAY(SELECT id::text FROM organisations WHERE id = ANY($5::uuid[])) AS organisations`,
);

interface ReferenceRow {
  /** [id, code] of each unit */
  units: Array<[string, string]>;
  themes: string[];
  interventions: string[];
  organisations: string[];
}

/** Checks that what projects point to exists: admin units (by id or SOATE code), themes, interventions, organisations. */
@Injectable()
export class ReferenceChecker {
  /** Reference data changes with a release, organisations are only added: five minutes is plenty (see KnownReferenceCache). */
  private readonly cache = new KnownReferenceCache(5 * 60_000);

  async check(tx: TenantTx, refs: References): Promise<ResolvedReferences> {
    return resolveReferences(refs, await this.load(tx, [refs]));
  }

  /**
   * What the database knows of the references of many projects, in one statement whatever their
   * number (none when all were seen recently): an import resolves a chunk of rows with one load
   * instead of one per row.
   */
  async load(tx: TenantTx, many: readonly References[]): Promise<KnownReferences> {
    const remembered = this.cache.lookup(many);
    if (remembered) return remembered;
    const all = (pick: (r: References) => string[] | undefined) => [...new Set(many.flatMap((r) => pick(r) ?? []))];
    const coverage = all((r) => r.coverage);
    const known: KnownReferences = { units: new Map(), themes: new Set(), interventions: new Set(), organisations: new Set() };
    const row = (await tx.one<ReferenceRow>(LOAD_REFERENCES, [
      coverage.filter(isUuid),
      coverage.filter((r) => !isUuid(r)),
      all((r) => r.themes),
      all((r) => r.interventions),
      all((r) => r.organisations).filter(isUuid),
    ]))!;
    for (const [id, code] of row.units) known.units.set(id, id).set(code, id);
    for (const code of row.themes) known.themes.add(code);
    for (const code of row.interventions) known.interventions.add(code);
    for (const id of row.organisations) known.organisations.add(id);
    this.cache.remember(known);
    return known;
  }
}
