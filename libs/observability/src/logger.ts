import pino, { Logger } from 'pino';
import { peekScope } from '@yntymak/context';

export type { Logger } from 'pino';

/**
 * JSON logs; every line carries the request or job id and the organisation of the current scope.
 * Secrets never reach the log: keys, authorization headers and passwords are redacted by path.
 */
export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', 'apiKey', '*.apiKey', 'secret', '*.secret', 'password', '*.password'],
      censor: '[redacted]',
    },
    mixin() {
      const scope = peekScope();
      if (!scope) return {};
      return {
        [scope.kind === 'job' ? 'jobId' : 'requestId']: scope.id,
        organisationId: scope.principal?.organisationId,
      };
    },
  });
}

/** Nest injection token of the process's pino logger. */
export const LOGGER = Symbol('LOGGER');
