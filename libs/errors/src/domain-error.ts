import { ErrorCode } from './error-code';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A failure the caller can understand and act on. `reason` is a stable machine-readable cause
 * (e.g. API_KEY_REVOKED) under the coarse `code`; `field` names the input at fault.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadInputError extends DomainError {
  constructor(field: string, message: string, reason = 'INVALID_VALUE', readonly problems: FieldProblem[] = [{ field, message }]) {
    super(ErrorCode.BAD_USER_INPUT, reason, message, field, { problems });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, field = 'id') {
    super(ErrorCode.NOT_FOUND, `${entity.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`, `No ${entity} with this ${field} exists, or it is not visible to you.`, field);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: string, message: string) {
    super(ErrorCode.FORBIDDEN, reason, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason: string, message: string) {
    super(ErrorCode.UNAUTHENTICATED, reason, message);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, field?: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, reason, message, field, details);
  }
}
