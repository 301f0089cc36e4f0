import type { AdminLevel, CoverageUnit } from '../types/project-profile.type';

/**
 * People in a unit when no statistic is given. The 40 rural rayons of facts.csv hold 4,280,900
 * people (2021) in 1,893 settlements: about 2,300 per settlement, 9,500 per ayil aimak (453) and
 * 107,000 per rayon; about 7 million in the country and 780,000 per oblast-level unit (9).
 */
export const PERSONS_PER_SETTLEMENT = 2_300;

export const DEFAULT_POPULATION: Readonly<Record<AdminLevel, number>> = {
  COUNTRY: 7_000_000,
  OBLAST: 780_000,
  RAYON: 107_000,
  AYIL_AIMAK: 9_500,
  SETTLEMENT: 2_300,
};

/** Population if known, else settlements x persons per settlement, else the level's default. */
export function estimateSize(unit: CoverageUnit): number {
  if (unit.population && unit.population > 0) return unit.population;
  if (unit.settlementCount && unit.settlementCount > 0) return unit.settlementCount * PERSONS_PER_SETTLEMENT;
  return DEFAULT_POPULATION[unit.level];
}
