import { BadInputError } from '@yntymak/errors';
import { ChainUnit } from '../model/admin-unit';
import { DECISION_LEVELS, DecisionLevel } from '../model/decision-level';
import { BodyRef } from '../model/government-body';
import { collectThemeSources } from './collect-theme-sources';
import { BuildChainInput, EscalationChain, EscalationStep } from './escalation-chain';
import { selectStepBodies } from './select-step-bodies';
import { validateUnitChain } from './validate-unit-chain';

/**
 * Who acts at each level for an issue, following the hierarchy of its unit. Each level takes the
 * nearest unit of the chain (from the unit up) that has bodies of that level, never a unit
 * below the previous step's: the chain only climbs. Bodies of a level found below the previous
 * step's unit are subdivisions of that step's body (a Bishkek district administration under the
 * mayor's office) and are listed with it. Throws BadInputError for a malformed ancestor chain.
 */
export function buildEscalationChain(input: BuildChainInput): EscalationChain {
  const problems = validateUnitChain(input.units);
  if (problems.length > 0) {
    throw new BadInputError('units', `Invalid unit chain: ${problems.join('; ')}`, 'INVALID_UNIT_CHAIN', problems.map((message) => ({ field: 'units', message })));
  }
  const { units, subject } = input;
  const themeSources = collectThemeSources(subject.themeCodes, input.themes);
  const steps: EscalationStep[] = [];
  let floor = 0;
  for (const level of DECISION_LEVELS) {
    const index = level === 'NATIONAL' ? units.length - 1 : units.findIndex((unit) => bodiesAt(input.bodies, unit, level).length > 0);
    const candidates = level === 'NATIONAL' ? input.bodies.filter((body) => body.adminUnitId === null && body.level === 'NATIONAL') : index >= 0 ? bodiesAt(input.bodies, units[index], level) : [];
    const selected = selectStepBodies(candidates, level, subject, themeSources);
    const previous = [...steps].reverse().find((step) => step.bodies.length > 0);
    if (index >= 0 && index < floor && previous && level !== 'NATIONAL') {
      for (const body of selected) previous.bodies.push({ ...body, role: 'SUBDIVISION', reason: `${nameOf(units[index])} is part of ${nameOf(previous.unit)}: ${body.reason}` });
      steps.push({ level, unit: null, bodies: [], notes: [`The ${level} bodies of ${nameOf(units[index])} are subdivisions of ${nameOf(previous.unit)} and are addressed with its ${previous.level} step.`, ...missingLevelNotes(level, units)] });
      continue;
    }
    if (index >= 0 && selected.length > 0) floor = index;
    const unit = index >= 0 ? units[index] : null;
    const notes = selected.length > 0 ? [] : emptyStepNotes(level, unit, candidates.length, units);
    steps.push({ level, unit: selected.length > 0 ? unit : null, bodies: selected, notes });
  }
  return { unitId: units[0].unitId, steps };
}

function bodiesAt(bodies: readonly BodyRef[], unit: ChainUnit, level: DecisionLevel): BodyRef[] {
  return bodies.filter((body) => body.adminUnitId === unit.unitId && body.level === level);
}

function emptyStepNotes(level: DecisionLevel, unit: ChainUnit | null, candidates: number, units: readonly ChainUnit[]): string[] {
  if (unit && candidates > 0) return [`No ${level} body of ${nameOf(unit)} is the general authority or competent for this issue: escalation passes over this level.`];
  return [`No unit of the chain has a ${level} body: escalation passes over this level.`, ...missingLevelNotes(level, units)];
}

/** Why a level is missing, where the hierarchy explains it. */
function missingLevelNotes(level: DecisionLevel, units: readonly ChainUnit[]): string[] {
  const city = units.find((unit) => unit.kind === 'CITY_REPUBLICAN');
  if (city && (level === 'REGIONAL' || level === 'DISTRICT')) {
    return [`${nameOf(city)} is a city of republican significance: it has no oblast (and no plenipotentiary representative) or rayon state administration above it; after the city's own bodies the issue goes to national level.`];
  }
  return [];
}

function nameOf(unit: ChainUnit | null): string {
  return unit ? (unit.name ?? unit.unitId) : 'the previous unit';
}
