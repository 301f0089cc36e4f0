import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { LOGGER } from '@yntymak/observability';
import { AlertRepository } from './alert.repository';
import { AlertResolver } from './alert.resolver';
import { AlertStream } from './alert-stream';
import { DigestResolver } from './digest/digest.resolver';

@Injectable()
class AlertStreamLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(AlertStream) private readonly stream: AlertStream) {}
  onModuleInit(): void {
    this.stream.listen();
  }
  onApplicationShutdown(): void {
    this.stream.close();
  }
}

/** The inbox, alert preferences and the live alert subscription. Alerts are written by the worker. */
@Module({})
export class AlertsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AlertsModule,
      providers: [
        AlertRepository,
        AlertResolver,
        DigestResolver,
        AlertStreamLifecycle,
        { provide: AlertStream, useFactory: (logger: Logger) => new AlertStream(config.redisUrl, config.queuePrefix, logger), inject: [LOGGER] },
      ],
    };
  }
}
