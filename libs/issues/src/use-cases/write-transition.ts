import { IssuesConfig } from '@yntymak/config';
import { ConflictError } from '@yntymak/errors';
import { AddressedBody, DecisionLevel, IssueState, TransitionRecord } from '@yntymak/issues-domain';
import { computeDeadline } from '../deadlines/compute-deadline';
import { IssueRecord } from '../domain/issue-record';
import { IssueRepository } from '../issue.repository';
import { Sql } from '../sql';

export type Addressee = Pick<AddressedBody, 'bodyId' | 'level' | 'role' | 'reason'>;

export interface TransitionWrite {
  issue: IssueRecord;
  /** The version the writer read (and locked); the update is a compare-and-set on it. */
  expectedVersion: number;
  next: IssueState;
  record: TransitionRecord;
  actorOrganisationId: string | null;
  actorKeyId: string | null;
  /** For a change that (re)addresses the issue: the bodies and their level. */
  addressTo?: { bodies: Addressee[]; level: DecisionLevel };
  reason?: string | null;
  escalationKey?: string | null;
  requestId?: string | null;
  now: Date;
  config: IssuesConfig;
}

export interface TransitionWritten {
  version: number;
  deadline: Date | null;
  round: number;
  level: DecisionLevel;
}

/** States with a running response deadline; leaving them stops the clock. */
const AWAITING: readonly IssueState[] = ['ADDRESSED', 'UNDER_CONSIDERATION'];

/**
 * Stores one state change: the issue row (compare-and-set on the version), a new addressing round
 * with its bodies and deadline when the issue is (re)addressed, and the history entry. The caller
 * appends the outbox events in the same transaction. Shared by the API (as the acting tenant) and
 * the deadline job (as the system).
 */
export async function writeTransition(sql: Sql, issues: IssueRepository, write: TransitionWrite): Promise<TransitionWritten> {
  const { issue } = write;
  const readdressed = write.addressTo !== undefined;
  const level = write.addressTo?.level ?? issue.decisionLevel;
  const round = readdressed ? issue.addressRound + 1 : issue.addressRound;
  // Acknowledging does not stop the clock: the deadline runs on until an answer or a new address.
  const deadline = readdressed ? computeDeadline(level, write.now, write.config) : AWAITING.includes(write.next) && issue.deadlineAt ? new Date(issue.deadlineAt) : null;
  const touched = await issues.changeState(sql, issue.id, write.expectedVersion, {
    state: write.next,
    decisionLevel: level,
    deadlineAt: deadline,
    addressRound: round,
    escalationCount: write.record.action === 'ESCALATE' ? issue.escalationCount + 1 : undefined,
  });
  if (touched !== 1) throw staleIssueVersion(issue.version);
  if (write.addressTo) await issues.insertAddressees(sql, issue.id, round, write.addressTo.bodies);
  const version = write.expectedVersion + 1;
  await issues.insertEvent(sql, {
    issueId: issue.id,
    version,
    action: write.record.action,
    fromState: write.record.from,
    toState: write.record.to,
    actorRole: write.record.actorRole,
    actorOrganisationId: write.actorOrganisationId,
    actorKeyId: write.actorKeyId,
    note: write.record.note,
    reason: write.reason ?? null,
    documentRefs: write.record.documentRefs,
    targetBodyId: write.record.targetBodyId,
    bodyIds: write.addressTo ? write.addressTo.bodies.map((b) => b.bodyId) : write.record.bodyIds,
    fromLevel: write.record.fromLevel ?? (readdressed ? issue.decisionLevel : null),
    toLevel: write.record.toLevel ?? (readdressed ? level : null),
    deadlineAt: readdressed ? deadline : null,
    escalationKey: write.escalationKey ?? null,
    requestId: write.requestId ?? null,
  });
  return { version, deadline, round, level };
}

export function staleIssueVersion(currentVersion: number): ConflictError {
  return new ConflictError(
    'STALE_VERSION',
    `This issue has changed since you read it: it is now at version ${currentVersion}. Read it again and send expectedVersion ${currentVersion}.`,
    'expectedVersion',
    { currentVersion },
  );
}
