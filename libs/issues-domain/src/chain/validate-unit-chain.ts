import { adminLevelRank, ChainUnit } from '../model/admin-unit';

/**
 * Problems with an ancestor chain: it must run from the unit strictly upwards to the
 * country. Levels may be skipped (a village can sit directly under a city of oblast significance).
 */
export function validateUnitChain(units: readonly ChainUnit[]): string[] {
  if (units.length === 0) return ['the chain is empty: pass the issue unit and its ancestors up to the country'];
  const problems: string[] = [];
  const seen = new Set<string>();
  units.forEach((unit, index) => {
    if (!unit.unitId) problems.push(`units[${index}] has no unitId`);
    if (seen.has(unit.unitId)) problems.push(`units[${index}] repeats unit ${unit.unitId}`);
    seen.add(unit.unitId);
    if (adminLevelRank(unit.level) < 0) problems.push(`units[${index}] has an unknown level ${unit.level}`);
    else if (index > 0 && adminLevelRank(unit.level) <= adminLevelRank(units[index - 1].level)) {
      problems.push(`units[${index}] (${unit.level}) is not above units[${index - 1}] (${units[index - 1].level}): pass the chain from the unit upwards`);
    }
  });
  const last = units[units.length - 1];
  if (last.level !== 'COUNTRY') problems.push(`the chain ends at ${last.level}, not at the country`);
  return problems;
}
