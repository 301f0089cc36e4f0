import { DecisionLevel } from '../model/decision-level';
import { TextSimilarity } from './compare-texts';

/** What grouping needs of an issue. */
export interface GroupableIssue {
  id: string;
  organisationId: string;
  /** The village (or ayil aimak) the issue is about. */
  unitId: string;
  themeCodes: readonly string[];
  interventionCode?: string | null;
  /** The proposal (the refined text where there is one); the title may be prepended. */
  proposal: string;
  /** The issue's decision level (proposed, overridden or escalated). */
  level: DecisionLevel;
}

export interface GroupingOptions {
  /** A pair links when its text similarity reaches this. Default 0.35. */
  minSimilarity?: number;
  /** Two groups merge when the mean similarity of all their cross pairs reaches this. Default 0.25. */
  minGroupSimilarity?: number;
  /**
   * SAME_OR_HIGHER (default): issues of different levels may group, and the group takes the highest
   * (a village's local request backs the national proposal). SAME: only issues of one level group.
   */
  levelPolicy?: 'SAME' | 'SAME_OR_HIGHER';
  /** Issues below this level are left out. Default LOCAL (none). */
  minLevel?: DecisionLevel;
  /** Groups smaller than this are not returned. Default 2. */
  minGroupSize?: number;
}

/** Why two issues were put together. */
export interface IssueLink {
  /** The two issue ids, smaller first. */
  issueIds: [string, string];
  similarity: number;
  text: TextSimilarity;
  sameInterventionCode: string | null;
  sharedThemeCodes: string[];
  reasons: string[];
}

export interface IssueGroup {
  /** The smallest member id: stable while the group keeps that member. */
  anchorIssueId: string;
  issueIds: string[];
  /** The highest level among the members: where the shared issue is decided. */
  level: DecisionLevel;
  organisationIds: string[];
  unitIds: string[];
  interventionCodes: string[];
  /** Themes every member has. */
  sharedThemeCodes: string[];
  /** Mean text similarity over all member pairs. */
  cohesion: number;
  /** The links that joined the group, strongest first: one fewer than the members. */
  links: IssueLink[];
}

export interface GroupingResult {
  groups: IssueGroup[];
  /** Ids of the issues in no returned group. */
  ungrouped: string[];
}
