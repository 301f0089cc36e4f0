import { DocumentRef } from '../model/document-ref';

export const ADVOCACY_STATES = ['DRAFTED', 'SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'REJECTED', 'STALLED'] as const;
export type AdvocacyState = (typeof ADVOCACY_STATES)[number];

/** What the position asks for. */
export const ADVOCACY_KINDS = ['LAW_CHANGE', 'NORMATIVE_ACT', 'ACTION_PLAN', 'CREDIT_LINE', 'PROCUREMENT_RULE'] as const;
export type AdvocacyKind = (typeof ADVOCACY_KINDS)[number];

/** The road a position takes to the state (DESIGN.md §1: the two national memoranda, the oblast ones, direct appeals). */
export const ADVOCACY_CHANNELS = [
  /** The memorandum with the Ministry of Agriculture: it convenes ministries, agencies and stakeholders. */
  'MOA_MEMORANDUM',
  /** The SUN (Scaling Up Nutrition) civil alliance memorandum with the Government and a group of deputies. */
  'SUN_ALLIANCE_MEMORANDUM',
  /** A memorandum with an oblast's plenipotentiary representative. */
  'OBLAST_MEMORANDUM',
  /** A direct appeal to the Jogorku Kenesh. */
  'JOGORKU_KENESH_APPEAL',
  /** A direct appeal to the Cabinet of Ministers. */
  'CABINET_APPEAL',
  /** An open appeal: a congress resolution, a newspaper publication. */
  'PUBLIC_APPEAL',
] as const;
export type AdvocacyChannel = (typeof ADVOCACY_CHANNELS)[number];

export interface AdvocacyStateChange {
  state: AdvocacyState;
  /** When it happened (the date of the letter, the session), not when it was recorded. */
  at: Date;
  note?: string | null;
  documentRefs?: readonly DocumentRef[];
}

export interface AdvocacyItem {
  state: AdvocacyState;
  /** Oldest first; the first entry is the drafting. */
  history: readonly AdvocacyStateChange[];
}
