import { BadInputError, ConflictError, DomainError, ForbiddenError } from '@yntymak/errors';

const FIELD_OF: Record<string, string> = {
  note: 'note',
  documentRefs: 'documents',
  targetBodyId: 'targetBodyId',
  bodyIds: 'action',
  toLevel: 'action',
  fromLevel: 'action',
  action: 'action',
  actor: 'action',
};

/**
 * The state machine's refusal as an API error: a move the state does not allow is a CONFLICT (the
 * issue moved on), an actor without the right a FORBIDDEN (they can see the issue, so nothing
 * leaks), a missing note or body a BAD_USER_INPUT naming the field. The domain code is the reason.
 */
export function transitionRefusal(refusal: { error: string; code: string; field?: string }): DomainError {
  switch (refusal.code) {
    case 'INVALID_TRANSITION':
      return new ConflictError('INVALID_TRANSITION', refusal.error, 'action');
    case 'ACTOR_NOT_ALLOWED':
      return new ForbiddenError('ACTOR_NOT_ALLOWED', refusal.error);
    default: {
      const field = FIELD_OF[refusal.field ?? ''] ?? refusal.field ?? 'action';
      return new BadInputError(field.startsWith('documentRefs') ? field.replace('documentRefs', 'documents') : field, refusal.error, refusal.code);
    }
  }
}
