import { BadInputError } from '@yntymak/errors';
import { RoutingContext, RoutingIssue, RoutingOverride, RoutingProposal, applyOverride, proposeRouting } from '@yntymak/issues-domain';
import { StoredRouting } from '../domain/issue-record';

/**
 * The routing proposal for an issue, with the author's override applied when there is one. An
 * override the chain cannot honour (no body at that level) is the author's input error, on the
 * override's field.
 */
export function routeIssue(issue: RoutingIssue, context: RoutingContext, override?: RoutingOverride | null): { proposal: RoutingProposal; stored: StoredRouting; ruleLevel: RoutingProposal['level'] } {
  const proposed = proposeRouting(issue, context);
  let proposal = proposed;
  if (override) {
    const result = applyOverride(proposed, override);
    if ('error' in result) throw new BadInputError(`override.${result.field}`, result.error, result.code);
    proposal = result.proposal;
  }
  return {
    proposal,
    ruleLevel: proposed.level,
    stored: {
      reasons: proposal.reasons,
      ruleLevel: proposal.ruleLevel,
      decidingBodyKind: proposal.decidingBodyKind,
      ruleIds: proposal.matches.map((m) => m.ruleId),
      warnings: proposal.warnings,
      bodies: proposal.bodies,
      override: proposal.override,
    },
  };
}
