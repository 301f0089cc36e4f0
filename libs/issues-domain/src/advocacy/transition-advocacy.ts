import { DocumentRef } from '../model/document-ref';
import { AdvocacyItem } from './advocacy-item';
import { ADVOCACY_ACTIONS, ADVOCACY_TRANSITIONS, AdvocacyAction } from './advocacy-transitions';

export interface AdvocacyChange {
  action: AdvocacyAction;
  /** When it happened; may be in the past (a 2015 submission recorded today), never in the future. */
  at: Date;
  note?: string | null;
  documentRefs?: readonly DocumentRef[];
}

export type AdvocacyTransitionResult =
  | { item: AdvocacyItem }
  | { error: string; code: 'UNKNOWN_ACTION' | 'INVALID_TRANSITION' | 'NOTE_REQUIRED' | 'INVALID_DATE' | 'DATE_IN_FUTURE' | 'DATE_BEFORE_LAST_CHANGE'; field: string };

/** The item after a dated state change, its history extended; or why the change is not possible. */
export function transitionAdvocacy(item: AdvocacyItem, change: AdvocacyChange, now: Date): AdvocacyTransitionResult {
  if (!(ADVOCACY_ACTIONS as readonly string[]).includes(change.action)) return { error: `Unknown action ${String(change.action)}.`, code: 'UNKNOWN_ACTION', field: 'action' };
  const row = ADVOCACY_TRANSITIONS.find((candidate) => candidate.action === change.action && candidate.from === item.state);
  if (!row) return { error: `${change.action} is not possible for an advocacy item in state ${item.state}.`, code: 'INVALID_TRANSITION', field: 'action' };
  const note = change.note?.trim() || null;
  if (row.noteRequired && !note) return { error: `${change.action} needs a note.`, code: 'NOTE_REQUIRED', field: 'note' };
  if (!(change.at instanceof Date) || Number.isNaN(change.at.getTime())) return { error: 'The date of the change is not valid.', code: 'INVALID_DATE', field: 'at' };
  if (change.at.getTime() > now.getTime()) return { error: 'A state change cannot be dated in the future.', code: 'DATE_IN_FUTURE', field: 'at' };
  const last = item.history[item.history.length - 1];
  if (last && change.at.getTime() < last.at.getTime()) {
    return { error: `The change is dated before the last one (${last.state}, ${last.at.toISOString().slice(0, 10)}).`, code: 'DATE_BEFORE_LAST_CHANGE', field: 'at' };
  }
  return { item: { ...item, state: row.to, history: [...item.history, { state: row.to, at: change.at, note, documentRefs: [...(change.documentRefs ?? [])] }] } };
}
