import { DataSource } from 'typeorm';
import { inOwnerTransaction } from '@yntymak/database';
import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { I18nText } from '../domain/issue-record';
import { RELATED_PROJECTS_SQL } from '../issue.queries';
import { Sql, ownerSql } from '../sql';
import { INSERTED_ALERT_COLUMNS, InsertedAlert, pushAlerts } from '@yntymak/alerts';

type ProjectRow = { id: string; organisation_id: string; title: I18nText };

/**
 * Issues and projects meet: when an issue is first forwarded to the government, the owners of
 * active projects in the same area and theme (or intervention) that could address it get an
 * alert, one per owner and issue (the (organisation, event key) unique index makes a redelivered
 * event write nothing). The alert says what the issue asks and where, and lists only the
 * recipient's own projects; it is pushed like other alerts (subscription, webhooks).
 */
export class NotifyProjectOwnersHandler implements EventHandler {
  readonly name = 'issues.notify-project-owners';
  readonly events = [EventType.IssueAddressed];

  constructor(private readonly owner: DataSource) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    if ((event.payload as { action?: string }).action !== 'FORWARD') return 'skipped';
    const written = await inOwnerTransaction(this.owner, (runner) => this.notify(ownerSql(runner), event.aggregateId));
    return written > 0 ? 'done' : 'skipped';
  }

  private async notify(sql: Sql, issueId: string): Promise<number> {
    const [issue] = await sql.rows<{ admin_unit_id: string; theme_codes: string[]; intervention_code: string | null; title: I18nText; level: string; unit: string }>(
      `SELECT i.admin_unit_id, i.theme_codes, i.intervention_code, coalesce(i.refined_title, i.title) AS title, i.decision_level AS level, u.name_en AS unit
         FROM issues i JOIN admin_units u ON u.id = i.admin_unit_id WHERE i.id = $1`,
      [issueId],
    );
    if (!issue) return 0;
    const projects = await sql.rows<ProjectRow>(`SELECT id, organisation_id, title FROM projects WHERE id IN (${RELATED_PROJECTS_SQL})`, [issue.admin_unit_id, issue.theme_codes, issue.intervention_code]);
    if (projects.length === 0) return 0;
    const title = issue.title.en ?? issue.title.ru ?? issue.title.ky ?? '';
    const recipients = [...new Set(projects.map((p) => p.organisation_id))].map((org) => {
      const own = projects.filter((p) => p.organisation_id === org);
      return {
        org,
        payload: {
          issueId,
          explanation: `An issue about ${issue.unit} (${issue.theme_codes.join(', ')}) went to the government at ${issue.level} level: "${title}". Your project${own.length > 1 ? 's' : ''} in the same area could address it.`,
          projects: own.map((p) => ({ projectId: p.id, ownerId: org, title: p.title })),
        },
      };
    });
    const inserted = await sql.rows<InsertedAlert>(
      `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(org uuid, payload jsonb))
       INSERT INTO alerts (id, organisation_id, event_key, kind, payload)
       SELECT gen_random_uuid(), r.org, $2, $3, r.payload FROM r
       ON CONFLICT (organisation_id, event_key) DO NOTHING
       RETURNING ${INSERTED_ALERT_COLUMNS}`,
      [JSON.stringify(recipients), `issue.related-projects:${issueId}`, EventType.IssueAddressed],
    );
    await pushAlerts((statement, params) => sql.rows(statement.text, params), inserted, EventType.IssueAddressed);
    return inserted.length;
  }
}
