import { EntityManager } from 'typeorm';
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

/**
 * Writes the alerts of one overlap change, in the transaction of that change (the caller's, as the
 * system): one alert for each owner and one for the coordinating agency, filtered by each one's
 * preferences; a blind view of a confidential pipeline project for the other owner; a webhook
 * delivery row for each subscribed webhook; outbox events that push them out. Idempotent by
 * (organisation, event key).
 */
export async function writeOverlapAlerts(em: EntityManager, alert: OverlapAlert): Promise<number> {
  const [coordinator] = await em.query(`SELECT id FROM organisations WHERE kind = 'COORDINATOR'`);
  const recipients = [
    { org: alert.sides[0].ownerId, view: payloadFor(alert, alert.sides[0].ownerId, false), blind: !!alert.sides[1].blind },
    { org: alert.sides[1].ownerId, view: payloadFor(alert, alert.sides[1].ownerId, false), blind: !!alert.sides[0].blind },
    ...(coordinator ? [{ org: coordinator.id as string, view: payloadFor(alert, coordinator.id, true), blind: false }] : []),
  ].filter((r, i, all) => all.findIndex((x) => x.org === r.org) === i);

  const inserted: InsertedAlert[] = await em.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(org uuid, view jsonb, blind boolean))
     INSERT INTO alerts (id, organisation_id, event_key, kind, overlap_id, score, blind, payload)
     SELECT gen_random_uuid(), r.org, $2, $3, $4, $5, r.blind, r.view
       FROM r LEFT JOIN alert_preferences ap ON ap.organisation_id = r.org
      WHERE ap.organisation_id IS NULL OR (
            $5 >= ap.min_score
        AND (cardinality(ap.theme_codes) = 0 OR EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = ANY($6::uuid[]) AND pt.theme_code = ANY(ap.theme_codes)))
        AND (cardinality(ap.admin_unit_ids) = 0 OR EXISTS (
              SELECT 1 FROM project_units pu, unnest(ap.admin_unit_ids) AS f(unit)
               WHERE pu.project_id = ANY($6::uuid[]) AND pu.admin_unit_id IN (SELECT admin_units_within(f.unit)))))
     ON CONFLICT (organisation_id, event_key) DO NOTHING
     RETURNING ${INSERTED_ALERT_COLUMNS}`,
    [JSON.stringify(recipients), alert.eventKey, alert.type, alert.overlapId, alert.score, alert.sides.map((s) => s.projectId)],
  );
  if (inserted.length === 0) return 0;
  await pushAlerts((sql, params) => em.query(sql, params), inserted, alert.type);
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
