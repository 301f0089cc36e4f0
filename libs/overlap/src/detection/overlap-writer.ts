import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PreparedSql, queryPrepared } from '@yntymak/database';
import { OverlapAlert, writeOverlapAlerts } from '@yntymak/alerts';
import { EventType } from '@yntymak/outbox';
import { ENGINE_VERSION } from '@yntymak/overlap-engine';
import { PairChange, PairOutcome, RaisedPair, StoredOverlap, planCarriedPair, planPairChange } from './plan-pair-change';

export type { RaisedPair, StoredOverlap } from './plan-pair-change';

export interface WriteCounts {
  created: number;
  changed: number;
  closed: number;
}

interface Planned {
  id: string;
  pair: RaisedPair;
  change: PairChange;
}

/** Read twice per detection (before scoring, and again under the pairs' locks). */
const EXISTING = PreparedSql.define(
  'overlap-existing-pairs',
  `SELECT id, engine_version, project_a_id, project_b_id, organisation_a_id, organisation_b_id, score::text, kind, status, explanation, material_fingerprint
     FROM project_overlaps WHERE (project_a_id = $1 OR project_b_id = $1) AND (engine_version = $2 OR status <> 'CLOSED')
    ORDER BY changed_at DESC`,
);

/**
 * Writes detection results for one project as the system, in the caller's transaction, changing
 * only what changed: re-running detection on unchanged projects writes nothing. Each change gets an
 * overlap_events row and, when it matters to people (new, reopened, kind changed, closed), an outbox
 * event and the alerts. A project raises dozens of pairs at a time, so each kind of row is written
 * for all pairs in one statement: per-pair round trips were most of a detection at a million
 * projects (docs/overlap.md, "Detection at scale").
 */
export class OverlapWriter {
  constructor(private readonly em: EntityManager) {}

  async lockPairs(pairKeys: string[]): Promise<void> {
    if (pairKeys.length) await this.em.query(`SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(x, 7340221) AS k FROM unnest($1::text[]) x ORDER BY 1) s`, [pairKeys]);
  }

  /** The project's pairs under this engine version, and those still open under earlier ones (newest first). */
  async existing(projectId: string, engineVersion: string): Promise<StoredOverlap[]> {
    return (await queryPrepared<StoredOverlap>(this.em, EXISTING, [projectId, engineVersion])).rows;
  }

  /**
   * Applies the raised pairs (each with its stored row, or the row of an earlier engine version it
   * carries on), closes the stored pairs no longer raised, and closes silently the earlier
   * versions' rows that the new rows replace.
   */
  async write(
    raised: ReadonlyArray<{ pair: RaisedPair; stored?: StoredOverlap; previous?: StoredOverlap }>,
    closing: readonly StoredOverlap[],
    closeReason: string,
  ): Promise<WriteCounts> {
    const planned: Planned[] = raised.map(({ pair, stored, previous }) => ({
      id: stored?.id ?? randomUUID(),
      pair,
      change: !stored && previous ? planCarriedPair(pair, previous) : planPairChange(pair, stored),
    }));
    const superseded = raised.flatMap(({ stored, previous }) => (!stored && previous ? [previous] : []));
    const count = (outcomes: PairOutcome[]) => planned.filter((p) => outcomes.includes(p.change.outcome)).length;
    await this.insertNew(planned.filter((p) => p.change.outcome === 'created'));
    await this.updateChanged(planned.filter((p) => p.change.outcome !== 'created' && p.change.outcome !== 'unchanged'));
    const eventIds = await this.recordEvents(planned.flatMap((p) => (p.change.event ? [{ overlapId: p.id, ...p.change.event }] : [])));
    await this.announce(planned.filter((p) => p.change.announce));
    await writeOverlapAlerts(this.em, planned.flatMap((p) => (p.change.alertStatus ? [this.alertOf(p, eventIds.get(p.id) as string)] : [])));
    await this.close(closing, closeReason);
    await this.supersede(superseded);
    return { created: count(['created']), changed: count(['reopened', 'changed', 'rescored']), closed: closing.length };
  }

  private async insertNew(rows: Planned[]): Promise<void> {
    if (!rows.length) return;
    await this.em.query(
      `INSERT INTO project_overlaps (id, project_a_id, project_b_id, organisation_a_id, organisation_b_id, engine_version, score, kind, components, explanation, material_fingerprint, blind_a, blind_b, status)
       SELECT id, project_a_id, project_b_id, organisation_a_id, organisation_b_id, engine_version, score, kind, components, explanation, material_fingerprint, blind_a, blind_b, status
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, project_a_id uuid, project_b_id uuid, organisation_a_id uuid, organisation_b_id uuid, engine_version text,
                                                 score numeric, kind text, components jsonb, explanation text, material_fingerprint text, blind_a jsonb, blind_b jsonb, status text)`,
      [JSON.stringify(rows.map((p) => ({ ...this.columns(p), id: p.id, status: p.change.insertStatus ?? 'OPEN', project_a_id: p.pair.result.projectIds[0], project_b_id: p.pair.result.projectIds[1], organisation_a_id: p.pair.organisations[0], organisation_b_id: p.pair.organisations[1], engine_version: p.pair.result.engineVersion })))],
    );
  }

