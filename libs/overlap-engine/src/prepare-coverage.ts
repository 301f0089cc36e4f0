import { estimateSize } from './model/unit-size';
import type { EngineContext } from './types/engine-context.type';
import type { PreparedUnit } from './types/prepared-profile.type';
import type { CoverageUnit, LocalisedText } from './types/project-profile.type';

const LEVELS = new Set(['COUNTRY', 'OBLAST', 'RAYON', 'AYIL_AIMAK', 'SETTLEMENT']);

export interface PreparedCoverage {
  units: PreparedUnit[];
  unitIds: Map<string, PreparedUnit>;
  totalSize: number;
  oblastIds: Set<string>;
  rayonIds: Set<string>;
}

/**
 * Coverage as disjoint units: duplicates and units inside another unit of the same coverage are
 * dropped (a project listing a rayon and one of its villages covers the rayon). Sorted by id.
 */
export function prepareCoverage(coverage: readonly CoverageUnit[], context: EngineContext): PreparedCoverage {
  const listed = new Map<string, CoverageUnit>();
  for (const unit of coverage) listed.set(checkUnit(unit).unitId, unit);
  const kept = [...listed.values()].filter((unit) => !unit.path.slice(0, -1).some((id) => listed.has(id)));
  const units = kept.map((unit) => prepareUnit(unit, context)).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    units,
    unitIds: new Map(units.map((unit) => [unit.id, unit])),
    totalSize: units.reduce((sum, unit) => sum + unit.size, 0),
    oblastIds: new Set(units.filter((unit) => unit.path.length > 1).map((unit) => unit.path[1])),
    rayonIds: new Set(units.filter((unit) => unit.path.length > 2).map((unit) => unit.path[2])),
  };
}

function prepareUnit(unit: CoverageUnit, context: EngineContext): PreparedUnit {
  const oblastId = unit.path.length > 1 ? unit.path[1] : null;
  return {
    id: unit.unitId,
    path: unit.path,
    level: unit.level,
    size: estimateSize(unit),
    name: displayName(unit.name) ?? context.unitNames.get(unit.unitId) ?? unit.unitId,
    oblastName: oblastId && oblastId !== unit.unitId ? (context.unitNames.get(oblastId) ?? null) : null,
  };
}

function displayName(name: LocalisedText | undefined): string | undefined {
  return name?.en || name?.ru || name?.ky || undefined;
}

function checkUnit(unit: CoverageUnit): CoverageUnit {
  if (!LEVELS.has(unit.level)) throw new Error(`overlap-engine: unit ${unit.unitId} has unknown level ${unit.level}`);
  if (unit.path.length === 0 || unit.path[unit.path.length - 1] !== unit.unitId) {
    throw new Error(`overlap-engine: the path of unit ${unit.unitId} must run from the country down to the unit itself`);
  }
  return unit;
}
