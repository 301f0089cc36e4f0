import { ChainUnit } from '../model/admin-unit';
import { DecisionLevel } from '../model/decision-level';
import { AddressedBody, BodyRef } from '../model/government-body';
import { ThemeRef } from '../model/catalogue';

/** What the issue is about, as far as choosing competent bodies goes. */
export interface EscalationSubject {
  interventionCode?: string | null;
  themeCodes: readonly string[];
  /** The Jogorku Kenesh is addressed at NATIONAL level only when a law has to change. */
  needsLawChange?: boolean;
  /** Per level, the kind of body that decides the matter there (from the routing rules or the catalogue). */
  decidingBodyKinds?: Partial<Record<DecisionLevel, string>>;
}

export interface BuildChainInput {
  /** The unit first, then its ancestors up to the country. */
  units: readonly ChainUnit[];
  /** Bodies of those units and the national bodies (adminUnitId null); others are ignored. */
  bodies: readonly BodyRef[];
  subject: EscalationSubject;
  /** The theme taxonomy, so that a body competent for AGRICULTURE serves a LIVESTOCK issue. */
  themes?: readonly ThemeRef[];
}

export interface EscalationStep {
  level: DecisionLevel;
  /** The unit whose bodies act at this level; null when no unit of the chain has one. */
  unit: ChainUnit | null;
  /** Empty when nobody acts at this level for this unit: escalation passes over the step. */
  bodies: AddressedBody[];
  notes: string[];
}

/** Always four steps, LOCAL to NATIONAL; some may be empty (see docs/issues.md, the city cases). */
export interface EscalationChain {
  unitId: string;
  steps: EscalationStep[];
}
