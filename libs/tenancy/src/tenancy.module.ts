import { DynamicModule, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { APP_DATA_SOURCE } from '@yntymak/database';
import { LOGGER } from '@yntymak/observability';
import { AccessPolicy } from './access-policy';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyResolver } from './api-key.resolver';
import { CreateApiKeyUseCase, RevokeApiKeyUseCase } from './api-key.use-cases';
import { AuthGuard } from './auth/auth.guard';
import { Authenticator } from './auth/authenticator';
import { KeyCache } from './auth/key-cache';
import { RevocationBus } from './auth/revocation-bus';
import { CreateOrganisationUseCase } from './create-organisation.use-case';
import { OrganisationRepository } from './organisation.repository';
import { TenancyQueries } from './tenancy.queries';
import { TenancyResolver } from './tenancy.resolver';

@Injectable()
class RevocationListener implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly bus: RevocationBus,
    private readonly cache: KeyCache,
  ) {}

  onModuleInit(): void {
    this.bus.listen((apiKeyId) => this.cache.forgetKey(apiKeyId));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** Organisations, API keys, authentication and the cross-tenant access policy. */
@Module({})
export class TenancyModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TenancyModule,
      // Global: every context needs authentication, the access policy and the organisation directory.
      global: true,
      providers: [
        OrganisationRepository,
        ApiKeyRepository,
        AccessPolicy,
        TenancyQueries,
        CreateOrganisationUseCase,
        CreateApiKeyUseCase,
        RevokeApiKeyUseCase,
        TenancyResolver,
        ApiKeyResolver,
        AuthGuard,
        RevocationListener,
        { provide: KeyCache, useValue: new KeyCache(config.auth.keyCacheTtlMs) },
        { provide: RevocationBus, useFactory: (logger: Logger) => new RevocationBus(config.redisUrl, config.queuePrefix, logger), inject: [LOGGER] },
        { provide: Authenticator, useFactory: (ds: DataSource, cache: KeyCache) => new Authenticator(ds, cache), inject: [APP_DATA_SOURCE, KeyCache] },
      ],
      exports: [AuthGuard, Authenticator, AccessPolicy, TenancyQueries, KeyCache],
    };
  }
}

