import { UnitRecord } from './release-records';
import { searchTextOf } from './search-text';

/** A unit as the database holds it, as far as identity and position go. */
export interface StoredUnit {
  id: string;
  code: string;
  parentCode: string | null;
  path: string;
}

export interface PlannedUnit extends UnitRecord {
  id: string;
  parentId: string | null;
  /** ltree of the codes from the country down to this unit. */
  path: string;
  searchText: string;
}

export interface UnitPlan {
  /** Every unit of the release, with its id: the stored one for a known code, a new one otherwise. */
  upserts: PlannedUnit[];
  /** Units not in the release whose path changes because an ancestor moved. */
  pathChanges: Array<{ id: string; path: string }>;
  newUnits: number;
}

/**
 * Places a release's units in the stored hierarchy: a known code keeps its id (what projects and
 * issues point to), a new code gets a new one, and every path is recomputed from the parent chain
 * of the release overlaid on the stored units, so that a unit that changes parent carries its
 * descendants along.
 */
export function planUnits(stored: readonly StoredUnit[], incoming: readonly UnitRecord[], newId: () => string): UnitPlan {
  const ids = new Map(stored.map((u) => [u.code, u.id]));
  const parents = new Map(stored.map((u) => [u.code, u.parentCode]));
  let newUnits = 0;
  for (const u of incoming) {
    if (!ids.has(u.code)) {
      ids.set(u.code, newId());
      newUnits++;
    }
    parents.set(u.code, u.parentCode);
  }

  const paths = new Map<string, string>();
  const pathOf = (code: string, visiting: Set<string> = new Set()): string => {
    const known = paths.get(code);
    if (known) return known;
    if (visiting.has(code)) throw new Error(`admin units form a cycle through ${[...visiting, code].join(' -> ')}`);
    if (!parents.has(code)) throw new Error(`admin unit ${code} is neither in this release nor loaded`);
    visiting.add(code);
    const parent = parents.get(code);
    const path = parent ? `${pathOf(parent, visiting)}.${code}` : code;
    paths.set(code, path);
    return path;
  };

  const upserts = incoming.map((u) => ({
    ...u,
    id: ids.get(u.code)!,
    parentId: u.parentCode ? ids.get(u.parentCode)! : null,
    path: pathOf(u.code),
    searchText: searchTextOf({ ...u.names, alt: u.altNames }),
  }));
  const inRelease = new Set(incoming.map((u) => u.code));
  const pathChanges = stored.filter((u) => !inRelease.has(u.code) && pathOf(u.code) !== u.path).map((u) => ({ id: u.id, path: pathOf(u.code) }));
  return { upserts, pathChanges, newUnits };
}
