import type { PairRelation } from './types/overlap-result.type';
import type { PreparedProfile } from './types/prepared-profile.type';

/**
 * Projects of one owner, projects that declare each other as co-financing, and projects whose
 * funding chains (owner, funders and the rest of the chain) share an organisation are one money
 * flow seen twice or two parts of one plan, never duplicates of each other.
 */
export function detectRelation(a: PreparedProfile, b: PreparedProfile): PairRelation {
  if (a.ownerOrganisationId === b.ownerOrganisationId) return 'SAME_OWNER';
  if (a.coFinancedProjectIds.has(b.id) || b.coFinancedProjectIds.has(a.id)) return 'CO_FINANCED';
  for (const organisation of a.fundingChain) if (b.fundingChain.has(organisation)) return 'CO_FINANCED';
  return 'INDEPENDENT';
}
