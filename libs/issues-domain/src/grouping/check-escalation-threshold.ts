import { BadInputError } from '@yntymak/errors';
import { AggregatedEvidence } from './aggregate-evidence';

export interface EscalationThreshold {
  /** Distinct villages (units) concerned. Default 5. */
  minVillages?: number;
  /** Distinct raising organisations. Default 1: five villages of one implementer are enough. */
  minOrganisations?: number;
}

export const DEFAULT_ESCALATION_THRESHOLD: Required<EscalationThreshold> = { minVillages: 5, minOrganisations: 1 };

export interface ThresholdCheck {
  reached: boolean;
  /** What is met and what is missing, in words for the coordinator. */
  reasons: string[];
}

/** Whether a shared issue has grown enough to go up to the coordinating body as one dossier. */
export function checkEscalationThreshold(evidence: Pick<AggregatedEvidence, 'villages' | 'organisations'>, threshold: EscalationThreshold = {}): ThresholdCheck {
  const { minVillages, minOrganisations } = { ...DEFAULT_ESCALATION_THRESHOLD, ...threshold };
  for (const [field, value] of [['minVillages', minVillages], ['minOrganisations', minOrganisations]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new BadInputError(field, `${field} must be a whole number of at least 1.`, 'INVALID_THRESHOLD');
  }
  const villagesMet = evidence.villages >= minVillages;
  const organisationsMet = evidence.organisations >= minOrganisations;
  return {
    reached: villagesMet && organisationsMet,
    reasons: [
      `${evidence.villages} of ${minVillages} villages needed${villagesMet ? '' : `: ${minVillages - evidence.villages} more`}`,
      `${evidence.organisations} of ${minOrganisations} organisations needed${organisationsMet ? '' : `: ${minOrganisations - evidence.organisations} more`}`,
    ],
  };
}
