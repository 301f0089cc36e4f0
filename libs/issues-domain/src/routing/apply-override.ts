import { DecisionLevel, isDecisionLevel } from '../model/decision-level';
import { RoutingOverride, RoutingProposal } from './routing-types';

export type OverrideErrorCode = 'REASON_REQUIRED' | 'INVALID_LEVEL' | 'NO_BODY_AT_LEVEL' | 'UNKNOWN_BODY';

export type OverrideResult = { proposal: RoutingProposal } | { error: string; code: OverrideErrorCode; field: 'reason' | 'level' | 'bodyIds' };

/**
 * The author's choice of level (and, optionally, of bodies among the chain's) over the rules'
 * proposal. A reason is required so that whoever receives the issue sees why it skipped the rules;
 * the rules' reasons are kept after it.
 */
export function applyOverride(proposal: RoutingProposal, override: RoutingOverride): OverrideResult {
  const reason = typeof override.reason === 'string' ? override.reason.trim() : '';
  if (!reason) return { error: 'An override needs a reason.', code: 'REASON_REQUIRED', field: 'reason' };
  if (!isDecisionLevel(override.level)) return { error: `Unknown decision level ${String(override.level)}.`, code: 'INVALID_LEVEL', field: 'level' };

  const step = proposal.chain.steps.find((candidate) => candidate.level === override.level);
  let bodies = step?.bodies ?? [];
  if (override.bodyIds && override.bodyIds.length > 0) {
    const all = proposal.chain.steps.flatMap((candidate) => candidate.bodies);
    const unknown = override.bodyIds.filter((id) => !all.some((body) => body.bodyId === id));
    if (unknown.length > 0) return { error: `Bodies not in the issue's escalation chain: ${unknown.join(', ')}.`, code: 'UNKNOWN_BODY', field: 'bodyIds' };
    bodies = override.bodyIds.flatMap((id) => all.filter((body) => body.bodyId === id).slice(0, 1));
  }
  if (bodies.length === 0) {
    const notes = step?.notes.join(' ') ?? '';
    return { error: `No body acts at ${override.level} level for this unit. ${notes}`.trim(), code: 'NO_BODY_AT_LEVEL', field: 'level' };
  }
  const fromLevel: DecisionLevel = proposal.override?.fromLevel ?? proposal.level;
  // Overriding an override replaces the author's reason but keeps the rules' reasons once.
  const ruleReasons = proposal.override ? proposal.reasons.slice(1) : proposal.reasons.map((text) => `The rules proposed ${fromLevel}: ${text}`);
  return {
    proposal: {
      ...proposal,
      level: override.level,
      bodies,
      reasons: [`Set to ${override.level} level by the author: ${reason}`, ...ruleReasons],
      override: { fromLevel, reason },
    },
  };
}
