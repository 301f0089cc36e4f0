import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import { AppConfig } from '@yntymak/config';
import { Metrics, NestPinoLogger, createLogger } from '@yntymak/observability';
import { GatewayModule } from './gateway.module';
import { requestScopeMiddleware } from './http/request-scope.middleware';

/** Builds the gateway (not listening). Used by main.ts and by the end-to-end tests. */
export async function createGateway(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createLogger(config.logLevel, 'gateway');
  const metrics = new Metrics('gateway');
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config, logger, metrics), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  // Large enough for a CSV import (10 MB of text, escaped in JSON); every other input is bounded by validation.
  app.use(json({ limit: '16mb' }));
  app.use(requestScopeMiddleware(logger, metrics));
  app.set('trust proxy', 1);
  return app;
}
