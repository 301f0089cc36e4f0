import { Module } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { APP_CONFIG } from '@yntymak/database';
import { AdvocacyQueries } from './advocacy/advocacy.queries';
import { AdvocacyRepository } from './advocacy/advocacy.repository';
import { AdvocacyResolver } from './advocacy/advocacy.resolver';
import { CreateAdvocacyItemUseCase } from './advocacy/create-advocacy-item.use-case';
import { TransitionAdvocacyItemUseCase } from './advocacy/transition-advocacy-item.use-case';
import { DossierQuery } from './dossier/dossier.query';
import { EscalateSharedIssueUseCase } from './escalation/escalate-shared-issue.use-case';
import { SharedIssueEscalator } from './escalation/shared-issue-escalator';
import { thresholdOf } from './escalation/threshold-of';
import { MergeSharedIssuesUseCase } from './manual/merge-shared-issues.use-case';
import { SplitSharedIssueUseCase } from './manual/split-shared-issue.use-case';
import { SharedIssueQueries } from './shared-issue.queries';
import { SharedIssueRepository } from './shared-issue.repository';
import { SharedIssueResolver } from './shared-issue.resolver';

/** Shared issues and advocacy for people: reads, the coordinator's merge, split, escalation and advocacy. Grouping runs in the worker. */
@Module({
  providers: [
    { provide: SharedIssueRepository, useValue: new SharedIssueRepository() },
    { provide: AdvocacyRepository, useValue: new AdvocacyRepository() },
    {
      provide: SharedIssueEscalator,
      useFactory: (config: AppConfig, sharedIssues: SharedIssueRepository, advocacy: AdvocacyRepository) => new SharedIssueEscalator(sharedIssues, advocacy, thresholdOf(config)),
      inject: [APP_CONFIG, SharedIssueRepository, AdvocacyRepository],
    },
    SharedIssueQueries,
    DossierQuery,
    MergeSharedIssuesUseCase,
    SplitSharedIssueUseCase,
    EscalateSharedIssueUseCase,
    SharedIssueResolver,
    AdvocacyQueries,
    CreateAdvocacyItemUseCase,
    TransitionAdvocacyItemUseCase,
    AdvocacyResolver,
  ],
})
export class SharedIssuesModule {}
