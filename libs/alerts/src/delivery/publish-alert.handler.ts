import { DataSource } from 'typeorm';
import { DomainEvent, EventHandler, EventType, idsOfEvent } from '@yntymak/outbox';
import { ALERT_COLUMNS, AlertRow, toAlert } from '../alert.repository';
import { AlertPublisher } from './alert-publisher';

/** Pushes new alerts to every gateway (and so to the organisations' live subscribers). At least once; subscribers dedupe by alert id. */
export class PublishAlertHandler implements EventHandler {
  readonly name = 'alerts.publish';
  readonly events = [EventType.AlertCreated] as const;

  constructor(
    private readonly owner: DataSource,
    private readonly publisher: AlertPublisher,
  ) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const ids = idsOfEvent(event, 'alertIds');
    const rows: Array<AlertRow & { organisation_id: string }> = await this.owner.query(`SELECT organisation_id, ${ALERT_COLUMNS} FROM alerts WHERE id = ANY($1::uuid[])`, [ids]);
    if (rows.length === 0) return 'skipped';
    await this.publisher.publishAll(rows.map((row) => ({ organisationId: row.organisation_id, alert: toAlert(row) })));
    return 'done';
  }
}
