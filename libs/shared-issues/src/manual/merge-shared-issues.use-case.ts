import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { BadInputError, ConflictError, NotFoundError } from '@yntymak/errors';
import { MergeSharedIssuesInput } from '../dto/shared-issues.args';
import { SharedIssueEscalator } from '../escalation/shared-issue-escalator';
import { refreshSharedIssue } from '../grouping/refresh-shared-issue';
import { SharedIssueRepository } from '../shared-issue.repository';
import { tenantSql } from '../sql';

/**
 * The coordinator folds shared issues into one. Moved members become MANUAL: automatic regrouping
 * never takes them out again. If the result passes the threshold it goes up as a dossier, as the job
 * would have sent it. All in one transaction, under the grouping lock.
 */
@Injectable()
export class MergeSharedIssuesUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SharedIssueRepository,
    private readonly escalator: SharedIssueEscalator,
  ) {}

  async execute(input: MergeSharedIssuesInput, now = new Date()): Promise<void> {
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.includes(input.targetId)) throw new BadInputError('sourceIds', 'A shared issue cannot be merged into itself: sourceIds must not contain targetId.', 'MERGE_INTO_SELF');
    const note = input.note?.trim() || null;
    await this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      await this.repo.lockGrouping(sql);
      const target = await this.repo.find(sql, input.targetId, true);
      if (!target) throw new NotFoundError('shared issue', 'targetId');
      if (target.state !== 'OPEN' && target.state !== 'ESCALATED') throw new ConflictError('SHARED_ISSUE_CLOSED', `The target shared issue is ${target.state}: merge into a live one.`, 'targetId');
      for (const id of sourceIds) {
        const source = await this.repo.find(sql, id, true);
        if (!source) throw new NotFoundError('shared issue', 'sourceIds');
        if (source.state !== 'OPEN') {
          const why = source.state === 'ESCALATED' ? 'was sent to the coordinating body as a dossier; merge the others into it instead' : `is ${source.state}`;
          throw new ConflictError('SHARED_ISSUE_NOT_MERGEABLE', `Shared issue "${source.title}" ${why}.`, 'sourceIds', { sharedIssueId: id });
        }
        const members = await this.repo.members(sql, [id]);
        for (const m of members) {
          const explanation = { ...m.explanation, note: `Merged from "${source.title}" by the coordinator${note ? `: ${note}` : ''}` };
          await this.repo.moveMembers(sql, [m.issue_id], target.id, 'MANUAL', explanation);
        }
        await this.repo.setState(sql, id, 'MERGED', target.id);
        await this.repo.recordEvent(sql, { sharedIssueId: id, kind: 'MERGED', note, detail: { into: target.id, issues: members.map((m) => m.issue_id) } });
        await this.repo.recordEvent(sql, { sharedIssueId: target.id, kind: 'MERGED', note, detail: { from: id, issues: members.map((m) => m.issue_id) } });
      }
      await refreshSharedIssue(sql, this.repo, target.id);
      await this.escalator.escalateIfDue(sql, target.id, now);
    });
  }
}
