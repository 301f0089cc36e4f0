import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { ConflictError, NotFoundError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { CommentOnOverlapInput, ReviewOverlapInput } from '../dto/overlap.args';
import { OverlapRepository } from '../overlap.repository';

/** The coordinating agency decides what an overlap is; the decision and its history entry commit together. */
@Injectable()
export class ReviewOverlapUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly overlaps: OverlapRepository,
  ) {}

  async execute(input: ReviewOverlapInput): Promise<void> {
    await this.db.run(async (tx) => {
      const row = await this.overlaps.find(tx, input.id);
      if (!row) throw new NotFoundError('overlap');
      if (row.status === 'CLOSED') throw new ConflictError('OVERLAP_CLOSED', 'This overlap is closed: the projects no longer overlap, or one was archived.', 'id');
      await this.overlaps.decide(tx, input.id, input.decision);
      await this.overlaps.recordEvent(tx, input.id, 'REVIEWED', input.decision, input.note?.trim() || null);
      await appendEvent(tx, {
        type: EventType.OverlapReviewed,
        aggregateType: 'overlap',
        aggregateId: input.id,
        organisationId: null,
        payload: { decision: input.decision, organisations: [row.organisation_a_id, row.organisation_b_id], eventKey: randomUUID() },
      });
    });
  }
}

/** Either owner (or the coordinator) comments on an overlap; others cannot learn it exists. */
@Injectable()
export class CommentOnOverlapUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly overlaps: OverlapRepository,
  ) {}

  async execute(input: CommentOnOverlapInput): Promise<void> {
    await this.db.run(async (tx) => {
      if (!(await this.overlaps.find(tx, input.id))) throw new NotFoundError('overlap');
      await this.overlaps.recordEvent(tx, input.id, 'COMMENTED', null, input.note.trim());
    });
  }
}
