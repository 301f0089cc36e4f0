import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@yntymak/config';
import { createDataSource } from './create-data-source';
import { TenantDb } from './tenant-db';

/** The application role's data source: every query it runs is bound by row-level security. */
export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');
/** The owner's data source, for system work in the worker (cross-tenant jobs). Never for request handling. */
export const OWNER_DATA_SOURCE = Symbol('OWNER_DATA_SOURCE');
export const APP_CONFIG = Symbol('APP_CONFIG');

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly app: DataSource,
    @Inject(OWNER_DATA_SOURCE) private readonly owner: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.app, this.owner].map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * `systemPoolSize`: connections of the owner (system) pool. The gateway needs few; the worker runs
   * its event handlers (detection, alerts, issues) on it, so it passes its concurrency: with fewer
   * connections than jobs in hand, jobs waited past the connect timeout and failed in a loop.
   */
  static forRoot(config: AppConfig, service: string, systemPoolSize = 3): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: APP_DATA_SOURCE,
          useFactory: () => createDataSource({ url: config.appDatabaseUrl, poolSize: config.dbPoolSize, applicationName: service }).initialize(),
        },
        {
          provide: OWNER_DATA_SOURCE,
          useFactory: () => createDataSource({ url: config.databaseUrl, poolSize: systemPoolSize, applicationName: `${service}-system` }).initialize(),
        },
        { provide: TenantDb, useFactory: (ds: DataSource) => new TenantDb(ds), inject: [APP_DATA_SOURCE] },
        DataSourceCloser,
      ],
      exports: [APP_CONFIG, APP_DATA_SOURCE, OWNER_DATA_SOURCE, TenantDb],
    };
  }
}
