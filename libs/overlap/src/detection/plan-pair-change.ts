import { EventType } from '@yntymak/outbox';
import { OverlapResult } from '@yntymak/overlap-engine';
import { AlertSide } from '@yntymak/alerts';
import { BlindSummary } from './blind-summary';

/** A pair as stored for the current engine version. */
export interface StoredOverlap {
  id: string;
  engine_version: string;
  project_a_id: string;
  project_b_id: string;
  organisation_a_id: string;
  organisation_b_id: string;
  score: string;
  kind: 'DUPLICATE' | 'OVERLAP';
  status: string;
  explanation: string;
  material_fingerprint: string;
}

/** A pair the engine raised in this detection. */
export interface RaisedPair {
  result: OverlapResult;
  organisations: [string, string];
  fingerprint: string;
  blind: [BlindSummary | null, BlindSummary | null];
  /** What the alerts say of each project. */
  sides: [AlertSide, AlertSide];
}

export type PairOutcome = 'created' | 'reopened' | 'changed' | 'rescored' | 'unchanged';

export type OverlapChangeType = EventType.OverlapDetected | EventType.OverlapChanged;

/** What one detection does to one pair: the row, its history event, and whom it tells. */
export interface PairChange {
  outcome: PairOutcome;
  /** The score as stored (numeric(6,5)): comparing text avoids rescoring on float noise. */
  score: string;
  /** Whether the pair goes back to OPEN. */
  reopen: boolean;
  /** For a new row: its status (a decision carried over from an earlier engine version, or OPEN). */
  insertStatus?: string;
  /** The overlap_events row recording the change; absent when nothing changed. */
  event?: { kind: 'DETECTED' | 'REOPENED' | 'RESCORED'; detail: Record<string, unknown> };
  /** The outbox event of a change that matters to people (new, reopened, material, kind). */
  announce?: OverlapChangeType;
  /** The status the owners' and the coordinator's alerts report; absent when nobody is alerted. */
  alertStatus?: string;
}

/** Decisions that describe the pair itself and never reopen (co-financing stays co-financing). */
const STICKY = new Set(['CO_FINANCING']);
const DECIDED = new Set(['CONFIRMED_DUPLICATE', 'COMPLEMENTARY', 'SEQUENTIAL_PHASE', 'DISMISSED']);

/**
 * Decides what re-detection does to a pair, from the stored row and the new result alone, so that
 * re-running detection on unchanged projects writes nothing. Material: a project changed in what
 * it does, where or when (the fingerprint), or the pair became (or stopped being) a duplicate. A
 * decided pair reopens on a material change; a dismissed one stays silent otherwise; a
 * co-financing pair is never raised again.
 */
export function planPairChange(pair: RaisedPair, stored: StoredOverlap | undefined): PairChange {
  const r = pair.result;
  const score = r.score.toFixed(5);
  if (!stored) {
    return { outcome: 'created', score, reopen: false, insertStatus: 'OPEN', event: { kind: 'DETECTED', detail: { score, kind: r.kind } }, announce: EventType.OverlapDetected, alertStatus: 'OPEN' };
  }
  const material = stored.material_fingerprint !== pair.fingerprint;
  const rescored = stored.score !== score || stored.kind !== r.kind || stored.explanation !== r.explanation;
  if (!material && !rescored && stored.status !== 'CLOSED') return { outcome: 'unchanged', score, reopen: false };
  const reopen = stored.status === 'CLOSED' || (material && DECIDED.has(stored.status) && !STICKY.has(stored.status));
  if (reopen) {
    const reason = stored.status === 'CLOSED' ? 'raised again' : 'a project changed materially';
    return {
      outcome: 'reopened',
      score,
      reopen,
      event: { kind: 'REOPENED', detail: { previousStatus: stored.status, score, kind: r.kind, reason } },
      announce: EventType.OverlapChanged,
      alertStatus: 'OPEN',
    };
  }
  const event = { kind: 'RESCORED' as const, detail: { from: { score: stored.score, kind: stored.kind }, to: { score, kind: r.kind }, material } };
  if (!material && stored.kind === r.kind) return { outcome: 'rescored', score, reopen, event };
  const silent = stored.status === 'DISMISSED' || STICKY.has(stored.status);
  return { outcome: 'changed', score, reopen, event, announce: EventType.OverlapChanged, alertStatus: silent ? undefined : stored.status };
}

/**
 * A pair raised under a new engine version that an earlier version had already raised (a full
 * recompute after an engine upgrade): the new version's row starts from the earlier row, so a
 * reviewer's decision survives the upgrade unless the pair changed materially, and people are
 * told only what they would have been told had the earlier row been re-detected. Without this, an
 * upgrade re-announced every known pair and forgot every decision.
 */
export function planCarriedPair(pair: RaisedPair, previous: StoredOverlap): PairChange {
  const relative = planPairChange(pair, previous);
  const status = relative.reopen || previous.status === 'CLOSED' ? 'OPEN' : previous.status;
  return {
    outcome: 'created',
    score: relative.score,
    reopen: false,
    insertStatus: status,
    event: {
      kind: 'DETECTED',
      detail: { score: relative.score, kind: pair.result.kind, carriedFrom: { overlapId: previous.id, engineVersion: previous.engine_version, status: previous.status } },
    },
    announce: relative.announce,
    alertStatus: relative.alertStatus,
  };
}
