import { OrganisationKind } from '@yntymak/context';
import { ActorRole } from '@yntymak/issues-domain';

export interface ActorFacts {
  organisationId: string;
  organisationKind: OrganisationKind;
  raiserId: string;
  refinerId: string | null;
  /** Whether the organisation speaks for one of the bodies the issue is addressed to now. */
  speaksForCurrentAddressee: boolean;
}

/**
 * The roles an organisation holds on an issue, most specific first. A raiser without a separate
 * refining implementer is its own coordinator (docs/issues.md §4).
 */
export function deriveActorRoles(facts: ActorFacts): ActorRole[] {
  const roles: ActorRole[] = [];
  if (facts.organisationId === facts.raiserId) roles.push('RAISER');
  if (facts.organisationId === facts.refinerId || (facts.organisationId === facts.raiserId && facts.refinerId === null)) roles.push('RAISER_COORDINATOR');
  if (facts.speaksForCurrentAddressee) roles.push('ADDRESSED_BODY');
  if (facts.organisationKind === 'COORDINATOR') roles.push('COORDINATOR');
  return roles;
}
