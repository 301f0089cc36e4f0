import { InterventionTypeRef } from '../model/catalogue';
import { DecisionLevel, levelRank } from '../model/decision-level';
import { detectKeywords } from './detect-keywords';
import { KeywordGroupId } from './keyword-groups';
import { RoutingRule, RuleCondition } from './routing-rule';
import { RoutingIssue, RuleMatch } from './routing-types';

interface Facts {
  issue: RoutingIssue;
  intervention: InterventionTypeRef | null;
  keywords: Map<KeywordGroupId, string[]>;
}

/**
 * Every rule that applies to the issue, in table order, with its reason filled in; fallback rules
 * only when nothing else applies. Rules at the highest level among the matches are decisive.
 */
export function evaluateRules(issue: RoutingIssue, rules: readonly RoutingRule[], intervention: InterventionTypeRef | null): RuleMatch[] {
  const facts: Facts = { issue, intervention, keywords: detectKeywords(issue.proposal) };
  const applicable = rules.filter((rule) => holds(rule.when, facts) && resolveLevel(rule, intervention) !== null);
  const chosen = applicable.some((rule) => !rule.fallback) ? applicable.filter((rule) => !rule.fallback) : applicable;
  const matches = chosen.map((rule): RuleMatch => ({
    ruleId: rule.id,
    level: resolveLevel(rule, intervention) as DecisionLevel,
    decidingBodyKind: rule.decidingBodyKind === 'INTERVENTION' ? (intervention?.decisionBodyKind ?? null) : (rule.decidingBodyKind ?? null),
    needsLawChange: rule.needsLawChange === true,
    reason: fillReason(rule, facts),
    decisive: false,
  }));
  const top = Math.max(...matches.map((match) => levelRank(match.level)));
  return matches.map((match) => ({ ...match, decisive: levelRank(match.level) === top }));
}

function holds(condition: RuleCondition, facts: Facts): boolean {
  if ('flag' in condition) return facts.issue[condition.flag] === true;
  if ('keywords' in condition) return condition.keywords.every((group) => facts.keywords.has(group));
  if ('interventions' in condition) return !!facts.issue.interventionCode && condition.interventions.includes(facts.issue.interventionCode);
  if ('anyIntervention' in condition) return facts.intervention !== null;
  if ('anyOf' in condition) return condition.anyOf.some((inner) => holds(inner, facts));
  return condition.always;
}

function resolveLevel(rule: RoutingRule, intervention: InterventionTypeRef | null): DecisionLevel | null {
  return rule.level === 'INTERVENTION' ? (intervention?.decisionLevel ?? null) : rule.level;
}

function fillReason(rule: RoutingRule, facts: Facts): string {
  const matched = matchedKeywords(rule.when, facts).map((word) => `"${word}"`).join(', ');
  return rule.reason
    .replace('{matched}', matched)
    .replace('{intervention}', facts.intervention?.nameEn ?? '')
    .replace('{level}', facts.intervention?.decisionLevel ?? '')
    .replace('{body}', humanise(facts.intervention?.decisionBodyKind ?? ''))
    .replace('{notes}', facts.intervention?.notes?.trim() || 'no notes in the catalogue');
}

function matchedKeywords(condition: RuleCondition, facts: Facts): string[] {
  if ('keywords' in condition) return condition.keywords.flatMap((group) => facts.keywords.get(group) ?? []);
  if ('anyOf' in condition) return condition.anyOf.flatMap((inner) => (holds(inner, facts) ? matchedKeywords(inner, facts) : []));
  return [];
}

/** AYIL_OKMOTU -> "ayil okmotu", for reasons. */
function humanise(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}
