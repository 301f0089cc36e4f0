import { isDecisionLevel, levelRank } from '../model/decision-level';
import { IssueAction, TransitionErrorCode } from './issue-state';
import { ACTION_REQUIREMENTS } from './issue-transitions';

export const MAX_NOTE_LENGTH = 10_000;

export interface PayloadProblem {
  error: string;
  code: TransitionErrorCode;
  field: string;
}

/** The first problem with what an action carries, or null. */
export function validateActionPayload(action: IssueAction): PayloadProblem | null {
  const needs = ACTION_REQUIREMENTS[action.type];
  const note = action.note?.trim() ?? '';
  if (needs.note && !note) return { error: `${action.type} needs a note saying why.`, code: 'NOTE_REQUIRED', field: 'note' };
  if (note.length > MAX_NOTE_LENGTH) return { error: `A note has at most ${MAX_NOTE_LENGTH} characters.`, code: 'NOTE_TOO_LONG', field: 'note' };
  const badRef = (action.documentRefs ?? []).findIndex((doc) => typeof doc?.ref !== 'string' || doc.ref.trim() === '');
  if (badRef >= 0) return { error: 'A document reference needs a non-empty ref.', code: 'INVALID_DOCUMENT_REF', field: `documentRefs[${badRef}].ref` };
  if (needs.targetBody && !action.targetBodyId?.trim()) return { error: 'Re-routing names the competent body.', code: 'TARGET_BODY_REQUIRED', field: 'targetBodyId' };
  if (needs.bodies && !(action.bodyIds ?? []).some((id) => id.trim() !== '')) return { error: `${action.type} needs the bodies it addresses.`, code: 'BODIES_REQUIRED', field: 'bodyIds' };
  if (needs.toLevel && !isDecisionLevel(action.toLevel)) return { error: `${action.type} needs the level it goes to.`, code: 'LEVEL_REQUIRED', field: 'toLevel' };
  if (action.toLevel != null && !isDecisionLevel(action.toLevel)) return { error: `Unknown level ${String(action.toLevel)}.`, code: 'LEVEL_REQUIRED', field: 'toLevel' };
  if (needs.levelUp) {
    if (!isDecisionLevel(action.fromLevel)) return { error: `${action.type} needs the level it leaves.`, code: 'LEVEL_REQUIRED', field: 'fromLevel' };
    if (levelRank(action.toLevel ?? '') <= levelRank(action.fromLevel)) {
      return { error: `Escalation goes up: ${action.toLevel} is not above ${action.fromLevel}.`, code: 'LEVEL_NOT_HIGHER', field: 'toLevel' };
    }
  }
  return null;
}
