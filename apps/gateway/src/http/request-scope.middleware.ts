import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { newRequestScope, runInScope } from '@yntymak/context';
import { Metrics } from '@yntymak/observability';

/**
 * Opens the request's execution scope (request id, later the principal) and logs and counts the
 * request when it ends. Registered after the body parser, so the scope survives into GraphQL.
 */
export function requestScopeMiddleware(logger: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const scope = newRequestScope(req.header('x-request-id'));
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', scope.id);
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const route = ['/graphql', '/health/live', '/health/ready', '/metrics'].includes(path) ? path : 'other';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      if (route === '/graphql' || route === 'other') {
        logger.debug({ requestId: scope.id, organisationId: scope.principal?.organisationId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
      }
    });
    runInScope(scope, next);
  };
}
