import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { OverlapDetector } from './overlap-detector';

/** Runs detection after every create, update and archive of a project. Re-running changes nothing. */
export class DetectOverlapsHandler implements EventHandler {
  readonly name = 'overlap.detect';
  readonly events = [EventType.ProjectCreated, EventType.ProjectUpdated, EventType.ProjectArchived] as const;

  constructor(private readonly detector: OverlapDetector) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const outcome = await this.detector.detectFor(event.aggregateId);
    return outcome === 'skipped' ? 'skipped' : 'done';
  }
}
