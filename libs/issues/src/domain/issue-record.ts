import { AddressedBody, DecisionLevel, IssueState } from '@yntymak/issues-domain';

export type I18nText = { ky?: string; ru?: string; en?: string };

/** What the routing rules proposed when the issue was raised or refined, kept with the issue. */
export interface StoredRouting {
  reasons: string[];
  ruleLevel: DecisionLevel;
  decidingBodyKind: string | null;
  ruleIds: string[];
  warnings: string[];
  /** The bodies proposed at the issue's level (the override's, if the author chose). */
  bodies: AddressedBody[];
  override: { fromLevel: DecisionLevel; reason: string } | null;
}

/** One issue as stored (the current state; history, addressees and evidence are read apart). */
export interface IssueRecord {
  id: string;
  organisationId: string;
  refinerOrganisationId: string | null;
  adminUnitId: string;
  themeCodes: string[];
  interventionCode: string | null;
  projectId: string | null;
  title: I18nText;
  summary: I18nText;
  proposal: I18nText;
  refinedTitle: I18nText | null;
  refinedSummary: I18nText | null;
  refinedProposal: I18nText | null;
  refinedAt: string | null;
  refinedByOrganisationId: string | null;
  needsLawChange: boolean;
  needsNormativeAct: boolean;
  proposedLevel: DecisionLevel;
  decisionLevel: DecisionLevel;
  routing: StoredRouting;
  overrideReason: string | null;
  state: IssueState;
  version: number;
  isPublic: boolean;
  addressRound: number;
  escalationCount: number;
  deadlineAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The text a reader and the grouping see: the refined text where there is one, else the original. */
export function currentText(issue: IssueRecord): { title: I18nText; summary: I18nText; proposal: I18nText } {
  return { title: issue.refinedTitle ?? issue.title, summary: issue.refinedSummary ?? issue.summary, proposal: issue.refinedProposal ?? issue.proposal };
}
