import { DataSource } from 'typeorm';
import { PreparedProfile, ProjectProfile } from '@yntymak/overlap-engine';
import { ProjectRecord, loadProjectRecords } from '@yntymak/projects';
import { ReferenceSnapshot } from './reference-snapshot';

export interface ProfiledProject {
  record: ProjectRecord;
  profile: ProjectProfile;
  /** The engine's prepared features, filled in by the first detection that scores this version. */
  prepared?: PreparedProfile;
}

/**
 * Projects already read, by id and version. Every write to a project bumps its version, so a
 * version's record never changes: a worker reads each version of a candidate once, not once per
 * detection that meets it. National and oblast programmes are candidates of almost every project
 * in their area, so most of a detection's candidates are already here once the worker is warm.
 * Least recently used versions go first.
 */
export class ProfileCache {
  private readonly entries = new Map<string, ProfiledProject>();

  constructor(private readonly capacity = 20_000) {}

  get(id: string, version: number): ProfiledProject | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.record.version !== version) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  put(entry: ProfiledProject): void {
    this.entries.delete(entry.record.id);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(entry.record.id, entry);
  }
}

/**
 * What the engine needs of each project, read as the system (confidential projects included).
 * With a cache, only the versions it does not hold are read in full; `known` versions (the
 * candidate query's) are not asked for again.
 */
export async function loadProfiles(
  owner: DataSource,
  reference: ReferenceSnapshot,
  ids: readonly string[],
  cache?: ProfileCache,
  known: ReadonlyMap<string, number> = new Map(),
): Promise<ProfiledProject[]> {
  if (ids.length === 0) return [];
  const read = async (missing: readonly string[]) =>
    (await loadProjectRecords((sql, params) => owner.query(sql, params), missing)).map((record) => ({ record, profile: toProfile(record, reference) }));
  if (!cache) return read(ids);
  const unknown = ids.filter((id) => !known.has(id));
  const asked: Array<{ id: string; version: number }> = unknown.length ? await owner.query(`SELECT id, version FROM projects WHERE id = ANY($1::uuid[])`, [unknown]) : [];
  const versions = [...ids.filter((id) => known.has(id)).map((id) => ({ id, version: known.get(id) as number })), ...asked];
  const found: ProfiledProject[] = [];
  const missing: string[] = [];
  for (const { id, version } of versions) {
    const entry = cache.get(id, version);
    if (entry) found.push(entry);
    else missing.push(id);
  }
  const fresh = missing.length ? await read(missing) : [];
  for (const entry of fresh) cache.put(entry);
  return [...found, ...fresh];
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
