import { DataSource } from 'typeorm';
import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { ALERT_COLUMNS, AlertRow, toAlert } from '../alert.repository';
import { AlertPublisher } from './alert-publisher';

/** Pushes a new alert to every gateway (and so to the organisation's live subscribers). At least once; subscribers dedupe by alert id. */
export class PublishAlertHandler implements EventHandler {
  readonly name = 'alerts.publish';
  readonly events = [EventType.AlertCreated] as const;

  constructor(
    private readonly owner: DataSource,
    private readonly publisher: AlertPublisher,
  ) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const [row]: Array<AlertRow & { organisation_id: string }> = await this.owner.query(`SELECT organisation_id, ${ALERT_COLUMNS} FROM alerts WHERE id = $1`, [event.aggregateId]);
    if (!row) return 'skipped';
    await this.publisher.publish({ organisationId: row.organisation_id, alert: toAlert(row) });
    return 'done';
  }
}
