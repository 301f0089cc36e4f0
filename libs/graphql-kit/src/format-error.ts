import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '@yntymak/errors';

const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** pg-pool's message when no connection came free within connectionTimeoutMillis. */
const POOL_EXHAUSTED = 'timeout exceeded when trying to connect';

/**
 * The one place where errors become what a client sees: domain errors keep their code, reason
 * and field; GraphQL's own request errors pass; anything else is logged and becomes a bare
 * INTERNAL_SERVER_ERROR with no internals.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, reason: original.reason, ...(original.field ? { field: original.field } : {}), ...(original.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && !formatted.path && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return variableError(formatted);
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (original instanceof Error && original.message === POOL_EXHAUSTED) {
      // Load, not a fault of the request or of ours: say so, so that clients back off and retry instead of reporting a bug.
      logger.warn({ path: formatted.path }, 'no database connection free in time; answered SERVICE_UNAVAILABLE');
      return {
        message: 'The service is busy: no database connection came free in time. Retry in a few seconds.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'DATABASE_BUSY' },
      };
    }
    logger.error({ err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original), path: formatted.path }, 'unexpected error in GraphQL request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * A request-level GraphQL error without a code: a variable that does not fit its type (an unknown
 * enum value, a string for an Int). It is the caller's input, so BAD_USER_INPUT with the field.
 */
function variableError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const at = /at "([^"]+)"/.exec(formatted.message)?.[1];
  const variable = /^Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
  const field = at ? at.replace(/^input\./, '') : variable;
  return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_VARIABLE', ...(field ? { field } : {}) } };
}
