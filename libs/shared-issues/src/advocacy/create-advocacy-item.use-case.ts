import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { BadInputError, NotFoundError } from '@yntymak/errors';
import { CreateAdvocacyItemInput } from '../dto/advocacy.args';
import { SharedIssueRepository } from '../shared-issue.repository';
import { tenantSql } from '../sql';
import { AdvocacyRepository } from './advocacy.repository';

/** The coordinator records a policy position, drafted now or (a historic one) at a past date, with the shared issues behind it. */
@Injectable()
export class CreateAdvocacyItemUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly advocacy: AdvocacyRepository,
    private readonly sharedIssues: SharedIssueRepository,
  ) {}

  async execute(input: CreateAdvocacyItemInput, now = new Date()): Promise<string> {
    const draftedAt = input.draftedAt ? new Date(input.draftedAt) : now;
    if (draftedAt.getTime() > now.getTime()) throw new BadInputError('draftedAt', 'draftedAt cannot be in the future.', 'DATE_IN_FUTURE');
    const title = input.title.trim();
    const position = input.position.trim();
    if (!title) throw new BadInputError('title', 'title must not be blank.', 'REQUIRED');
    if (!position) throw new BadInputError('position', 'position must not be blank.', 'REQUIRED');
    const id = randomUUID();
    await this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const ids = [...new Set(input.sharedIssueIds)];
      for (const sharedIssueId of ids) {
        const row = await this.sharedIssues.find(sql, sharedIssueId);
        if (!row) throw new NotFoundError('shared issue', 'sharedIssueIds');
      }
      await this.advocacy.create(sql, { id, title, position, kind: input.kind, channel: input.channel, draftedAt, note: input.note?.trim() || null });
      await this.advocacy.link(sql, id, ids);
    });
    return id;
  }
}
