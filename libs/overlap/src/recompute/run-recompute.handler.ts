import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { RecomputeRunner } from './recompute-runner';

export class RunRecomputeHandler implements EventHandler {
  readonly name = 'overlap.recompute';
  readonly events = [EventType.OverlapRecomputeRequested] as const;

  constructor(private readonly runner: RecomputeRunner) {}

  handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    return this.runner.run(event.aggregateId);
  }
}
