import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { RequireRole } from '@yntymak/tenancy';
import { ImportProjectsInput, ProjectImportArgs } from './import-projects.input';
import { ProjectImportRepository } from './project-import.repository';
import { ProjectImportType } from './project-import.type';
import { RequestProjectImportUseCase } from './request-project-import.use-case';

@Resolver(() => ProjectImportType)
export class ProjectImportResolver {
  constructor(
    private readonly requestImport: RequestProjectImportUseCase,
    private readonly db: TenantDb,
    private readonly imports: ProjectImportRepository,
  ) {}

  @Mutation(() => ProjectImportType, { description: 'Queues a CSV import of projects (dryRun: validate only). Poll projectImport(id).' })
  @RequireRole('EDITOR')
  importProjects(@Args('input') input: ImportProjectsInput): Promise<ProjectImportType> {
    return this.requestImport.execute(input);
  }

  @Query(() => ProjectImportType, { description: 'An import of yours: its progress, and when done its errors or the projects it created.' })
  async projectImport(@Args() input: ProjectImportArgs): Promise<ProjectImportType> {
    const found = await this.db.run((tx) => this.imports.find(tx, input.id));
    if (!found) throw new NotFoundError('project import');
    return found;
  }
}
