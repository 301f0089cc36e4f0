import { EntityManager } from 'typeorm';
import { PreparedSql, queryPrepared } from '@yntymak/database';
import { EventType } from '@yntymak/outbox';
import { INSERTED_ALERT_COLUMNS, InsertedAlert, pushAlerts } from './push-alerts';

export interface AlertSide {
  projectId: string;
  ownerId: string;
  title: Record<string, string | undefined>;
  /** Set when the project is a confidential pipeline project: what its non-owners may learn. */
  blind: { themes: string[]; area: string[]; startDate: string | null; endDate: string | null } | null;
}

export interface OverlapAlert {
  /** Unique per change: re-delivering the same change makes no second alert. */
  eventKey: string;
  type: EventType.OverlapDetected | EventType.OverlapChanged | EventType.OverlapClosed | EventType.OverlapReviewed;
  overlapId: string;
  score: number;
  kind: string;
  status: string;
  explanation: string;
  sides: [AlertSide, AlertSide];
  /** Details of the change (a decision, a reason for closing). */
  detail?: Record<string, unknown>;
}

// The statements of every detection that raises a pair, prepared once per worker connection:
// planning the insert (its preference filter) cost more than running it.
const COORDINATOR = PreparedSql.define('alerts-coordinator', `SELECT id FROM organisations WHERE kind = 'COORDINATOR'`);
const INSERT_ALERTS = PreparedSql.define(
  'overlap-alerts-insert',
  `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(org uuid, view jsonb, blind boolean, event_key text, kind text, overlap_id uuid, score numeric, project_ids uuid[]))
   INSERT INTO alerts (id, organisation_id, event_key, kind, overlap_id, score, blind, payload)
   SELECT gen_random_uuid(), r.org, r.event_key, r.kind, r.overlap_id, r.score, r.blind, r.view
     FROM r LEFT JOIN alert_preferences ap ON ap.organisation_id = r.org
    WHERE ap.organisation_id IS NULL OR (
          r.score >= ap.min_score
      AND (cardinality(ap.theme_codes) = 0 OR EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = ANY(r.project_ids) AND pt.theme_code = ANY(ap.theme_codes)))
      AND (cardinality(ap.admin_unit_ids) = 0 OR EXISTS (
            SELECT 1 FROM project_units pu, unnest(ap.admin_unit_ids) AS f(unit)
             WHERE pu.project_id = ANY(r.project_ids) AND pu.admin_unit_id IN (SELECT admin_units_within(f.unit)))))
   ON CONFLICT (organisation_id, event_key) DO NOTHING
   RETURNING ${INSERTED_ALERT_COLUMNS}, kind`,
);

/**
 * Writes the alerts of overlap changes, in the transaction of those changes (the caller's, as the
 * system): for each change one alert for each owner and one for the coordinating agency, filtered
 * by each one's preferences; a blind view of a confidential pipeline project for the other owner;
 * a webhook delivery row for each subscribed webhook; outbox events that push them out. Idempotent
 * by (organisation, event key). All changes of one detection go in one statement: a project can
 * raise dozens of pairs at once.
 */
export async function writeOverlapAlerts(em: EntityManager, alerts: readonly OverlapAlert[]): Promise<number> {
  if (alerts.length === 0) return 0;
  const [coordinator] = (await queryPrepared<{ id: string }>(em, COORDINATOR, [])).rows;
  const rows = alerts.flatMap((alert) => {
    const common = { event_key: alert.eventKey, kind: alert.type, overlap_id: alert.overlapId, score: alert.score, project_ids: alert.sides.map((s) => s.projectId) };
    return [
      { org: alert.sides[0].ownerId, view: payloadFor(alert, alert.sides[0].ownerId, false), blind: !!alert.sides[1].blind, ...common },
      { org: alert.sides[1].ownerId, view: payloadFor(alert, alert.sides[1].ownerId, false), blind: !!alert.sides[0].blind, ...common },
      ...(coordinator ? [{ org: coordinator.id as string, view: payloadFor(alert, coordinator.id, true), blind: false, ...common }] : []),
    ].filter((r, i, all) => all.findIndex((x) => x.org === r.org) === i);
  });

  const inserted = (await queryPrepared<InsertedAlert & { kind: string }>(em, INSERT_ALERTS, [JSON.stringify(rows)])).rows;
  for (const type of new Set(inserted.map((a) => a.kind))) {
    await pushAlerts(async (sql, params) => (await queryPrepared(em, sql, params)).rows, inserted.filter((a) => a.kind === type), type as EventType);
  }
  return inserted.length;
}

/** What one recipient reads: both projects, except the blind side of a pipeline project that is not theirs. */
function payloadFor(alert: OverlapAlert, recipient: string, coordinator: boolean) {
  const side = (s: AlertSide) =>
    s.blind && !coordinator && s.ownerId !== recipient ? { blind: s.blind } : { projectId: s.projectId, ownerId: s.ownerId, title: s.title };
  return {
    overlapId: alert.overlapId,
    kind: alert.kind,
    status: alert.status,
    score: alert.score,
    explanation: alert.explanation,
    projects: alert.sides.map(side),
    ...(alert.detail ? { detail: alert.detail } : {}),
  };
}
