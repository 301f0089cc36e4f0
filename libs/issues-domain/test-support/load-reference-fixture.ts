import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@yntymak/text';
import type { AdminLevel, AdminUnitKind, BodyRef, ChainUnit, DecisionLevel, InterventionTypeRef, ThemeRef } from '../src';

const DATA = join(__dirname, '../../geography/data');

export interface ReferenceFixture {
  /** The unit and its ancestors up to the country, unit ids being SOATE codes. */
  chainOf(code: string): ChainUnit[];
  /** The bodies of the chain's units (generated as the geography seed does) and the national bodies. */
  bodiesFor(chain: readonly ChainUnit[]): BodyRef[];
  interventions: InterventionTypeRef[];
  themes: ThemeRef[];
  nameOf(code: string): string;
}

let cached: ReferenceFixture | null = null;

/**
 * The real reference data (libs/geography/data) in the shapes the library takes, for tests: the
 * bodies are generated the way the geography seed generates them (one per applicable kind and unit,
 * coded KIND:UNITCODE), so that the tests meet the same bodies the database holds.
 */
export function loadReferenceFixture(): ReferenceFixture {
  if (cached) return cached;
  const read = (file: string) => parseCsv(file, readFileSync(join(DATA, file), 'utf8')).map((row) => row.values);
  const units = new Map(read('admin-units.csv').map((row) => [row.code, row]));
  const kinds = read('government-body-kinds.csv');
  const national = read('national-bodies.csv');
  const list = (value: string) => (value ? value.split('|') : []);

  const chainOf = (code: string): ChainUnit[] => {
    const chain: ChainUnit[] = [];
    for (let row = units.get(code); row; row = row.parent_code ? units.get(row.parent_code) : undefined) {
      chain.push({ unitId: row.code, level: row.level as AdminLevel, kind: row.kind as AdminUnitKind, name: row.name_en });
    }
    if (chain.length === 0) throw new Error(`No unit ${code} in admin-units.csv`);
    return chain;
  };
  const bodiesFor = (chain: readonly ChainUnit[]): BodyRef[] => [
    ...chain.flatMap((unit) =>
      kinds
        .filter((kind) => list(kind.applies_to_unit_kinds).includes(unit.kind))
        .map((kind) => ({ id: `${kind.code}:${unit.unitId}`, code: `${kind.code}:${unit.unitId}`, kind: kind.code, level: levelOf(list(kind.level)), adminUnitId: unit.unitId, competences: list(kind.competences), name: kind.name_en_pattern.replace('{name}', unit.name ?? '') })),
    ),
    ...national.map((body) => ({ id: body.code, code: body.code, kind: body.kind, level: 'NATIONAL' as const, adminUnitId: null, competences: list(body.competences), name: body.name_en })),
  ];
  cached = {
    chainOf,
    bodiesFor,
    interventions: read('intervention-types.csv').map((row) => ({ code: row.code, nameEn: row.name_en, themeCodes: list(row.theme_codes), decisionLevel: row.decision_level as DecisionLevel, decisionBodyKind: row.decision_body_kind, notes: row.notes })),
    themes: read('themes.csv').map((row) => ({ code: row.code, parentCode: row.parent_code || null })),
    nameOf: (code) => units.get(code)?.name_en ?? code,
  };
  return cached;
}

/** As the geography seed decides it (decisionLevelOf): the lowest admin level a kind sits at. */
function levelOf(adminLevels: readonly string[]): DecisionLevel {
  if (adminLevels.includes('AYIL_AIMAK') || adminLevels.includes('SETTLEMENT')) return 'LOCAL';
  if (adminLevels.includes('RAYON')) return 'DISTRICT';
  if (adminLevels.includes('OBLAST')) return 'REGIONAL';
  return 'NATIONAL';
}
