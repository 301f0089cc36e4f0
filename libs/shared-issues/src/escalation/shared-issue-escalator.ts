import { EscalationThreshold, checkEscalationThreshold } from '@yntymak/issues-domain';
import { EventType } from '@yntymak/outbox';
import { AdvocacyRepository } from '../advocacy/advocacy.repository';
import { assembleDossier } from '../dossier/assemble-dossier';
import { appendSharedIssueEvent } from '../outbox-sql';
import { SharedIssueRepository, SharedIssueRow } from '../shared-issue.repository';
import { Sql } from '../sql';

export type EscalationOutcome = { sent: true } | { sent: false; reason: 'ALREADY_SENT' | 'NOT_OPEN' | 'BELOW_THRESHOLD' };

/**
 * Sends a shared issue to the coordinating body as one dossier, exactly once: the dossier snapshot,
 * the state and the outbox event (which alerts the coordinator) are written by one compare-and-set
 * in the caller's transaction. A second caller (a retried job, a second worker, the coordinator
 * pressing the button twice) finds it sent and changes nothing.
 */
export class SharedIssueEscalator {
  constructor(
    private readonly sharedIssues: SharedIssueRepository,
    private readonly advocacy: AdvocacyRepository,
    private readonly threshold: EscalationThreshold,
  ) {}

  /** The threshold path (the grouping job, a merge): only when the shared issue has grown enough. */
  async escalateIfDue(sql: Sql, id: string, now: Date): Promise<EscalationOutcome> {
    const row = await this.sharedIssues.find(sql, id, true);
    if (!row || row.state !== 'OPEN') return { sent: false, reason: row?.escalated_at ? 'ALREADY_SENT' : 'NOT_OPEN' };
    const check = checkEscalationThreshold({ villages: row.evidence.villages ?? 0, organisations: row.evidence.organisations ?? 0 }, this.threshold);
    if (!check.reached) return { sent: false, reason: 'BELOW_THRESHOLD' };
    return this.send(sql, row, 'THRESHOLD', null, now);
  }

  /** On demand: whatever its size. The caller has locked and checked the row. */
  async send(sql: Sql, row: SharedIssueRow, trigger: 'THRESHOLD' | 'ON_DEMAND', note: string | null, now: Date): Promise<EscalationOutcome> {
    if (row.escalated_at) return { sent: false, reason: 'ALREADY_SENT' };
    if (row.state !== 'OPEN') return { sent: false, reason: 'NOT_OPEN' };
    const threshold = checkEscalationThreshold({ villages: row.evidence.villages ?? 0, organisations: row.evidence.organisations ?? 0 }, this.threshold);
    // The row is locked: a member cannot join until this commits (its foreign key takes a key-share lock), and a
    // member leaving commits only with the refresh of this row, which waits too. So members agree with the evidence.
    const members = await this.sharedIssues.members(sql, [row.id]);
    const dossier = await assembleDossier(sql, { sharedIssues: this.sharedIssues, advocacy: this.advocacy }, row, members, { trigger, note, threshold, now });
    if (!(await this.sharedIssues.markEscalated(sql, row.id, trigger, dossier))) return { sent: false, reason: 'ALREADY_SENT' };
    await this.sharedIssues.recordEvent(sql, { sharedIssueId: row.id, kind: 'ESCALATED', note, detail: { trigger, threshold: threshold.reasons, summary: dossier.summary } });
    await appendSharedIssueEvent(sql, EventType.SharedIssueEscalated, 'shared_issue', row.id, { trigger });
    return { sent: true };
  }
}
