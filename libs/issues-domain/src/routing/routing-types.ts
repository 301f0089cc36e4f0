import { ChainUnit } from '../model/admin-unit';
import { InterventionTypeRef, ThemeRef } from '../model/catalogue';
import { DecisionLevel } from '../model/decision-level';
import { AddressedBody, BodyRef } from '../model/government-body';
import { EscalationChain } from '../chain/escalation-chain';
import { RoutingRule } from './routing-rule';

/** What routing needs to know about an issue. */
export interface RoutingIssue {
  themeCodes: readonly string[];
  interventionCode?: string | null;
  /** The concrete proposal; its title may be prepended by the caller. Keywords are looked for here. */
  proposal: string;
  needsLawChange?: boolean;
  needsNormativeAct?: boolean;
}

export interface RoutingContext {
  interventions: readonly InterventionTypeRef[];
  themes?: readonly ThemeRef[];
  /** The issue's unit and its ancestors up to the country. */
  units: readonly ChainUnit[];
  /** The bodies of those units and the national bodies. */
  bodies: readonly BodyRef[];
  /** Defaults to ROUTING_RULES. */
  rules?: readonly RoutingRule[];
}

export interface RuleMatch {
  ruleId: string;
  level: DecisionLevel;
  decidingBodyKind: string | null;
  needsLawChange: boolean;
  reason: string;
  /** Whether the rule set the proposed level (it names the highest level among the matches). */
  decisive: boolean;
}

export interface RoutingOverride {
  level: DecisionLevel;
  reason: string;
  /** Restrict the addressees to these bodies of the chain; by default the step's bodies. */
  bodyIds?: readonly string[];
}

export interface RoutingProposal {
  level: DecisionLevel;
  bodies: AddressedBody[];
  /** Human-readable, decisive reasons first. */
  reasons: string[];
  /** The level the rules named, before placing it on the chain (which may have no body there). */
  ruleLevel: DecisionLevel;
  decidingBodyKind: string | null;
  needsLawChange: boolean;
  matches: RuleMatch[];
  /** Problems with the data given (an intervention not in the catalogue, no body at any level). */
  warnings: string[];
  chain: EscalationChain;
  override: { fromLevel: DecisionLevel; reason: string } | null;
}
