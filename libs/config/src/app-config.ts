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
    /** Projects a full overlap recompute detects at once (each holds a connection while it writes). */
    recomputeConcurrency: number;
  };
  webhooks: WebhookConfig;
  /** On SIGTERM a gateway reports not-ready this long before it stops taking requests (load balancers catch up). */
  shutdownDelayMs: number;
  /** Where daily digests go: nowhere (stored and readable through GraphQL only) or the log. */
  digestTransport: 'none' | 'log';
  /** Apply migrations when an app starts (convenient on one machine; off where a migration job runs them). */
  migrateOnStart: boolean;
  issues: IssuesConfig;
  sharedIssues: SharedIssuesConfig;
}

/** When issues group into a shared issue, and when a shared issue goes up to the coordinating body. */
export interface SharedIssuesConfig {
  /** A shared issue is sent as a dossier when it concerns this many distinct villages... */
  escalationMinVillages: number;
  /** ...raised by at least this many organisations. */
  escalationMinOrganisations: number;
  /** Two issues' proposals link at this text similarity (groupIssues minSimilarity). */
  minSimilarity: number;
}

/** Field issues: how long each level has to respond before the issue goes one level up. */
export interface IssuesConfig {
  /** Whole days per decision level (docs/issues.md: 30, 30, 45, 90 by default). */
  deadlineDays: { LOCAL: number; DISTRICT: number; REGIONAL: number; NATIONAL: number };
  /**
   * How long one deadline day lasts, in milliseconds: a calendar day in production; tests shorten
   * it (1 s) so that real delayed jobs fire while the test watches.
   */
  deadlineDayMs: number;
}

/** Outbound webhooks: where they may go and how hard the worker tries. */
export interface WebhookConfig {
  /** Only https:// receivers. On by default in production; turning it off there is for benchmarks on one machine. */
  requireHttps: boolean;
  /**
   * Host names, IP addresses or CIDR blocks that may be called although they are private, loopback
   * or link-local (an internal receiver; the local receiver of tests). Empty by default.
   */
  allowedHosts: string[];
  /** One attempt: connect, send, and read the response, at most this long. */
  timeoutMs: number;
  /** Attempts per delivery (the first included) before it is dead-lettered. */
  maxAttempts: number;
  /** Backoff before retry n is about base * 2^(n-1), with jitter, capped at max. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Deliveries sent at once by one worker process. */
  concurrency: number;
  /** Owner connections of a worker's sender, apart from the pool that overlap detection uses. */
  dbPoolSize: number;
}
