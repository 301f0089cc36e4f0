import { DecisionLevel } from '../model/decision-level';
import { KeywordGroupId } from './keyword-groups';

/** When a rule applies. Conditions are data so that the table reads like the field practice it encodes. */
export type RuleCondition =
  /** The author ticked the flag when raising the issue. */
  | { flag: 'needsLawChange' | 'needsNormativeAct' }
  /** Every listed keyword group occurs in the proposal (or title) text. */
  | { keywords: readonly KeywordGroupId[] }
  /** The issue concerns one of these interventions. */
  | { interventions: readonly string[] }
  /** The issue concerns an intervention that is in the catalogue. */
  | { anyIntervention: true }
  | { anyOf: readonly RuleCondition[] }
  | { always: true };

export interface RoutingRule {
  id: string;
  when: RuleCondition;
  /** A level, or INTERVENTION: the catalogue's decision level for the intervention. */
  level: DecisionLevel | 'INTERVENTION';
  /** The kind of body that decides at that level, or INTERVENTION: the catalogue's decision body kind. */
  decidingBodyKind?: string;
  /** The Jogorku Kenesh is addressed too. */
  needsLawChange?: boolean;
  /** Applies only when no other rule does. */
  fallback?: boolean;
  /**
   * Shown to the author. Placeholders: {matched} the keywords found, {intervention} its English
   * name, {level} and {body} the catalogue's level and body kind, {notes} the catalogue's notes.
   */
  reason: string;
}
