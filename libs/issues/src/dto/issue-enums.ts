import { registerEnumType } from '@nestjs/graphql';
import { DecisionLevelEnum } from '@yntymak/geography';
import { ACTOR_ROLES, ISSUE_ACTIONS, ISSUE_STATES } from '@yntymak/issues-domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

// One GraphQL enum for decision levels, registered by geography (government bodies carry it too).
export { DecisionLevelEnum };
export const IssueStateEnum = enumOf(ISSUE_STATES);
export const IssueActionEnum = enumOf(ISSUE_ACTIONS);
export const IssueActorRoleEnum = enumOf(ACTOR_ROLES);
/** History entries: the state machine's actions plus raising, refining and a deadline missed at the top. */
export const ISSUE_HISTORY_ACTIONS = ['RAISE', 'REFINE', ...ISSUE_ACTIONS, 'DEADLINE_AT_TOP'] as const;
export const IssueHistoryActionEnum = enumOf(ISSUE_HISTORY_ACTIONS);

registerEnumType(IssueStateEnum, { name: 'IssueState', description: 'docs/issues.md §4. Escalating and re-routing are actions: the issue is ADDRESSED again, to other bodies.' });
registerEnumType(IssueActionEnum, { name: 'IssueAction' });
registerEnumType(IssueActorRoleEnum, { name: 'IssueActorRole', description: 'Who acted, relative to the issue. SYSTEM is the platform (deadline escalation).' });
registerEnumType(IssueHistoryActionEnum, { name: 'IssueHistoryAction' });