  private async updateChanged(rows: Planned[]): Promise<void> {
    if (!rows.length) return;
    await this.em.query(
      `UPDATE project_overlaps o
          SET score = x.score, kind = x.kind, components = x.components, explanation = x.explanation, material_fingerprint = x.material_fingerprint,
              blind_a = x.blind_a, blind_b = x.blind_b, changed_at = now(),
              status = CASE WHEN x.reopen THEN 'OPEN' ELSE o.status END, closed_at = CASE WHEN x.reopen THEN NULL ELSE o.closed_at END
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, score numeric, kind text, components jsonb, explanation text, material_fingerprint text, blind_a jsonb, blind_b jsonb, reopen boolean)
        WHERE o.id = x.id`,
      [JSON.stringify(rows.map((p) => ({ ...this.columns(p), id: p.id, reopen: p.change.reopen })))],
    );
  }

  private columns(p: Planned) {
    const r = p.pair.result;
    return { score: p.change.score, kind: r.kind, components: r.components, explanation: r.explanation, material_fingerprint: p.pair.fingerprint, blind_a: p.pair.blind[0], blind_b: p.pair.blind[1] };
  }

  /** One history row per changed pair; returns each pair's new event id (a pair changes once per detection). */
  private async recordEvents(events: Array<{ overlapId: string; kind: string; detail: Record<string, unknown> }>): Promise<Map<string, string>> {
    if (!events.length) return new Map();
    const rows: Array<{ id: string; overlap_id: string }> = await this.em.query(
      `INSERT INTO overlap_events (overlap_id, kind, detail)
       SELECT overlap_id, kind, detail FROM jsonb_to_recordset($1::jsonb) AS x(overlap_id uuid, kind text, detail jsonb)
       RETURNING id::text, overlap_id`,
      [JSON.stringify(events.map((e) => ({ overlap_id: e.overlapId, kind: e.kind, detail: e.detail })))],
    );
    return new Map(rows.map((r) => [r.overlap_id, r.id]));
  }

  private async announce(rows: Planned[]): Promise<void> {
    await this.outbox(
      rows.map((p) => ({
        type: p.change.announce as EventType,
        overlapId: p.id,
        payload: { projectIds: p.pair.result.projectIds, organisations: p.pair.organisations, score: p.pair.result.score, kind: p.pair.result.kind },
      })),
    );
  }

  /** The alerts of a change commit with it; the change's event id makes each alert unique. */
  private alertOf(p: Planned, eventId: string): OverlapAlert {
    const r = p.pair.result;
    return {
      eventKey: `overlap-event:${eventId}`,
      type: p.change.announce as OverlapAlert['type'],
      overlapId: p.id,
      score: r.score,
      kind: r.kind,
      status: p.change.alertStatus as string,
      explanation: r.explanation,
      sides: p.pair.sides,
    };
  }

  private async close(closing: readonly StoredOverlap[], reason: string): Promise<void> {
    if (!closing.length) return;
    const ids = closing.map((s) => s.id);
    await this.em.query(`UPDATE project_overlaps SET status = 'CLOSED', closed_at = now(), changed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    await this.recordEvents(closing.map((s) => ({ overlapId: s.id, kind: 'CLOSED', detail: { previousStatus: s.status, reason } })));
    await this.outbox(
      closing.map((s) => ({
        type: EventType.OverlapClosed,
        overlapId: s.id,
        payload: { projectIds: [s.project_a_id, s.project_b_id], organisations: [s.organisation_a_id, s.organisation_b_id], reason },
      })),
    );
  }

  /** Rows of an earlier engine version that a new row carries on: closed, with the reason in their history, and nobody told. */
  private async supersede(rows: readonly StoredOverlap[]): Promise<void> {
    if (!rows.length) return;
    await this.em.query(`UPDATE project_overlaps SET status = 'CLOSED', closed_at = now(), changed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((s) => s.id)]);
    await this.recordEvents(rows.map((s) => ({ overlapId: s.id, kind: 'CLOSED', detail: { previousStatus: s.status, reason: `superseded by engine version ${ENGINE_VERSION}` } })));
  }

  private async outbox(events: Array<{ type: EventType; overlapId: string; payload: Record<string, unknown> }>): Promise<void> {
    if (!events.length) return;
    await this.em.query(
      `INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id, payload)
       SELECT gen_random_uuid(), x.type, 'overlap', x.aggregate_id, NULL, x.payload
         FROM jsonb_to_recordset($1::jsonb) AS x(type text, aggregate_id text, payload jsonb)`,
      [JSON.stringify(events.map((e) => ({ type: e.type, aggregate_id: e.overlapId, payload: e.payload })))],
    );
  }
}
