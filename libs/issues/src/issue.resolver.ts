import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { currentPrincipal } from '@yntymak/context';
import { requestLoader } from '@yntymak/graphql-kit';
import { IssueActionType } from '@yntymak/issues-domain';
import { ProjectQueries, ProjectType } from '@yntymak/projects';
import { RequireKind, RequireRole } from '@yntymak/tenancy';
import { IssueActionEnum } from './dto/issue-enums';
import { LinkGovernmentBodyInput, RaiseIssueInput, RefineIssueInput, TransitionIssueInput } from './dto/issue.input';
import { IssueIdArgs, IssuesArgs } from './dto/issues.args';
import { IssueQueries } from './issue.queries';
import { EvidenceFactType, GovernmentBodyLink, IssueAddressee, IssueConnection, IssueHistoryEntry, IssueType } from './types/issue.type';
import { LinkGovernmentBodyUseCase } from './use-cases/link-government-body.use-case';
import { RaiseIssueUseCase } from './use-cases/raise-issue.use-case';
import { RefineIssueUseCase } from './use-cases/refine-issue.use-case';
import { TransitionIssueUseCase } from './use-cases/transition-issue.use-case';

@Resolver(() => IssueType)
export class IssueResolver {
  constructor(
    private readonly queries: IssueQueries,
    private readonly projects: ProjectQueries,
    private readonly raiseIssueUseCase: RaiseIssueUseCase,
    private readonly refineIssueUseCase: RefineIssueUseCase,
    private readonly transitionIssueUseCase: TransitionIssueUseCase,
    private readonly linkGovernmentBodyUseCase: LinkGovernmentBodyUseCase,
  ) {}

  @Query(() => IssueType, { description: 'One issue you may see: your own, those you refine, those addressed to your bodies, public ones; the coordinator sees all.' })
  issue(@Args() args: IssueIdArgs): Promise<IssueType> {
    return this.queries.issue(args.id);
  }

  @Query(() => IssueConnection, { description: 'Issues you may see, oldest first.' })
  issues(@Args() args: IssuesArgs): Promise<IssueConnection> {
    return this.queries.page(args);
  }

  @Mutation(() => IssueType, { description: 'Raises an issue with evidence and a proposal; the platform proposes the level and the bodies (see routing).' })
  @RequireRole('EDITOR')
  async raiseIssue(@Args('input') input: RaiseIssueInput): Promise<IssueType> {
    return IssueType.from(await this.raiseIssueUseCase.execute(input));
  }

  @Mutation(() => IssueType, { description: 'The raiser’s coordinator edits a submitted issue; the original text is kept.' })
  @RequireRole('EDITOR')
  async refineIssue(@Args('input') input: RefineIssueInput): Promise<IssueType> {
    return IssueType.from(await this.refineIssueUseCase.execute(input));
  }

  @Mutation(() => IssueType, { description: 'One move of the issue’s state machine (docs/issues.md §4). Needs the version you read.' })
  @RequireRole('EDITOR')
  async transitionIssue(@Args('input') input: TransitionIssueInput): Promise<IssueType> {
    return IssueType.from(await this.transitionIssueUseCase.execute(input));
  }

  @Mutation(() => GovernmentBodyLink, { description: 'Coordinator only: a GOVERNMENT_BODY organisation speaks for a government body of the reference data.' })
  @RequireKind('COORDINATOR')
  @RequireRole('ADMIN')
  linkGovernmentBody(@Args('input') input: LinkGovernmentBodyInput): Promise<GovernmentBodyLink> {
    return this.linkGovernmentBodyUseCase.execute(input);
  }

  @ResolveField(() => [IssueHistoryEntry], { description: 'Every change, oldest first: who, when, note, documents, levels and bodies.' })
  async history(@Parent() issue: IssueType): Promise<IssueHistoryEntry[]> {
    const loader = requestLoader<string, IssueHistoryEntry[]>('issue-history', async (ids) => {
      const map = await this.queries.histories(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    return loader.load(issue.id);
  }

  @ResolveField(() => [EvidenceFactType])
  async evidence(@Parent() issue: IssueType): Promise<EvidenceFactType[]> {
    const loader = requestLoader<string, EvidenceFactType[]>('issue-evidence', async (ids) => {
      const map = await this.queries.evidence(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    return loader.load(issue.id);
  }

  @ResolveField(() => [IssueAddressee], { description: 'The bodies it is addressed to now; with allRounds, every body it was ever addressed to.' })
  async addressees(@Parent() issue: IssueType, @Args('allRounds', { defaultValue: false }) allRounds: boolean): Promise<IssueAddressee[]> {
    const loader = requestLoader<string, IssueAddressee[]>('issue-addressees', async (ids) => {
      const map = await this.queries.addressees(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    const all = await loader.load(issue.id);
    return allRounds ? all : all.filter((a) => a.round === issue.addressRound);
  }

  @ResolveField(() => [IssueActionEnum], { description: 'What you may do with it now.' })
  async allowedActions(@Parent() issue: IssueType): Promise<IssueActionType[]> {
    const loader = requestLoader<string, number[]>('issue-rounds-spoken-for', async (ids) => {
      const map = await this.queries.roundsSpokenFor(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    return this.queries.allowedActions(issue, await loader.load(issue.id));
  }

  @ResolveField(() => [ProjectType], { description: 'Active projects you can see, in the same area (the unit, inside it or above it) and theme or intervention, that could address it.' })
  async relatedProjects(@Parent() issue: IssueType): Promise<ProjectType[]> {
    const ids = await this.queries.relatedProjectIds(issue);
    if (ids.length === 0) return [];
    const records = await this.projects.byIds(ids);
    const viewer = currentPrincipal();
    const order = new Map(ids.map((id, index) => [id, index]));
    return records.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((record) => ProjectType.from(record, viewer));
  }
}
