import { DataSource } from 'typeorm';
import { INSERTED_ALERT_COLUMNS, InsertedAlert, pushAlerts } from '@yntymak/alerts';
import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { inOwnerTransaction } from '../sql';

const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Alerts the coordinating agency (and the organisations that raised or refine its issues) that a shared issue
 * went up as a dossier. One alert per organisation and shared issue: the (organisation, event key)
 * unique index makes a redelivered event write nothing. Pushed like overlap alerts: a live
 * subscription event and a delivery for each subscribed webhook.
 */
export class AlertDossierSentHandler implements EventHandler {
  readonly name = 'shared-issues.alert-dossier-sent';
  readonly events = [EventType.SharedIssueEscalated] as const;

  constructor(private readonly owner: DataSource) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    return inOwnerTransaction(this.owner, async (sql) => {
      const [row] = await sql.rows<{ title: string; decision_level: string; evidence: { villages?: number; totalPopulation?: number; vulnerableHouseholds?: number }; trigger: string }>(
        `SELECT title, decision_level, evidence, escalation_trigger AS trigger FROM shared_issues WHERE id = $1 AND escalated_at IS NOT NULL`,
        [event.aggregateId],
      );
      if (!row) return 'skipped';
      const e = row.evidence;
      const explanation =
        `Shared issue "${row.title}" was sent to the coordinating body as a dossier (${row.trigger === 'THRESHOLD' ? 'threshold reached' : 'on request'}): ` +
        `${formatNumber(e.villages ?? 0)} villages, ${formatNumber(e.totalPopulation ?? 0)} people, ${formatNumber(e.vulnerableHouseholds ?? 0)} vulnerable households; ${row.decision_level} level.`;
      const inserted = await sql.rows<InsertedAlert>(
        `WITH r AS (SELECT id AS org FROM organisations WHERE kind = 'COORDINATOR'
                     UNION SELECT i.organisation_id FROM shared_issue_members m JOIN issues i ON i.id = m.issue_id WHERE m.shared_issue_id = $1
                     UNION SELECT i.refiner_organisation_id FROM shared_issue_members m JOIN issues i ON i.id = m.issue_id WHERE m.shared_issue_id = $1 AND i.refiner_organisation_id IS NOT NULL)
         INSERT INTO alerts (id, organisation_id, event_key, kind, payload)
         SELECT gen_random_uuid(), r.org, $2, $3, $4 FROM r
         ON CONFLICT (organisation_id, event_key) DO NOTHING
         RETURNING ${INSERTED_ALERT_COLUMNS}`,
        [event.aggregateId, `${EventType.SharedIssueEscalated}:${event.aggregateId}`, EventType.SharedIssueEscalated, JSON.stringify({ explanation, sharedIssueId: event.aggregateId })],
      );
      if (inserted.length === 0) return 'skipped';
      await pushAlerts((statement, params) => sql.rows(statement.text, params), inserted, EventType.SharedIssueEscalated);
      return 'done';
    });
  }
}
