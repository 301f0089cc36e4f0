import { ChainUnit } from '../model/admin-unit';
import { DecisionLevel, levelRank } from '../model/decision-level';
import { AddressedBody } from '../model/government-body';
import { EscalationChain } from '../chain/escalation-chain';
import { IssueState } from '../lifecycle/issue-state';

export interface EscalationTarget {
  level: DecisionLevel;
  unit: ChainUnit | null;
  bodies: AddressedBody[];
  /** Levels passed over because nobody acts there for this unit, with the chain's notes. */
  skipped: { level: DecisionLevel; notes: string[] }[];
}

/** States from which an issue can go up: on the deadline (addressed, under consideration) or on appeal (rejected). */
const ESCALATABLE: readonly IssueState[] = ['ADDRESSED', 'UNDER_CONSIDERATION', 'REJECTED'];

/**
 * The next level up the issue's chain that has bodies, or null: at NATIONAL, when nothing above has
 * a body, or when the state does not allow escalation. Empty steps (Bishkek's regional level) are
 * passed over and listed.
 */
export function nextEscalation(state: IssueState, level: DecisionLevel, chain: EscalationChain): EscalationTarget | null {
  if (!ESCALATABLE.includes(state) || levelRank(level) < 0) return null;
  const skipped: EscalationTarget['skipped'] = [];
  for (const step of chain.steps) {
    if (levelRank(step.level) <= levelRank(level)) continue;
    if (step.bodies.length > 0) return { level: step.level, unit: step.unit, bodies: step.bodies, skipped };
    skipped.push({ level: step.level, notes: step.notes });
  }
  return null;
}
