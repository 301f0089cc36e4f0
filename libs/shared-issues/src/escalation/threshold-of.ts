import { AppConfig } from '@yntymak/config';
import { EscalationThreshold, GroupingOptions } from '@yntymak/issues-domain';

export function thresholdOf(config: AppConfig): EscalationThreshold {
  return { minVillages: config.sharedIssues.escalationMinVillages, minOrganisations: config.sharedIssues.escalationMinOrganisations };
}

export function groupingOptionsOf(config: AppConfig): GroupingOptions {
  return { minSimilarity: config.sharedIssues.minSimilarity };
}
