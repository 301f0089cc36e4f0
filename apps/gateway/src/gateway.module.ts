import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import Redis from 'ioredis';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { AppConfig } from '@yntymak/config';
import { DatabaseModule } from '@yntymak/database';
import { GeographyModule } from '@yntymak/geography';
import { DomainErrorFilter, createErrorFormatter, createValidationPipe, operationMetricsPlugin, queryLimitsPlugin } from '@yntymak/graphql-kit';
import { LOGGER, Metrics } from '@yntymak/observability';
import { QueueName, createQueue } from '@yntymak/outbox';
import { AlertsModule } from '@yntymak/alerts';
import { IssuesModule } from '@yntymak/issues';
import { OverlapModule } from '@yntymak/overlap';
import { ProjectsModule } from '@yntymak/projects';
import { SharedIssuesModule } from '@yntymak/shared-issues';
import { AuthGuard, Authenticator, TenancyModule } from '@yntymak/tenancy';
import { WebhooksModule } from '@yntymak/webhooks';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { DOMAIN_EVENTS_QUEUE, Draining, GATEWAY_REDIS } from './http/tokens';

@Injectable()
class ConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(GATEWAY_REDIS) private readonly redis: Redis,
    @Inject(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}

@Module({})
class ObservabilityModule {
  static forRoot(logger: Logger, metrics: Metrics): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: Metrics, useValue: metrics },
      ],
      exports: [LOGGER, Metrics],
    };
  }
}

/** The stateless GraphQL gateway: wiring only; what the product does lives in libs/. */
@Module({})
export class GatewayModule {
  static register(config: AppConfig, logger: Logger, metrics: Metrics): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ObservabilityModule.forRoot(logger, metrics),
        DatabaseModule.forRoot(config, 'yntymak-gateway'),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Authenticator],
          useFactory: (authenticator: Authenticator) => ({
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: createErrorFormatter(logger),
          // HTTP operations carry the request; graphql-ws operations carry the principal authenticated at connection_init.
          context: ({ req, extra }: { req?: unknown; extra?: { principal?: unknown } }) => (req ? { req } : { principal: extra?.principal }),
          subscriptions: {
            'graphql-ws': {
              onConnect: async (ctx: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
                const params = ctx.connectionParams ?? {};
                const header = (params.authorization ?? params.Authorization ?? (params.apiKey ? `Bearer ${params.apiKey}` : undefined)) as string | undefined;
                try {
                  (ctx.extra as { principal?: unknown }).principal = await authenticator.authenticate(header);
                  return true;
                } catch {
                  return false;
                }
              },
            },
          },
          plugins: [
            landingPage(config),
            queryLimitsPlugin({ maxDepth: config.graphql.maxDepth, maxComplexity: config.graphql.maxComplexity }),
            operationMetricsPlugin(metrics.graphqlOperations, metrics.graphqlDuration),
          ],
          }),
        }),
        TenancyModule.forRoot(config),
        GeographyModule,
        ProjectsModule,
        OverlapModule,
        AlertsModule.forRoot(config),
        WebhooksModule.forRoot(config),
        IssuesModule.forRoot(config),
        SharedIssuesModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: GATEWAY_REDIS, useFactory: () => redisClient(config.redisUrl, logger) },
        { provide: DOMAIN_EVENTS_QUEUE, useFactory: () => createQueue(QueueName.DomainEvents, config.redisUrl, config.queuePrefix) },
        ConnectionCloser,
        Draining,
      ],
    };
  }
}

/**
 * Apollo Sandbox on GET /graphql, in development only: it is a tool for a developer on their own
 * machine (GRAPHQL_SANDBOX=false turns it off there too), never a page a deployed gateway serves,
 * whatever GRAPHQL_SANDBOX says (ADR 0014). It opens on a first query with the header to fill in.
 */
function landingPage(config: AppConfig) {
  if (!config.graphql.sandbox || config.nodeEnv !== 'development') return ApolloServerPluginLandingPageDisabled();
  return ApolloServerPluginLandingPageLocalDefault({
    embed: { runTelemetry: false, endpointIsEditable: false },
    footer: false,
    document: '# Paste a key printed by `npm run demo` into the authorization header below (docs/api/demo.md).\nquery Me {\n  me { role organisation { name kind } }\n  overlaps(first: 5) { totalCount edges { node { kind score explanation } } }\n}\n',
    headers: { authorization: 'Bearer ynt_...' },
  });
}

function redisClient(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', (err) => logger.debug({ err: err.message }, 'gateway redis error'));
  return redis;
}
