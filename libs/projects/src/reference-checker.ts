import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { KnownReferences, References, ResolvedReferences, isUuid, resolveReferences } from './domain/resolve-references';

export type { ResolvedReferences };

/** Checks that what projects point to exists: admin units (by id or SOATE code), themes, interventions, organisations. */
@Injectable()
export class ReferenceChecker {
  async check(tx: TenantTx, refs: References): Promise<ResolvedReferences> {
    return resolveReferences(refs, await this.load(tx, [refs]));
  }

  /**
   * What the database knows of the references of many projects, in at most four statements
   * whatever their number: an import resolves a chunk of rows with one load instead of one per row.
   */
  async load(tx: TenantTx, many: readonly References[]): Promise<KnownReferences> {
    const all = (pick: (r: References) => string[] | undefined) => [...new Set(many.flatMap((r) => pick(r) ?? []))];
    const coverage = all((r) => r.coverage);
    const themes = all((r) => r.themes);
    const interventions = all((r) => r.interventions);
    const organisations = all((r) => r.organisations).filter(isUuid);
    const known: KnownReferences = { units: new Map(), themes: new Set(), interventions: new Set(), organisations: new Set() };
    if (coverage.length) {
      const rows = await tx.rows<{ id: string; code: string }>(`SELECT id::text, code FROM admin_units WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[])`, [
        coverage.filter(isUuid),
        coverage.filter((r) => !isUuid(r)),
      ]);
      for (const row of rows) known.units.set(row.id, row.id).set(row.code, row.id);
    }
    if (themes.length) for (const r of await tx.rows<{ code: string }>(`SELECT code FROM themes WHERE code = ANY($1::text[])`, [themes])) known.themes.add(r.code);
    if (interventions.length) for (const r of await tx.rows<{ code: string }>(`SELECT code FROM intervention_types WHERE code = ANY($1::text[])`, [interventions])) known.interventions.add(r.code);
    if (organisations.length) for (const r of await tx.rows<{ id: string }>(`SELECT id::text FROM organisations WHERE id = ANY($1::uuid[])`, [organisations])) known.organisations.add(r.id);
    return known;
  }
}
