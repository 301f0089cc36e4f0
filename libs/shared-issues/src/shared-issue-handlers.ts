import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { EventHandler } from '@yntymak/outbox';
import { AdvocacyRepository } from './advocacy/advocacy.repository';
import { AlertDossierSentHandler } from './escalation/alert-dossier-sent.handler';
import { SharedIssueEscalator } from './escalation/shared-issue-escalator';
import { groupingOptionsOf, thresholdOf } from './escalation/threshold-of';
import { SharedIssueGrouper } from './grouping/shared-issue-grouper';
import { RegroupSharedIssuesHandler } from './grouping/regroup-shared-issues.handler';
import { SharedIssueRepository } from './shared-issue.repository';

/** The worker's shared-issue jobs: grouping (with the threshold escalation) and the dossier alert. */
export function sharedIssueHandlers(owner: DataSource, config: AppConfig, logger: Logger): EventHandler[] {
  const repo = new SharedIssueRepository();
  const escalator = new SharedIssueEscalator(repo, new AdvocacyRepository(), thresholdOf(config));
  return [new RegroupSharedIssuesHandler(new SharedIssueGrouper(owner, repo, escalator, groupingOptionsOf(config), logger)), new AlertDossierSentHandler(owner)];
}
