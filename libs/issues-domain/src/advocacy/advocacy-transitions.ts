import { AdvocacyState } from './advocacy-item';

export const ADVOCACY_ACTIONS = ['SUBMIT', 'START_REVIEW', 'ADOPT', 'REJECT', 'STALL', 'RESUME_REVIEW'] as const;
export type AdvocacyAction = (typeof ADVOCACY_ACTIONS)[number];

/** The advocacy state machine as data; docs/issues.md renders it. Who may act is the caller's access policy. */
export const ADVOCACY_TRANSITIONS: readonly { action: AdvocacyAction; from: AdvocacyState; to: AdvocacyState; noteRequired: boolean }[] = [
  { action: 'SUBMIT', from: 'DRAFTED', to: 'SUBMITTED', noteRequired: false },
  { action: 'START_REVIEW', from: 'SUBMITTED', to: 'UNDER_REVIEW', noteRequired: false },
  { action: 'ADOPT', from: 'UNDER_REVIEW', to: 'ADOPTED', noteRequired: false },
  // A rejection is only useful to the next attempt with its grounds.
  { action: 'REJECT', from: 'UNDER_REVIEW', to: 'REJECTED', noteRequired: true },
  { action: 'STALL', from: 'UNDER_REVIEW', to: 'STALLED', noteRequired: false },
  { action: 'RESUME_REVIEW', from: 'STALLED', to: 'UNDER_REVIEW', noteRequired: false },
];
