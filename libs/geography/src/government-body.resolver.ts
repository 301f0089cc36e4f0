import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GovernmentBodiesArgs } from './dto/government-bodies.args';
import { GeographyLoaders } from './geography.loaders';
import { GeographyQueries } from './geography.queries';
import { AdminUnitType } from './types/admin-unit.type';
import { GovernmentBodyConnection, GovernmentBodyType } from './types/government-body.type';

@Resolver(() => GovernmentBodyType)
export class GovernmentBodyResolver {
  constructor(
    private readonly queries: GeographyQueries,
    private readonly loaders: GeographyLoaders,
  ) {}

  @Query(() => GovernmentBodyConnection, {
    description: 'Government bodies, LOCAL first. With adminUnitId: those that decide for that unit, from its own up to the national ones; with level: only that level.',
  })
  governmentBodies(@Args() args: GovernmentBodiesArgs): Promise<GovernmentBodyConnection> {
    return this.queries.governmentBodies(args);
  }

  @ResolveField(() => AdminUnitType, { nullable: true, description: 'The unit the body serves; null for national bodies.' })
  async adminUnit(@Parent() body: GovernmentBodyType): Promise<AdminUnitType | null> {
    if (!body.adminUnitId) return null;
    const row = await this.loaders.unitById().load(body.adminUnitId);
    return row ? AdminUnitType.from(row) : null;
  }
}
