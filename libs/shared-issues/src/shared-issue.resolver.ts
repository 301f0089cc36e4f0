import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireKind, RequireRole } from '@yntymak/tenancy';
import { EscalateSharedIssueInput, MergeSharedIssuesInput, SharedIssueDossierArgs, SharedIssueIdArgs, SharedIssuesArgs, SplitSharedIssueInput } from './dto/shared-issues.args';
import { DossierQuery } from './dossier/dossier.query';
import { EscalateSharedIssueUseCase } from './escalation/escalate-shared-issue.use-case';
import { MergeSharedIssuesUseCase } from './manual/merge-shared-issues.use-case';
import { SplitSharedIssueUseCase } from './manual/split-shared-issue.use-case';
import { SharedIssueQueries } from './shared-issue.queries';
import { SharedIssueConnection, SharedIssueDossierType, SharedIssueType, SplitSharedIssueResult } from './types/shared-issue.type';

@Resolver(() => SharedIssueType)
export class SharedIssueResolver {
  constructor(
    private readonly queries: SharedIssueQueries,
    private readonly dossierQuery: DossierQuery,
    private readonly mergeUseCase: MergeSharedIssuesUseCase,
    private readonly splitUseCase: SplitSharedIssueUseCase,
    private readonly escalateUseCase: EscalateSharedIssueUseCase,
  ) {}

  @Query(() => SharedIssueConnection, { description: 'Shared issues you may see (those holding one of your issues; all for the coordinator), oldest first.' })
  sharedIssues(@Args() args: SharedIssuesArgs): Promise<SharedIssueConnection> {
    return this.queries.page(args);
  }

  @Query(() => SharedIssueType)
  sharedIssue(@Args() args: SharedIssueIdArgs): Promise<SharedIssueType> {
    return this.queries.sharedIssue(args.id);
  }

  @Query(() => SharedIssueDossierType, { description: 'Coordinating agency: the dossier as a document (JSON, Markdown or printable HTML): as sent, or a preview.' })
  @RequireKind('COORDINATOR')
  sharedIssueDossier(@Args() args: SharedIssueDossierArgs): Promise<SharedIssueDossierType> {
    return this.dossierQuery.execute(args.id, args.format);
  }

  @Mutation(() => SharedIssueType, { description: 'Coordinating agency: fold shared issues into one. Their issues become MANUAL members.' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async mergeSharedIssues(@Args('input') input: MergeSharedIssuesInput): Promise<SharedIssueType> {
    await this.mergeUseCase.execute(input);
    return this.queries.sharedIssue(input.targetId);
  }

  @Mutation(() => SplitSharedIssueResult, { description: 'Coordinating agency: take member issues out into a shared issue of their own.' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async splitSharedIssue(@Args('input') input: SplitSharedIssueInput): Promise<SplitSharedIssueResult> {
    const { originalId, createdId } = await this.splitUseCase.execute(input);
    return { original: await this.queries.sharedIssue(originalId), created: await this.queries.sharedIssue(createdId) };
  }

  @Mutation(() => SharedIssueType, { description: 'Coordinating agency: send a shared issue to the coordinating body as one dossier now (once).' })
  @RequireKind('COORDINATOR')
  @RequireRole('EDITOR')
  async escalateSharedIssue(@Args('input') input: EscalateSharedIssueInput): Promise<SharedIssueType> {
    await this.escalateUseCase.execute(input);
    return this.queries.sharedIssue(input.id);
  }
}
