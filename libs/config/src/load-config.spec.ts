import { ConfigError } from './config-error';
import { loadConfig, redact } from './load-config';

describe('loadConfig', () => {
  it('has working defaults for a laptop with local Postgres and Redis', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/yntymak');
    expect(config.appDatabaseUrl).toBe('postgres://yntymak_app@127.0.0.1:5432/yntymak');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.graphql.sandbox).toBe(true);
  });

  it('turns the sandbox off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.sandbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_SANDBOX: 'true' }).graphql.sandbox).toBe(true);
  });

  it('lists every bad value at once, with the variable and what is allowed', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', REDIS_URL: 'not a url', PORT: '70000', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://x")',
      'REDIS_URL is not a valid URL (got "not a url")',
      'PORT must be a whole number from 0 to 65535 (got "70000")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ]);
  });

  it('never repeats a password in a message', () => {
    expect(redact('postgres://owner:s3cret@db:5432/x')).toBe('postgres://owner:***@db:5432/x');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://owner:s3cret@db/x' })).toThrow(/owner:\*\*\*@db/);
  });

  it('requires https for webhooks in production and reads the address allowlist', () => {
    expect(loadConfig({}).webhooks).toMatchObject({ requireHttps: false, allowedHosts: [], maxAttempts: 10 });
    expect(loadConfig({ NODE_ENV: 'production' }).webhooks.requireHttps).toBe(true);
    expect(loadConfig({ WEBHOOK_ALLOWED_HOSTS: ' 127.0.0.1, Hooks.Internal ,10.0.0.0/8,fd00::/8' }).webhooks.allowedHosts).toEqual(['127.0.0.1', 'hooks.internal', '10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: '10.0.0.0/33,http://x' })).toThrow(/WEBHOOK_ALLOWED_HOSTS must be a comma-separated list of host names, IP addresses or CIDR blocks \(not "10.0.0.0\/33", "http:\/\/x"\)/);
  });
});
