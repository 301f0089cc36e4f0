import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { NestPinoLogger, createLogger } from '@yntymak/observability';
import { WorkerModule } from './worker.module';

/** Builds and starts the worker (a Nest application context, no HTTP). Used by main.ts and tests. */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const logger = createLogger(config.logLevel, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config, logger), { logger: new NestPinoLogger(logger), abortOnError: false });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
