import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { currentPrincipal } from '@yntymak/context';
import { requestLoader, byKeys } from '@yntymak/graphql-kit';
import { OrganisationType, RequireRole, TenancyQueries } from '@yntymak/tenancy';
import { ArchiveProjectInput, CreateProjectInput, UpdateProjectInput } from './dto/project.input';
import { ProjectHistoryArgs, ProjectIdArgs, ProjectsArgs } from './dto/projects.args';
import { ArchiveProjectUseCase, CreateProjectUseCase, UpdateProjectUseCase } from './project-write.use-cases';
import { ProjectQueries } from './project.queries';
import { ProjectConnection, ProjectHistoryConnection, ProjectParty, ProjectType } from './types/project.type';

@Resolver(() => ProjectType)
export class ProjectResolver {
  constructor(
    private readonly queries: ProjectQueries,
    private readonly tenancy: TenancyQueries,
    private readonly createProjectUseCase: CreateProjectUseCase,
    private readonly updateProjectUseCase: UpdateProjectUseCase,
    private readonly archiveProjectUseCase: ArchiveProjectUseCase,
  ) {}

  @Query(() => ProjectType, { description: 'One project you may see: published ones, your own, and for the coordinator all.' })
  project(@Args() args: ProjectIdArgs): Promise<ProjectType> {
    return this.queries.project(args.id);
  }

  @Query(() => ProjectConnection, { description: 'Projects you may see, filtered and sorted.' })
  projects(@Args() args: ProjectsArgs): Promise<ProjectConnection> {
    return this.queries.page(args);
  }

  @Query(() => ProjectHistoryConnection, { description: 'Every change to a project: who, when, and each field before and after.' })
  projectHistory(@Args() args: ProjectHistoryArgs): Promise<ProjectHistoryConnection> {
    return this.queries.history(args);
  }

  @Mutation(() => ProjectType)
  @RequireRole('EDITOR')
  async createProject(@Args('input') input: CreateProjectInput): Promise<ProjectType> {
    return ProjectType.from(await this.createProjectUseCase.execute(input), currentPrincipal());
  }

  @Mutation(() => ProjectType, { description: 'Changes the fields given; lists given replace the old lists. Needs the version you read.' })
  @RequireRole('EDITOR')
  async updateProject(@Args('input') input: UpdateProjectInput): Promise<ProjectType> {
    return ProjectType.from(await this.updateProjectUseCase.execute(input), currentPrincipal());
  }

  @Mutation(() => ProjectType, { description: 'Archives a project: it stays readable, leaves default lists and stops counting for overlaps. Archiving twice is harmless.' })
  @RequireRole('EDITOR')
  async archiveProject(@Args('input') input: ArchiveProjectInput): Promise<ProjectType> {
    return ProjectType.from(await this.archiveProjectUseCase.execute(input), currentPrincipal());
  }

  @ResolveField(() => OrganisationType)
  owner(@Parent() project: ProjectType): Promise<OrganisationType> {
    return organisationLoader(this.tenancy).load(project.ownerId) as Promise<OrganisationType>;
  }
}

export function organisationLoader(tenancy: TenancyQueries) {
  return requestLoader<string, OrganisationType | null>('organisation-by-id', async (ids) => byKeys(ids, await tenancy.organisationsByIds(ids), (o: OrganisationType) => o.id));
}

@Resolver(() => ProjectParty)
export class ProjectPartyResolver {
  constructor(private readonly tenancy: TenancyQueries) {}

  @ResolveField(() => OrganisationType)
  organisation(@Parent() party: ProjectParty): Promise<OrganisationType> {
    return organisationLoader(this.tenancy).load(party.organisationId) as Promise<OrganisationType>;
  }

  @ResolveField(() => OrganisationType, { nullable: true, description: 'The party this one receives the money from.' })
  async receivesFrom(@Parent() party: ProjectParty): Promise<OrganisationType | null> {
    return party.receivesFromOrganisationId ? organisationLoader(this.tenancy).load(party.receivesFromOrganisationId) : null;
  }
}
