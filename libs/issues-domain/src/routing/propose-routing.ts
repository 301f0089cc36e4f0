import { buildEscalationChain } from '../chain/build-escalation-chain';
import { EscalationChain, EscalationStep } from '../chain/escalation-chain';
import { DecisionLevel, levelRank } from '../model/decision-level';
import { evaluateRules } from './evaluate-rules';
import { ROUTING_RULES } from './routing-rules';
import { RoutingContext, RoutingIssue, RoutingProposal, RuleMatch } from './routing-types';

/**
 * The level and bodies an issue should go to, with the reasons, from the routing rules and the
 * issue's escalation chain. Pure: everything it reads is passed in. When the chain has no body at
 * the level the rules name (Bishkek has no regional level), the next level up that has one is
 * proposed and the reasons say so.
 */
export function proposeRouting(issue: RoutingIssue, context: RoutingContext): RoutingProposal {
  const warnings: string[] = [];
  const intervention = issue.interventionCode ? (context.interventions.find((row) => row.code === issue.interventionCode) ?? null) : null;
  if (issue.interventionCode && !intervention) warnings.push(`Intervention ${issue.interventionCode} is not in the catalogue: its usual level is unknown.`);

  const matches = evaluateRules(issue, context.rules ?? ROUTING_RULES, intervention);
  const decisive = matches.filter((match) => match.decisive);
  const ruleLevel = decisive[0]?.level ?? 'LOCAL';
  const needsLawChange = matches.some((match) => match.needsLawChange);
  const chain = buildEscalationChain({
    units: context.units,
    bodies: context.bodies,
    themes: context.themes,
    subject: {
      interventionCode: issue.interventionCode ?? null,
      themeCodes: issue.themeCodes.length > 0 ? issue.themeCodes : (intervention?.themeCodes ?? []),
      needsLawChange,
      decidingBodyKinds: decidingKindsByLevel(matches),
    },
  });

  const step = placeOnChain(chain, ruleLevel);
  const reasons = decisive.map((match) => match.reason);
  if (step && step.level !== ruleLevel) {
    reasons.push(`No body acts at ${ruleLevel} level for this unit (${chain.steps[levelRank(ruleLevel)].notes.join(' ')}); proposed at ${step.level} level.`);
  }
  if (!step) warnings.push(`No body at ${ruleLevel} level or above was found for this unit: pass the bodies of its units and the national bodies.`);
  return {
    level: step?.level ?? ruleLevel,
    bodies: step?.bodies ?? [],
    reasons,
    ruleLevel,
    decidingBodyKind: decisive.find((match) => match.decidingBodyKind)?.decidingBodyKind ?? null,
    needsLawChange,
    matches,
    warnings,
    chain,
    override: null,
  };
}

/** The first rule at each level that names a deciding body kind marks that body at the level's step. */
function decidingKindsByLevel(matches: readonly RuleMatch[]): Partial<Record<DecisionLevel, string>> {
  const kinds: Partial<Record<DecisionLevel, string>> = {};
  for (const match of matches) if (match.decidingBodyKind && !kinds[match.level]) kinds[match.level] = match.decidingBodyKind;
  return kinds;
}

/**
 * The step at the level, or the first one above it that has bodies. Never one below: an issue that
 * needs a law cannot be decided by a rayon because the national bodies were not passed in.
 */
function placeOnChain(chain: EscalationChain, level: DecisionLevel): EscalationStep | null {
  return chain.steps.slice(levelRank(level)).find((step) => step.bodies.length > 0) ?? null;
}
