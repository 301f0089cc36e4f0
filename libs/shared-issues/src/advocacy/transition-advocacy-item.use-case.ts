import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { BadInputError, NotFoundError } from '@yntymak/errors';
import { transitionAdvocacy } from '@yntymak/issues-domain';
import { TransitionAdvocacyItemInput } from '../dto/advocacy.args';
import { tenantSql } from '../sql';
import { AdvocacyRepository } from './advocacy.repository';

/** A dated state change of an advocacy item (SUBMIT, START_REVIEW, ADOPT...), by the coordinator, possibly dated years back. */
@Injectable()
export class TransitionAdvocacyItemUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly advocacy: AdvocacyRepository,
  ) {}

  async execute(input: TransitionAdvocacyItemInput, now = new Date()): Promise<void> {
    await this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const row = await this.advocacy.find(sql, input.id, true);
      if (!row) throw new NotFoundError('advocacy item');
      const [current] = await this.advocacy.withHistory(sql, [row]);
      const documentRefs = (input.documentRefs ?? []).map((d) => ({ ref: d.ref.trim(), ...(d.title?.trim() ? { title: d.title.trim() } : {}) }));
      const result = transitionAdvocacy(current.machine, { action: input.action, at: input.at ? new Date(input.at) : now, note: input.note, documentRefs }, now);
      if ('error' in result) throw new BadInputError(result.field, result.error, result.code);
      const change = result.item.history[result.item.history.length - 1];
      await this.advocacy.setState(sql, row.id, result.item.state, change.at);
      await this.advocacy.recordChange(sql, row.id, { state: change.state, action: input.action, at: change.at, note: change.note ?? null, documentRefs: change.documentRefs ?? [], actorKeyId: tx.principal.apiKeyId });
    });
  }
}
