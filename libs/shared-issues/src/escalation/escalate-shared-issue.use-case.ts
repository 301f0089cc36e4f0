import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { ConflictError, NotFoundError } from '@yntymak/errors';
import { EscalateSharedIssueInput } from '../dto/shared-issues.args';
import { SharedIssueRepository } from '../shared-issue.repository';
import { tenantSql } from '../sql';
import { SharedIssueEscalator } from './shared-issue-escalator';

/** The coordinator sends a shared issue up as a dossier now, whatever its size. Once. */
@Injectable()
export class EscalateSharedIssueUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SharedIssueRepository,
    private readonly escalator: SharedIssueEscalator,
  ) {}

  async execute(input: EscalateSharedIssueInput, now = new Date()): Promise<void> {
    await this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const row = await this.repo.find(sql, input.id, true);
      if (!row) throw new NotFoundError('shared issue');
      const outcome = await this.escalator.send(sql, row, 'ON_DEMAND', input.note?.trim() || null, now);
      if (outcome.sent) return;
      if (outcome.reason === 'ALREADY_SENT') {
        throw new ConflictError('SHARED_ISSUE_ALREADY_ESCALATED', `This shared issue was already sent to the coordinating body on ${row.escalated_at?.slice(0, 10)}.`, 'id', { escalatedAt: row.escalated_at });
      }
      throw new ConflictError('SHARED_ISSUE_NOT_OPEN', `This shared issue is ${row.state}: only an OPEN shared issue can be sent.`, 'id');
    });
  }
}
