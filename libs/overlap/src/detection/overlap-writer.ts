import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OverlapResult } from '@yntymak/overlap-engine';
import { AlertSide, writeOverlapAlerts } from '@yntymak/alerts';
import { EventType } from '@yntymak/outbox';
import { BlindSummary } from './blind-summary';

export interface StoredOverlap {
  id: string;
  project_a_id: string;
  project_b_id: string;
  score: string;
  kind: 'DUPLICATE' | 'OVERLAP';
  status: string;
  explanation: string;
  material_fingerprint: string;
}

export interface RaisedPair {
  result: OverlapResult;
  organisations: [string, string];
  fingerprint: string;
  blind: [BlindSummary | null, BlindSummary | null];
  /** What the alerts say of each project. */
  sides: [AlertSide, AlertSide];
}

/** Decisions that describe the pair itself and never reopen (co-financing stays co-financing). */
const STICKY = new Set(['CO_FINANCING']);
const DECIDED = new Set(['CONFIRMED_DUPLICATE', 'COMPLEMENTARY', 'SEQUENTIAL_PHASE', 'DISMISSED']);

/**
 * Writes detection results for one project as the system, in the caller's transaction, changing
 * only what changed: re-running detection on unchanged projects writes nothing. Each change gets an
 * overlap_events row and, when it matters to people (new, reopened, kind changed, closed), an outbox
 * event for the alerts.
 */
export class OverlapWriter {
  constructor(private readonly em: EntityManager) {}

  async lockPairs(pairKeys: string[]): Promise<void> {
    if (pairKeys.length) await this.em.query(`SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(x, 7340221) AS k FROM unnest($1::text[]) x ORDER BY 1) s`, [pairKeys]);
  }

  existing(projectId: string, engineVersion: string): Promise<StoredOverlap[]> {
    return this.em.query(
      `SELECT id, project_a_id, project_b_id, score::text, kind, status, explanation, material_fingerprint FROM project_overlaps
        WHERE (project_a_id = $1 OR project_b_id = $1) AND engine_version = $2`,
      [projectId, engineVersion],
    );
  }

  /** Returns what happened to the pair: created, reopened, rescored, or unchanged. */
  async apply(pair: RaisedPair, stored: StoredOverlap | undefined): Promise<'created' | 'reopened' | 'changed' | 'rescored' | 'unchanged'> {
    const r = pair.result;
    const score = r.score.toFixed(5);
    if (!stored) {
      const id = randomUUID();
      await this.em.query(
        `INSERT INTO project_overlaps (id, project_a_id, project_b_id, organisation_a_id, organisation_b_id, engine_version, score, kind, components, explanation, material_fingerprint, blind_a, blind_b)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [id, r.projectIds[0], r.projectIds[1], pair.organisations[0], pair.organisations[1], r.engineVersion, score, r.kind, JSON.stringify(r.components), r.explanation, pair.fingerprint, json(pair.blind[0]), json(pair.blind[1])],
      );
      const eventId = await this.event(id, 'DETECTED', { score, kind: r.kind });
      await this.outbox(EventType.OverlapDetected, id, pair);
      await this.alert(EventType.OverlapDetected, id, eventId, pair, 'OPEN');
      return 'created';
    }
    const material = stored.material_fingerprint !== pair.fingerprint;
    const rescored = stored.score !== score || stored.kind !== r.kind || stored.explanation !== r.explanation;
    if (!material && !rescored && stored.status !== 'CLOSED') return 'unchanged';
    const reopen = stored.status === 'CLOSED' || (material && DECIDED.has(stored.status) && !STICKY.has(stored.status));
    await this.em.query(
      `UPDATE project_overlaps SET score = $2, kind = $3, components = $4, explanation = $5, material_fingerprint = $6, blind_a = $7, blind_b = $8,
              status = CASE WHEN $9 THEN 'OPEN' ELSE status END, closed_at = CASE WHEN $9 THEN NULL ELSE closed_at END, changed_at = now()
        WHERE id = $1`,
      [stored.id, score, r.kind, JSON.stringify(r.components), r.explanation, pair.fingerprint, json(pair.blind[0]), json(pair.blind[1]), reopen],
    );
    if (reopen) {
      const eventId = await this.event(stored.id, 'REOPENED', { previousStatus: stored.status, score, kind: r.kind, reason: stored.status === 'CLOSED' ? 'raised again' : 'a project changed materially' });
      await this.outbox(EventType.OverlapChanged, stored.id, pair);
      await this.alert(EventType.OverlapChanged, stored.id, eventId, pair, 'OPEN');
      return 'reopened';
    }
    const eventId = await this.event(stored.id, 'RESCORED', { from: { score: stored.score, kind: stored.kind }, to: { score, kind: r.kind }, material });
    // Material: a project changed in what it does, where or when; or the pair became (or stopped being) a duplicate.
    // A dismissed pair reopens on a material change (above), so here it stays silent; a co-financing pair is never raised again.
    if (material || stored.kind !== r.kind) {
      await this.outbox(EventType.OverlapChanged, stored.id, pair);
      if (stored.status !== 'DISMISSED' && !STICKY.has(stored.status)) await this.alert(EventType.OverlapChanged, stored.id, eventId, pair, stored.status);
      return 'changed';
    }
    return 'rescored';
  }

  async close(stored: StoredOverlap, reason: string, organisations: [string, string]): Promise<void> {
    await this.em.query(`UPDATE project_overlaps SET status = 'CLOSED', closed_at = now(), changed_at = now() WHERE id = $1`, [stored.id]);
    await this.event(stored.id, 'CLOSED', { previousStatus: stored.status, reason });
    await this.em.query(
      `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, payload) VALUES ($1, $2, 'overlap', $3, NULL, $4)`,
      [randomUUID(), EventType.OverlapClosed, stored.id, JSON.stringify({ projectIds: [stored.project_a_id, stored.project_b_id], organisations, reason })],
    );
  }

  private async event(overlapId: string, kind: string, detail: object): Promise<string> {
    const [row] = await this.em.query(`INSERT INTO overlap_events (overlap_id, kind, detail) VALUES ($1, $2, $3) RETURNING id::text`, [overlapId, kind, JSON.stringify(detail)]);
    return row.id;
  }

  /** The alerts of a change commit with it; the change's event id makes each alert unique. */
  private async alert(type: EventType.OverlapDetected | EventType.OverlapChanged, overlapId: string, eventId: string, pair: RaisedPair, status: string): Promise<void> {
    await writeOverlapAlerts(this.em, {
      eventKey: `overlap-event:${eventId}`,
      type,
      overlapId,
      score: pair.result.score,
      kind: pair.result.kind,
      status,
      explanation: pair.result.explanation,
      sides: pair.sides,
    });
  }

  private async outbox(type: EventType, overlapId: string, pair: RaisedPair): Promise<void> {
    await this.em.query(
      `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, payload) VALUES ($1, $2, 'overlap', $3, NULL, $4)`,
      [randomUUID(), type, overlapId, JSON.stringify({ projectIds: pair.result.projectIds, organisations: pair.organisations, score: pair.result.score, kind: pair.result.kind })],
    );
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
