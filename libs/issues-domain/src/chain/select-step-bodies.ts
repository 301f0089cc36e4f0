import { DecisionLevel } from '../model/decision-level';
import { AddressedBody, BodyRef, BodyRole } from '../model/government-body';
import { EscalationSubject } from './escalation-chain';
import { GENERAL_BODY_KINDS, LEGISLATURE_KINDS } from './general-body-kinds';
import { matchCompetence } from './match-competence';

/**
 * The bodies addressed at one level among those of the step's unit: the deciding kind first, then
 * the general authority, then the competent bodies, then (national, law change) the parliament.
 * A body is listed once, under its first role, with all its reasons. Stable order: role, then code.
 */
export function selectStepBodies(
  candidates: readonly BodyRef[],
  level: DecisionLevel,
  subject: EscalationSubject,
  themeSources: ReadonlyMap<string, string>,
): AddressedBody[] {
  const sorted = [...candidates].sort((a, b) => compare(a.code, b.code));
  const chosen = new Map<string, AddressedBody>();
  const add = (body: BodyRef, role: BodyRole, reason: string) => {
    const known = chosen.get(body.id);
    if (known) known.reason = `${known.reason}; ${reason}`;
    else chosen.set(body.id, { bodyId: body.id, code: body.code, kind: body.kind, level: body.level, adminUnitId: body.adminUnitId, role, reason });
  };

  const decidingKind = subject.decidingBodyKinds?.[level];
  for (const body of sorted) if (decidingKind && body.kind === decidingKind) add(body, 'DECIDES', `decides the matter at ${level} level (${decidingKind})`);
  for (const body of sorted) if (GENERAL_BODY_KINDS[level].includes(body.kind)) add(body, 'GENERAL', `general authority at ${level} level`);

  const eligible = sorted.filter((body) => !LEGISLATURE_KINDS.includes(body.kind));
  const matches = eligible.map((body) => ({ body, match: matchCompetence(body, subject.interventionCode, themeSources) }));
  const bestTier = Math.min(...matches.map(({ match }) => match?.tier ?? Infinity));
  for (const { body, match } of matches) if (match && match.tier === bestTier) add(body, 'COMPETENT', match.reason);

  if (level === 'NATIONAL' && subject.needsLawChange) {
    for (const body of sorted) if (LEGISLATURE_KINDS.includes(body.kind)) add(body, 'LEGISLATURE', 'adopts laws: the proposal needs a law change');
  }
  return [...chosen.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
