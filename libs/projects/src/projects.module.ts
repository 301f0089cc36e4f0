import { Module } from '@nestjs/common';
import { ArchiveProjectUseCase, CreateProjectUseCase, ProjectCreator, UpdateProjectUseCase } from './project-write.use-cases';
import { ProjectQueries } from './project.queries';
import { ProjectRepository } from './project.repository';
import { ProjectPartyResolver, ProjectResolver } from './project.resolver';
import { ReferenceChecker } from './reference-checker';
import { ProjectImportRepository } from './import/project-import.repository';
import { ProjectImportResolver } from './import/project-import.resolver';
import { RequestProjectImportUseCase } from './import/request-project-import.use-case';

/** The project registry: donors register, update and find projects by region and theme. */
@Module({
  providers: [ProjectRepository, ReferenceChecker, ProjectCreator, ProjectQueries, CreateProjectUseCase, UpdateProjectUseCase, ArchiveProjectUseCase, ProjectResolver, ProjectPartyResolver, ProjectImportRepository, RequestProjectImportUseCase, ProjectImportResolver],
  exports: [ProjectQueries],
})
export class ProjectsModule {}
