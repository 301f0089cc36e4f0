// Model
export * from './model/decision-level';
export * from './model/admin-unit';
export * from './model/government-body';
export * from './model/catalogue';
export * from './model/document-ref';
export { BISHKEK_UTC_OFFSET_MINUTES, bishkekDate } from './model/bishkek-time';

// Escalation chain
export * from './chain/escalation-chain';
export { buildEscalationChain } from './chain/build-escalation-chain';
export { validateUnitChain } from './chain/validate-unit-chain';
export { GENERAL_BODY_KINDS, LEGISLATURE_KINDS } from './chain/general-body-kinds';

// Routing
export * from './routing/routing-rule';
export * from './routing/routing-types';
export { ROUTING_RULES } from './routing/routing-rules';
export { KEYWORD_GROUPS, type KeywordGroupId } from './routing/keyword-groups';
export { detectKeywords } from './routing/detect-keywords';
export { proposeRouting } from './routing/propose-routing';
export { applyOverride, type OverrideResult, type OverrideErrorCode } from './routing/apply-override';

// Lifecycle
export * from './lifecycle/issue-state';
export { ISSUE_TRANSITIONS, ACTION_REQUIREMENTS, type IssueTransitionRule } from './lifecycle/issue-transitions';
export { transitionIssue } from './lifecycle/transition-issue';
export { allowedIssueActions } from './lifecycle/allowed-issue-actions';

// Deadlines and escalation
export * from './deadlines/deadline-config';
export { responseDeadline } from './deadlines/response-deadline';
export { nextEscalation, type EscalationTarget } from './deadlines/next-escalation';
export { escalationKey } from './deadlines/escalation-key';
export { escalationJobId } from './deadlines/escalation-job-id';
export { checkDeadlineEscalation, type DeadlineCheck, type DeadlineCheckInput } from './deadlines/check-deadline-escalation';

// Shared issues
export * from './grouping/grouping-types';
export { groupIssues } from './grouping/group-issues';
export { type TextSimilarity, compareTexts } from './grouping/compare-texts';
export { prepareText, type PreparedText } from './grouping/prepare-text';
export { FIELD_SYNONYMS } from './grouping/field-synonyms';
export * from './grouping/aggregate-evidence';
export * from './grouping/check-escalation-threshold';
export { normaliseText, tokenise } from './text/normalise-text';

// Advocacy
export * from './advocacy/advocacy-item';
export * from './advocacy/advocacy-transitions';
export { transitionAdvocacy, type AdvocacyChange, type AdvocacyTransitionResult } from './advocacy/transition-advocacy';
export { describeWaiting, type Waiting } from './advocacy/describe-waiting';

// Evidence
export * from './evidence/fact';
export * from './evidence/evidence-indicators';
export { validateFact } from './evidence/validate-fact';
export { validateFacts } from './evidence/validate-facts';
export { parseFactDate } from './evidence/parse-fact-date';
