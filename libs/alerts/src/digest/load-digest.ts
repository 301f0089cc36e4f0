import { DigestContent } from './render-digest';

type Query = (sql: string, params: unknown[]) => Promise<any[]>;

/**
 * A day's activity for one organisation, read from its alerts (which already respect blindness and
 * preferences) and the overlaps it can see. `day` is a calendar day in Asia/Bishkek.
 */
export async function loadDigest(query: Query, organisationId: string, day: string): Promise<DigestContent> {
  const window = `(created_at AT TIME ZONE 'Asia/Bishkek')::date = $2::date`;
  const [org] = await query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
  const detected = await query(
    `SELECT score::float8 AS score, payload->>'kind' AS kind, payload->>'explanation' AS explanation FROM alerts
      WHERE organisation_id = $1 AND kind = 'overlap.detected' AND ${window} ORDER BY score DESC LIMIT 20`,
    [organisationId, day],
  );
  const [{ n: changed }] = await query(`SELECT count(*)::int AS n FROM alerts WHERE organisation_id = $1 AND kind = 'overlap.changed' AND ${window}`, [organisationId, day]);
  const decisions = await query(
    `SELECT e.decision, o.explanation FROM overlap_events e JOIN project_overlaps o ON o.id = e.overlap_id
      WHERE e.kind = 'REVIEWED' AND (e.at AT TIME ZONE 'Asia/Bishkek')::date = $2::date
        AND (o.organisation_a_id = $1 OR o.organisation_b_id = $1 OR EXISTS (SELECT 1 FROM organisations c WHERE c.id = $1 AND c.kind = 'COORDINATOR'))
      ORDER BY e.id LIMIT 20`,
    [organisationId, day],
  );
  const [{ n: open }] = await query(
    `SELECT count(*)::int AS n FROM project_overlaps o WHERE o.status = 'OPEN'
        AND (o.organisation_a_id = $1 OR o.organisation_b_id = $1 OR EXISTS (SELECT 1 FROM organisations c WHERE c.id = $1 AND c.kind = 'COORDINATOR'))`,
    [organisationId],
  );
  const [{ n: unread }] = await query(`SELECT count(*)::int AS n FROM alerts WHERE organisation_id = $1 AND read_at IS NULL`, [organisationId]);
  return {
    organisationName: org?.name ?? organisationId,
    day,
    newOverlaps: detected.map((r) => ({ score: Number(r.score), kind: r.kind, explanation: r.explanation })),
    changedOverlaps: changed,
    decisions: decisions.map((r) => ({ decision: r.decision, explanation: r.explanation })),
    openOverlaps: open,
    unreadAlerts: unread,
  };
}
