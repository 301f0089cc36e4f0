import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { RuleProblem } from './domain/check-project-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ResolvedReferences {
  /** coverage as admin unit ids, in the order given */
  coverage: string[];
  problems: RuleProblem[];
}

/** Checks that what a project points to exists: admin units (by id or SOATE code), themes, interventions, organisations. */
@Injectable()
export class ReferenceChecker {
  async check(tx: TenantTx, refs: { coverage?: string[]; themes?: string[]; interventions?: string[]; organisations?: string[] }): Promise<ResolvedReferences> {
    const problems: RuleProblem[] = [];
    let coverage: string[] = [];
    if (refs.coverage?.length) {
      const ids = refs.coverage.filter((r) => UUID.test(r));
      const codes = refs.coverage.filter((r) => !UUID.test(r));
      const rows = await tx.rows<{ id: string; code: string }>(`SELECT id::text, code FROM admin_units WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[])`, [ids, codes]);
      const byRef = new Map<string, string>();
      for (const row of rows) {
        byRef.set(row.id, row.id);
        byRef.set(row.code, row.id);
      }
      refs.coverage.forEach((ref, i) => {
        const id = byRef.get(UUID.test(ref) ? ref.toLowerCase() : ref);
        if (id) coverage.push(id);
        else problems.push({ field: `coverage[${i}]`, message: `coverage[${i}]: no admin unit has the id or SOATE code "${ref}"` });
      });
      const unique = [...new Set(coverage)];
      if (unique.length !== coverage.length) problems.push({ field: 'coverage', message: 'coverage names the same admin unit twice (by id and by code?)' });
      coverage = unique;
    }
    await this.checkCodes(tx, 'themes', 'SELECT code FROM themes WHERE code = ANY($1::text[])', refs.themes, problems, 'theme');
    await this.checkCodes(tx, 'interventions', 'SELECT code FROM intervention_types WHERE code = ANY($1::text[])', refs.interventions, problems, 'intervention type');
    if (refs.organisations?.length) {
      const found = new Set((await tx.rows<{ id: string }>(`SELECT id::text FROM organisations WHERE id = ANY($1::uuid[])`, [refs.organisations])).map((r) => r.id));
      const missing = [...new Set(refs.organisations)].filter((id) => !found.has(id.toLowerCase()));
      for (const id of missing) problems.push({ field: 'parties', message: `parties: no organisation has the id ${id}` });
    }
    return { coverage, problems };
  }

  private async checkCodes(tx: TenantTx, field: string, sql: string, codes: string[] | undefined, problems: RuleProblem[], what: string): Promise<void> {
    if (!codes?.length) return;
    const found = new Set((await tx.rows<{ code: string }>(sql, [codes])).map((r) => r.code));
    codes.forEach((code, i) => {
      if (!found.has(code)) problems.push({ field: `${field}[${i}]`, message: `${field}[${i}]: "${code}" is not a known ${what} code (see the ${field === 'themes' ? 'themes' : 'interventionTypes'} query)` });
    });
  }
}
