import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { BadInputError, ConflictError, NotFoundError } from '@yntymak/errors';
import { DecisionLevel } from '@yntymak/issues-domain';
import { SplitSharedIssueInput } from '../dto/shared-issues.args';
import { loadMemberIssues } from '../grouping/issue-reader';
import { refreshSharedIssue } from '../grouping/refresh-shared-issue';
import { SharedIssueRepository } from '../shared-issue.repository';
import { tenantSql } from '../sql';

/**
 * The coordinator takes some member issues out into a shared issue of their own. Both sides become
 * MANUAL, so that automatic regrouping neither pulls the moved issues back nor drifts the remaining
 * ones over. A shared issue already sent as a dossier is not split: the dossier was about all of them.
 */
@Injectable()
export class SplitSharedIssueUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SharedIssueRepository,
  ) {}

  async execute(input: SplitSharedIssueInput): Promise<{ originalId: string; createdId: string }> {
    const moving = [...new Set(input.issueIds)];
    const note = input.note?.trim() || null;
    return this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      await this.repo.lockGrouping(sql);
      const original = await this.repo.find(sql, input.id, true);
      if (!original) throw new NotFoundError('shared issue');
      if (original.state !== 'OPEN') throw new ConflictError('SHARED_ISSUE_NOT_SPLITTABLE', `This shared issue is ${original.state}; only an OPEN one can be split.`, 'id');
      const members = await this.repo.members(sql, [original.id]);
      const memberIds = new Set(members.map((m) => m.issue_id));
      const strangers = moving.filter((id) => !memberIds.has(id));
      if (strangers.length) throw new BadInputError('issueIds', `Not members of this shared issue: ${strangers.join(', ')}.`, 'NOT_A_MEMBER');
      if (moving.length >= members.length) throw new BadInputError('issueIds', 'A split must leave at least one issue in the original shared issue.', 'SPLIT_TAKES_ALL');
      const [first] = await loadMemberIssues(sql, [moving[0]]);
      const createdId = randomUUID();
      await this.repo.create(sql, { id: createdId, title: input.title?.trim() || (first?.title ?? original.title).slice(0, 300), level: (first?.level ?? original.decision_level) as DecisionLevel, origin: 'MANUAL' });
      for (const m of members) {
        const moved = moving.includes(m.issue_id);
        const explanation = { ...m.explanation, note: moved ? `Split from "${original.title}" by the coordinator${note ? `: ${note}` : ''}` : (m.explanation.note ?? 'Kept here by the coordinator when the shared issue was split') };
        await this.repo.moveMembers(sql, [m.issue_id], moved ? createdId : original.id, 'MANUAL', explanation);
      }
      await this.repo.recordEvent(sql, { sharedIssueId: original.id, kind: 'SPLIT', note, detail: { into: createdId, issues: moving } });
      await this.repo.recordEvent(sql, { sharedIssueId: createdId, kind: 'CREATED', note, detail: { splitFrom: original.id, issues: moving } });
      await refreshSharedIssue(sql, this.repo, original.id);
      await refreshSharedIssue(sql, this.repo, createdId);
      return { originalId: original.id, createdId };
    });
  }
}
