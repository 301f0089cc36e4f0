import { isIP } from 'node:net';
import { AppConfig, LogLevel, NodeEnv } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/yntymak';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const APP_DB_ROLE = 'yntymak_app';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw === '' ? fallback : raw.trim();
  }

  url(name: string, fallback: string, protocols: string[]): string {
    const value = this.string(name, fallback);
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${redact(value)}")`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL (got "${redact(value)}")`);
    }
    return value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const value = this.string(name, fallback) as T;
    if (!allowed.includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value;
  }

  /** A comma-separated list; each item is checked by `valid`. */
  list(name: string, valid: (item: string) => boolean, what: string): string[] {
    const items = this.string(name, '').split(',').map((item) => item.trim()).filter(Boolean);
    const bad = items.filter((item) => !valid(item));
    if (bad.length) this.problems.push(`${name} must be a comma-separated list of ${what} (not "${bad.join('", "')}")`);
    return items.filter(valid);
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }
}

/** Hides a password in a connection URL before it is shown to anyone. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}

/** The application role's URL: the owner URL with the user swapped, unless APP_DATABASE_URL says otherwise. */
function deriveAppUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.username = APP_DB_ROLE;
    url.password = '';
    return url.toString();
  } catch {
    return databaseUrl;
  }
}

/** A host name, an IPv4/IPv6 address, or an address with a /prefix. */
function isHostOrCidr(item: string): boolean {
  const [address, prefix, extra] = item.split('/');
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (prefix !== undefined) return family !== 0 && /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  return family !== 0 || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(address);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', 'development', NODE_ENVS);
  const databaseUrl = r.url('DATABASE_URL', DEFAULT_DATABASE_URL, ['postgres:', 'postgresql:']);
  const config: AppConfig = {
    nodeEnv,
    databaseUrl,
    appDatabaseUrl: env.APP_DATABASE_URL ? r.url('APP_DATABASE_URL', '', ['postgres:', 'postgresql:']) : deriveAppUrl(databaseUrl),
    redisUrl: r.url('REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']),
    queuePrefix: r.string('QUEUE_PREFIX', '{ynt}'),
    port: r.int('PORT', 3000, 0, 65535),
    logLevel: r.oneOf('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info', LOG_LEVELS),
    dbPoolSize: r.int('DB_POOL_SIZE', 10, 1, 200),
    graphql: {
      maxDepth: r.int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: r.int('GRAPHQL_MAX_COMPLEXITY', 5000, 10, 100000),
      sandbox: r.bool('GRAPHQL_SANDBOX', nodeEnv === 'development'),
    },
    auth: { keyCacheTtlMs: r.int('AUTH_KEY_CACHE_TTL_MS', 30000, 0, 600000) },
    outbox: {
      batchSize: r.int('OUTBOX_BATCH_SIZE', 500, 1, 10000),
      pollIntervalMs: r.int('OUTBOX_POLL_INTERVAL_MS', 1000, 10, 60000),
    },
    worker: { concurrency: r.int('WORKER_CONCURRENCY', 20, 1, 500), recomputeConcurrency: r.int('OVERLAP_RECOMPUTE_CONCURRENCY', 4, 1, 64) },
    webhooks: {
      requireHttps: r.bool('WEBHOOK_REQUIRE_HTTPS', nodeEnv === 'production'),
      allowedHosts: r.list('WEBHOOK_ALLOWED_HOSTS', isHostOrCidr, 'host names, IP addresses or CIDR blocks').map((h) => h.toLowerCase()),
      timeoutMs: r.int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      maxAttempts: r.int('WEBHOOK_MAX_ATTEMPTS', 10, 1, 30),
      backoffBaseMs: r.int('WEBHOOK_BACKOFF_BASE_MS', 30_000, 1, 3_600_000),
      backoffMaxMs: r.int('WEBHOOK_BACKOFF_MAX_MS', 6 * 3_600_000, 1, 24 * 3_600_000),
      concurrency: r.int('WEBHOOK_CONCURRENCY', 50, 1, 1000),
      dbPoolSize: r.int('WEBHOOK_DB_POOL_SIZE', 5, 1, 100),
    },
    shutdownDelayMs: r.int('SHUTDOWN_DELAY_MS', nodeEnv === 'production' ? 5000 : 0, 0, 120000),
    migrateOnStart: r.bool('MIGRATE_ON_START', true),
    digestTransport: r.oneOf('DIGEST_TRANSPORT', 'none', ['none', 'log'] as const),
    issues: {
      deadlineDays: {
        LOCAL: r.int('ISSUE_DEADLINE_DAYS_LOCAL', 30, 1, 366),
        DISTRICT: r.int('ISSUE_DEADLINE_DAYS_DISTRICT', 30, 1, 366),
        REGIONAL: r.int('ISSUE_DEADLINE_DAYS_REGIONAL', 45, 1, 366),
        NATIONAL: r.int('ISSUE_DEADLINE_DAYS_NATIONAL', 90, 1, 366),
      },
      deadlineDayMs: r.int('ISSUE_DEADLINE_DAY_MS', 86_400_000, 100, 86_400_000),
    },
    sharedIssues: {
      escalationMinVillages: r.int('SHARED_ISSUE_ESCALATION_MIN_VILLAGES', 5, 1, 10_000),
      escalationMinOrganisations: r.int('SHARED_ISSUE_ESCALATION_MIN_ORGANISATIONS', 1, 1, 1_000),
      // Hundredths, so that the setting is a whole number like the others: 35 means 0.35.
      minSimilarity: r.int('SHARED_ISSUE_MIN_SIMILARITY_PERCENT', 35, 5, 95) / 100,
    },
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
