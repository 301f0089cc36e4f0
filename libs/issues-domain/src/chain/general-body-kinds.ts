import { DecisionLevel } from '../model/decision-level';

/**
 * The general authority at each level, addressed whatever the theme: it answers for the unit and
 * passes the matter to its own departments. Kinds from government-body-kinds.csv and
 * national-bodies.csv.
 */
export const GENERAL_BODY_KINDS: Readonly<Record<DecisionLevel, readonly string[]>> = {
  LOCAL: ['AYIL_OKMOTU', 'CITY_HALL'],
  DISTRICT: ['RAYON_STATE_ADMINISTRATION', 'CITY_DISTRICT_ADMINISTRATION'],
  REGIONAL: ['PLENIPOTENTIARY_REPRESENTATIVE'],
  NATIONAL: ['CABINET'],
};

/** National body kinds addressed only for a law change, never for a competence match alone. */
export const LEGISLATURE_KINDS: readonly string[] = ['PARLIAMENT'];
