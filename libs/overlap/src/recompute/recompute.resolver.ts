import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { ConflictError, NotFoundError } from '@yntymak/errors';
import { ENGINE_VERSION } from '@yntymak/overlap-engine';
import { EventType, appendEvent } from '@yntymak/outbox';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@yntymak/database';
import { RequireKind, RequireRole } from '@yntymak/tenancy';
import { OverlapIdArgs } from '../dto/overlap.args';

@ObjectType('OverlapRecompute', { description: 'A full re-run of overlap detection, e.g. after an engine upgrade.' })
export class OverlapRecomputeType {
  @Field(() => ID) id: string;
  @Field() engineVersion: string;
  @Field() status: string;
  @Field(() => Int) total: number;
  @Field(() => Int) processed: number;
  @Field(() => Int, { description: 'Pairs raised (counted once from each side).' }) raised: number;
  @Field() startedAt: string;
  @Field() updatedAt: string;
  @Field(() => String, { nullable: true }) finishedAt: string | null;
}

const COLUMNS = `id, engine_version AS "engineVersion", status, total, processed, raised, to_json(started_at) #>> '{}' AS "startedAt",
  to_json(updated_at) #>> '{}' AS "updatedAt", to_json(finished_at) #>> '{}' AS "finishedAt"`;

@Resolver(() => OverlapRecomputeType)
@RequireKind('COORDINATOR')
export class RecomputeResolver {
  constructor(private readonly db: TenantDb) {}

  @Mutation(() => OverlapRecomputeType, { description: 'Coordinating agency admins: re-run detection for every project with the current engine. One at a time.' })
  @RequireRole('ADMIN')
  async startOverlapRecompute(): Promise<OverlapRecomputeType> {
    try {
      return await this.db.run(async (tx) => {
        const id = randomUUID();
        await tx.exec(`INSERT INTO overlap_recomputes (id, organisation_id, engine_version, status) VALUES ($1, $2, $3, 'QUEUED')`, [id, tx.principal.organisationId, ENGINE_VERSION]);
        await appendEvent(tx, { type: EventType.OverlapRecomputeRequested, aggregateType: 'overlap_recompute', aggregateId: id, organisationId: null });
        return (await tx.one<OverlapRecomputeType>(`SELECT ${COLUMNS} FROM overlap_recomputes WHERE id = $1`, [id]))!;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new ConflictError('RECOMPUTE_RUNNING', 'A recompute is already queued or running; follow it with overlapRecompute(id).');
      throw error;
    }
  }

  @Query(() => OverlapRecomputeType, { description: 'Progress of a recompute.' })
  async overlapRecompute(@Args() args: OverlapIdArgs): Promise<OverlapRecomputeType> {
    const row = await this.db.run((tx) => tx.one<OverlapRecomputeType>(`SELECT ${COLUMNS} FROM overlap_recomputes WHERE id = $1`, [args.id]));
    if (!row) throw new NotFoundError('overlap recompute');
    return row;
  }
}
