import type { GeographyLevel } from '../types/overlap-result.type';
import type { PreparedProfile, PreparedUnit } from '../types/prepared-profile.type';

export interface GeographyOverlap {
  /** Share of a's people (estimated) that b also covers, and the reverse. */
  shares: [number, number];
  level: GeographyLevel;
  /** The common ground: for each pair of units that meet, the smaller (deeper) one, sorted by id. */
  shared: PreparedUnit[];
  /** Units of the larger side that contain shared units of the other, sorted by id (nested levels only). */
  containers: PreparedUnit[];
}

/** Level boundaries on the smaller and the larger of the two shares. */
/**
 * Level boundaries on the smaller and the larger of the two shares. With the default sizes a village
 * is 24 % of an ayil aimak (NESTED_CLOSE), 2 % of a rayon (NESTED), 0.3 % of an oblast (WIDE) and
 * 0.03 % of the country (BROAD).
 */
export const GEOGRAPHY_BOUNDS = { same: 0.5, close: 0.1, nested: 0.01, wide: 0.001, contains: 0.5 } as const;

/**
 * Coverage meets through the hierarchy: a unit of one project meets a unit of the other when one is
 * the other or one of its ancestors, and their common ground is the deeper of the two. Because a
 * prepared coverage holds no unit inside another of its own, these common grounds do not overlap
 * and their sizes add up. share(a) = size(common ground) / size(a's coverage), and the reverse.
 */
export function geographyOverlap(a: PreparedProfile, b: PreparedProfile): GeographyOverlap {
  const shared = new Map<string, PreparedUnit>();
  const containers = new Map<string, PreparedUnit>();
  collectInside(b, a, shared, containers);
  collectInside(a, b, shared, containers);
  let common = 0;
  for (const unit of shared.values()) common += unit.size;
  const shares: [number, number] = [Math.min(1, common / a.totalSize), Math.min(1, common / b.totalSize)];
  return {
    shares,
    level: shared.size > 0 ? meetingLevel(shares) : apartLevel(a, b),
    shared: sortById(shared),
    containers: sortById(containers),
  };
}

/** Units of `inner` that lie in (or are) a unit of `outer`. */
function collectInside(
  inner: PreparedProfile,
  outer: PreparedProfile,
  shared: Map<string, PreparedUnit>,
  containers: Map<string, PreparedUnit>,
): void {
  for (const unit of inner.units) {
    for (let depth = unit.path.length - 1; depth >= 0; depth--) {
      const container = outer.unitIds.get(unit.path[depth]);
      if (!container) continue;
      shared.set(unit.id, unit);
      if (container.id !== unit.id) containers.set(container.id, container);
      break;
    }
  }
}

function meetingLevel([shareA, shareB]: [number, number]): GeographyLevel {
  const low = Math.min(shareA, shareB);
  const high = Math.max(shareA, shareB);
  if (low >= GEOGRAPHY_BOUNDS.same) return 'SAME';
  if (high < GEOGRAPHY_BOUNDS.contains) return 'PARTIAL';
  if (low >= GEOGRAPHY_BOUNDS.close) return 'NESTED_CLOSE';
  if (low >= GEOGRAPHY_BOUNDS.nested) return 'NESTED';
  return low >= GEOGRAPHY_BOUNDS.wide ? 'WIDE' : 'BROAD';
}

/** No unit meets: neighbours in one rayon, in one oblast, or farther apart. */
function apartLevel(a: PreparedProfile, b: PreparedProfile): GeographyLevel {
  if (intersects(a.rayonIds, b.rayonIds)) return 'NEAR';
  if (intersects(a.oblastIds, b.oblastIds)) return 'SAME_OBLAST';
  return 'FAR';
}

function intersects(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const id of x) if (y.has(id)) return true;
  return false;
}

function sortById(units: Map<string, PreparedUnit>): PreparedUnit[] {
  return [...units.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
