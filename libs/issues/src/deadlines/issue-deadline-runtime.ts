import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { NotifyProjectOwnersHandler } from '../alerts/notify-project-owners.handler';
import { IssueRepository } from '../issue.repository';
import { RoutingContextRepository } from '../routing/routing-context.repository';
import { IssueDeadlineTimers } from './deadline-timers';
import { IssueDeadlineWorker } from './deadline-worker';
import { DeadlineEscalator } from './escalate-on-deadline';
import { ScheduleIssueDeadlineHandler } from './schedule-deadline.handler';

/** The worker's share of issues: the event handlers (deadline timers, project owners' alerts) and the worker that runs the timers. */
export class IssueDeadlineRuntime {
  readonly timers: IssueDeadlineTimers;
  readonly handler: ScheduleIssueDeadlineHandler;
  readonly notifyOwners: NotifyProjectOwnersHandler;
  readonly escalator: DeadlineEscalator;
  readonly worker: IssueDeadlineWorker;

  constructor(owner: DataSource, config: AppConfig, logger: Logger) {
    this.timers = new IssueDeadlineTimers(config.redisUrl, config.queuePrefix);
    this.handler = new ScheduleIssueDeadlineHandler(this.timers);
    this.notifyOwners = new NotifyProjectOwnersHandler(owner);
    this.escalator = new DeadlineEscalator(owner, new IssueRepository(), new RoutingContextRepository(), config.issues, logger);
    this.worker = new IssueDeadlineWorker(owner, this.escalator, this.timers, { redisUrl: config.redisUrl, prefix: config.queuePrefix, logger });
  }

  /** For the worker's event dispatcher. */
  get handlers() {
    return [this.handler, this.notifyOwners];
  }

  start(): Promise<void> {
    return this.worker.start();
  }

  async stop(): Promise<void> {
    await this.worker.stop();
    await this.timers.close();
  }
}
