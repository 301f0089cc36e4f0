import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireKind, RequireRole } from '@yntymak/tenancy';
import { CommentOnOverlapInput, OverlapClustersArgs, OverlapIdArgs, OverlapsArgs, ReviewOverlapInput } from './dto/overlap.args';
import { OverlapQueries } from './overlap.queries';
import { CommentOnOverlapUseCase, ReviewOverlapUseCase } from './review/review-overlap.use-cases';
import { OverlapCluster, OverlapConnection, OverlapType } from './types/overlap.type';
import { WhoDoesWhatWhereArgs } from './coverage-map/who-does-what-where.args';
import { WhoDoesWhatWhereQuery } from './coverage-map/who-does-what-where.query';
import { UnitPresence } from './coverage-map/who-does-what-where.type';

@Resolver(() => OverlapType)
export class OverlapResolver {
  constructor(
    private readonly queries: OverlapQueries,
    private readonly reviewUseCase: ReviewOverlapUseCase,
    private readonly commentUseCase: CommentOnOverlapUseCase,
    private readonly whoDoesWhatWhereQuery: WhoDoesWhatWhereQuery,
  ) {}

  @Query(() => [UnitPresence], { description: 'For each unit of a level inside an area: who works there on what, hot spots and gaps.' })
  whoDoesWhatWhere(@Args() args: WhoDoesWhatWhereArgs): Promise<UnitPresence[]> {
    return this.whoDoesWhatWhereQuery.execute(args);
  }

  @Query(() => OverlapConnection, { description: 'Overlaps you may see (your projects; all for the coordinator), highest score first.' })
  overlaps(@Args() args: OverlapsArgs): Promise<OverlapConnection> {
    return this.queries.page(args);
  }

  @Query(() => OverlapType)
  overlap(@Args() args: OverlapIdArgs): Promise<OverlapType> {
    return this.queries.overlap(args.id);
  }

  @Query(() => [OverlapCluster], { description: 'Groups of projects tied by open or confirmed overlaps, largest first.' })
  overlapClusters(@Args() args: OverlapClustersArgs): Promise<OverlapCluster[]> {
    return this.queries.clusters(args);
  }

  @Mutation(() => OverlapType, { description: 'Coordinating agency: decide what an overlap is. A CO_FINANCING pair is never raised again.' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async reviewOverlap(@Args('input') input: ReviewOverlapInput): Promise<OverlapType> {
    await this.reviewUseCase.execute(input);
    return this.queries.overlap(input.id);
  }

  @Mutation(() => OverlapType, { description: 'Owners of either project (and the coordinator): add a comment to an overlap.' })
  @RequireRole('EDITOR')
  async commentOnOverlap(@Args('input') input: CommentOnOverlapInput): Promise<OverlapType> {
    await this.commentUseCase.execute(input);
    return this.queries.overlap(input.id);
  }
}
