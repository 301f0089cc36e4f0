import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InterventionTypesArgs } from './dto/government-bodies.args';
import { GeographyLoaders } from './geography.loaders';
import { GeographyQueries } from './geography.queries';
import { InterventionTypeType, ThemeType } from './types/taxonomy.type';

@Resolver(() => ThemeType)
export class ThemeResolver {
  constructor(
    private readonly queries: GeographyQueries,
    private readonly loaders: GeographyLoaders,
  ) {}

  @Query(() => [ThemeType], { description: 'The theme taxonomy (about 20 themes), in code order.' })
  async themes(): Promise<ThemeType[]> {
    return (await this.queries.themes()).map(ThemeType.from);
  }

  @ResolveField(() => ThemeType, { nullable: true })
  async parent(@Parent() theme: ThemeType): Promise<ThemeType | null> {
    if (!theme.parentCode) return null;
    const row = await this.loaders.themeByCode().load(theme.parentCode);
    return row ? ThemeType.from(row) : null;
  }
}

@Resolver(() => InterventionTypeType)
export class InterventionTypeResolver {
  constructor(
    private readonly queries: GeographyQueries,
    private readonly loaders: GeographyLoaders,
  ) {}

  @Query(() => [InterventionTypeType], { description: 'The catalogue of micro-interventions (about 27), in code order.' })
  async interventionTypes(@Args() args: InterventionTypesArgs): Promise<InterventionTypeType[]> {
    return (await this.queries.interventionTypes(args.themeCode)).map(InterventionTypeType.from);
  }

  @ResolveField(() => [ThemeType])
  async themes(@Parent() type: InterventionTypeType): Promise<ThemeType[]> {
    const rows = await this.loaders.themeByCode().loadMany(type.themeCodes);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [ThemeType.from(r)] : []));
  }
}
