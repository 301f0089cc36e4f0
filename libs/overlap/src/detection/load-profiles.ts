import { DataSource } from 'typeorm';
import { ProjectProfile } from '@yntymak/overlap-engine';
import { ProjectRecord, loadProjectRecords } from '@yntymak/projects';
import { ReferenceSnapshot } from './reference-snapshot';

export interface ProfiledProject {
  record: ProjectRecord;
  profile: ProjectProfile;
}

/** What the engine needs of each project, read as the system (confidential projects included). */
export async function loadProfiles(owner: DataSource, reference: ReferenceSnapshot, ids: readonly string[]): Promise<ProfiledProject[]> {
  if (ids.length === 0) return [];
  const records = await loadProjectRecords((sql, params) => owner.query(sql, params), ids);
  return records.map((record) => ({ record, profile: toProfile(record, reference) }));
}

function toProfile(r: ProjectRecord, reference: ReferenceSnapshot): ProjectProfile {
  const funders = r.parties.filter((p) => p.role === 'FUNDER').map((p) => p.organisationId);
  const chain = r.parties.flatMap((p) => [p.organisationId, ...(p.receivesFromOrganisationId ? [p.receivesFromOrganisationId] : [])]);
  return {
    id: r.id,
    ownerOrganisationId: r.organisationId,
    funderOrganisationIds: funders,
    fundingChainOrganisationIds: [...new Set(chain)],
    coverage: r.coverage.flatMap((unitId) => {
      const unit = reference.units.get(unitId);
      return unit ? [{ unitId, ...unit }] : [];
    }),
    themes: r.themes,
    // An undated project is treated as open from its creation: it is running now as far as anyone knows.
    period: { start: r.startDate ?? r.createdAt.slice(0, 10), end: r.endDate },
    interventions: r.interventions,
    targetGroups: r.targetGroups.map((g) => ({ code: g.code, count: g.people ?? g.households })),
    titles: r.title,
    descriptions: r.description,
  };
}
