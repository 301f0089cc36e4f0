export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type NodeEnv = 'development' | 'production' | 'test';

/** The one validated configuration object. Nothing else reads process.env. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  /** Owner connection: migrations, bootstrap, the outbox relay. */
  databaseUrl: string;
  /** Connection of the row-level-security-bound application role. */
  appDatabaseUrl: string;
  redisUrl: string;
  /** BullMQ prefix; braces make it a Redis Cluster hash tag. */
  queuePrefix: string;
  port: number;
  logLevel: LogLevel;
  dbPoolSize: number;
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    /** GraphQL sandbox/landing page; development only by default. */
    sandbox: boolean;
  };
  auth: {
    /** How long a verified key stays in a gateway's memory; revocation also invalidates through Redis. */
    keyCacheTtlMs: number;
  };
  outbox: {
    batchSize: number;
    /** Safety-net poll when no NOTIFY arrives. */
    pollIntervalMs: number;
  };
  worker: {
    concurrency: number;
  };
  /** On SIGTERM a gateway reports not-ready this long before it stops taking requests (load balancers catch up). */
  shutdownDelayMs: number;
  /** Apply migrations when an app starts (convenient on one machine; off where a migration job runs them). */
  migrateOnStart: boolean;
}
