import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireKind, RequireRole } from '@yntymak/tenancy';
import { AdvocacyItemIdArgs, AdvocacyItemsArgs, CreateAdvocacyItemInput, TransitionAdvocacyItemInput } from '../dto/advocacy.args';
import { AdvocacyItemConnection, AdvocacyItemType } from '../types/advocacy-item.type';
import { AdvocacyQueries } from './advocacy.queries';
import { CreateAdvocacyItemUseCase } from './create-advocacy-item.use-case';
import { TransitionAdvocacyItemUseCase } from './transition-advocacy-item.use-case';

@Resolver(() => AdvocacyItemType)
export class AdvocacyResolver {
  constructor(
    private readonly queries: AdvocacyQueries,
    private readonly createUseCase: CreateAdvocacyItemUseCase,
    private readonly transitionUseCase: TransitionAdvocacyItemUseCase,
  ) {}

  @Query(() => AdvocacyItemConnection, { description: 'Advocacy items you may see (linked to a shared issue holding one of your issues; all for the coordinator), with how long each has waited.' })
  advocacyItems(@Args() args: AdvocacyItemsArgs): Promise<AdvocacyItemConnection> {
    return this.queries.page(args);
  }

  @Query(() => AdvocacyItemType)
  advocacyItem(@Args() args: AdvocacyItemIdArgs): Promise<AdvocacyItemType> {
    return this.queries.item(args.id);
  }

  @Mutation(() => AdvocacyItemType, { description: 'Coordinating agency: record a policy position and the shared issues behind it (draftedAt may be in the past).' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async createAdvocacyItem(@Args('input') input: CreateAdvocacyItemInput): Promise<AdvocacyItemType> {
    return this.queries.item(await this.createUseCase.execute(input));
  }

  @Mutation(() => AdvocacyItemType, { description: 'Coordinating agency: record a dated state change (SUBMIT, START_REVIEW, ADOPT, REJECT, STALL, RESUME_REVIEW).' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async transitionAdvocacyItem(@Args('input') input: TransitionAdvocacyItemInput): Promise<AdvocacyItemType> {
    await this.transitionUseCase.execute(input);
    return this.queries.item(input.id);
  }
}
