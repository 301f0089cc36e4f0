import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { FieldProblem } from '@yntymak/errors';

export interface IssueReferences {
  adminUnitId: string;
  themes: string[];
  interventionCode?: string | null;
  projectId?: string | null;
  refinerOrganisationId?: string | null;
}

/**
 * Checks the ids and codes an issue names, in one round trip, and says which field is wrong. The
 * project is looked up under row-level security: a project the raiser cannot see is unknown to it.
 */
@Injectable()
export class IssueReferenceChecker {
  async check(tx: TenantTx, refs: IssueReferences): Promise<FieldProblem[]> {
    const row = await tx.one<{ unit: string | null; unitCurrent: boolean; knownThemes: string[]; intervention: string | null; project: string | null; refinerKind: string | null }>(
      `SELECT (SELECT id FROM admin_units WHERE id = $1) AS unit,
              coalesce((SELECT valid_to IS NULL FROM admin_units WHERE id = $1), false) AS "unitCurrent",
              coalesce((SELECT array_agg(code) FROM themes WHERE code = ANY($2::text[])), '{}') AS "knownThemes",
              (SELECT code FROM intervention_types WHERE code = $3) AS intervention,
              (SELECT id FROM projects WHERE id = $4) AS project,
              (SELECT kind FROM organisations WHERE id = $5) AS "refinerKind"`,
      [refs.adminUnitId, refs.themes, refs.interventionCode ?? null, refs.projectId ?? null, refs.refinerOrganisationId ?? null],
    );
    const problems: FieldProblem[] = [];
    if (!row?.unit) problems.push({ field: 'adminUnitId', message: 'No admin unit with this id exists.' });
    else if (!row.unitCurrent) problems.push({ field: 'adminUnitId', message: 'This admin unit no longer exists in the current data release: use the unit it became.' });
    const unknownThemes = refs.themes.filter((code) => !row?.knownThemes.includes(code));
    if (unknownThemes.length) problems.push({ field: 'themes', message: `Unknown theme code(s): ${unknownThemes.join(', ')}.` });
    if (refs.interventionCode && !row?.intervention) problems.push({ field: 'interventionCode', message: `Unknown intervention type ${refs.interventionCode}.` });
    if (refs.projectId && !row?.project) problems.push({ field: 'projectId', message: 'No project with this id exists, or it is not visible to you.' });
    if (refs.refinerOrganisationId) {
      if (refs.refinerOrganisationId === tx.principal.organisationId) problems.push({ field: 'refinerOrganisationId', message: 'Leave refinerOrganisationId out to forward your own issues.' });
      else if (!row?.refinerKind) problems.push({ field: 'refinerOrganisationId', message: 'No organisation with this id exists.' });
      else if (row.refinerKind !== 'IMPLEMENTER') problems.push({ field: 'refinerOrganisationId', message: `Issues are refined by an implementer, not by an organisation of kind ${row.refinerKind}.` });
    }
    return problems;
  }
}
