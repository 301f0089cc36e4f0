import { AdminLevel, AdminUnitKind, DecisionLevel, LocalizedNames } from './reference-codes';
import { BodyKindRecord, NationalBodyRecord } from './release-records';

export interface BodyUnit {
  code: string;
  kind: AdminUnitKind;
  names: LocalizedNames;
}

export interface GeneratedBody {
  code: string;
  kind: string;
  /** The kind of generated body it was made from; null for a national body. */
  bodyKind: string | null;
  decisionLevel: DecisionLevel;
  unitCode: string | null;
  names: LocalizedNames;
  competences: string[];
}

type BodyKind = Pick<BodyKindRecord, 'code' | 'adminLevels' | 'appliesToUnitKinds' | 'patterns' | 'competences'>;
type NationalBody = Pick<NationalBodyRecord, 'code' | 'names' | 'kind' | 'competences'>;

/**
 * The level of government a kind of body decides at, from the lowest admin level it sits at: a
 * body that exists for ayil aimaks (and towns) is local self-government, even where it also
 * exists for cities at rayon or oblast level (a city hall); one that sits at rayons is DISTRICT;
 * at oblasts REGIONAL.
 */
export function decisionLevelOf(adminLevels: readonly AdminLevel[]): DecisionLevel {
  if (adminLevels.includes('AYIL_AIMAK') || adminLevels.includes('SETTLEMENT')) return 'LOCAL';
  if (adminLevels.includes('RAYON')) return 'DISTRICT';
  if (adminLevels.includes('OBLAST')) return 'REGIONAL';
  return 'NATIONAL';
}

/** Writes a kind's name pattern for a unit: the unit's name replaces {name}, uninflected (see docs/reference-data.md). */
export function nameBody(patterns: LocalizedNames, unit: LocalizedNames): LocalizedNames {
  return {
    ky: patterns.ky.replaceAll('{name}', unit.ky),
    ru: patterns.ru.replaceAll('{name}', unit.ru),
    en: patterns.en.replaceAll('{name}', unit.en),
  };
}

/**
 * Every government body: one of each applicable kind per unit, coded KIND:UNITCODE so that a later
 * release finds the same body again, and the national bodies under their own codes.
 */
export function generateGovernmentBodies(units: readonly BodyUnit[], kinds: readonly BodyKind[], national: readonly NationalBody[]): GeneratedBody[] {
  const bodies: GeneratedBody[] = [];
  for (const kind of kinds) {
    const decisionLevel = decisionLevelOf(kind.adminLevels);
    for (const unit of units) {
      if (!kind.appliesToUnitKinds.includes(unit.kind)) continue;
      bodies.push({
        code: `${kind.code}:${unit.code}`,
        kind: kind.code,
        bodyKind: kind.code,
        decisionLevel,
        unitCode: unit.code,
        names: nameBody(kind.patterns, unit.names),
        competences: [...kind.competences],
      });
    }
  }
  for (const body of national) {
    bodies.push({ code: body.code, kind: body.kind, bodyKind: null, decisionLevel: 'NATIONAL', unitCode: null, names: { ...body.names }, competences: [...body.competences] });
  }
  return bodies.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
