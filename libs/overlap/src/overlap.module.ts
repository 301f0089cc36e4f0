import { Module } from '@nestjs/common';
import { ProjectsModule } from '@yntymak/projects';
import { OverlapQueries } from './overlap.queries';
import { OverlapRepository } from './overlap.repository';
import { OverlapResolver } from './overlap.resolver';
import { WhoDoesWhatWhereQuery } from './coverage-map/who-does-what-where.query';
import { RecomputeResolver } from './recompute/recompute.resolver';
import { CommentOnOverlapUseCase, ReviewOverlapUseCase } from './review/review-overlap.use-cases';

/** Overlaps for people: the owners' and the coordinator's view, the coordinator's decisions. Detection runs in the worker. */
@Module({
  imports: [ProjectsModule],
  providers: [OverlapRepository, OverlapQueries, ReviewOverlapUseCase, CommentOnOverlapUseCase, OverlapResolver, WhoDoesWhatWhereQuery, RecomputeResolver],
})
export class OverlapModule {}
