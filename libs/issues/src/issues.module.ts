import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { ProjectsModule } from '@yntymak/projects';
import { IssueQueries } from './issue.queries';
import { IssueRepository } from './issue.repository';
import { IssueResolver } from './issue.resolver';
import { ISSUES_CONFIG } from './issues.tokens';
import { IssueReferenceChecker } from './reference-checker';
import { RoutingContextRepository } from './routing/routing-context.repository';
import { LinkGovernmentBodyUseCase } from './use-cases/link-government-body.use-case';
import { RaiseIssueUseCase } from './use-cases/raise-issue.use-case';
import { RefineIssueUseCase } from './use-cases/refine-issue.use-case';
import { TransitionIssueUseCase } from './use-cases/transition-issue.use-case';

/** Field issues in the gateway: raise, refine, move through the lifecycle, read with history. */
@Module({})
export class IssuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: IssuesModule,
      imports: [ProjectsModule],
      providers: [
        { provide: ISSUES_CONFIG, useValue: config.issues },
        IssueRepository,
        IssueReferenceChecker,
        RoutingContextRepository,
        IssueQueries,
        RaiseIssueUseCase,
        RefineIssueUseCase,
        TransitionIssueUseCase,
        LinkGovernmentBodyUseCase,
        IssueResolver,
      ],
      exports: [IssueQueries, IssueRepository],
    };
  }
}
