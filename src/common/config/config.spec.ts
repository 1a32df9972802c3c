import { ConfigError, loadConfig } from './config';

describe(loadConfig.name, () => {
  it('runs on documented defaults with no environment at all', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, redisUrl: null, port: 3000, host: '0.0.0.0', logLevel: 'info', userTokenTtlSeconds: 604800, bodyLimitBytes: 1048576 });
    expect(loadConfig({}).dataDir).toMatch(/\/data$/);
  });

  it('reads every setting it documents', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', REDIS_URL: 'redis://127.0.0.1:6379', PORT: '8080', DATA_DIR: '/srv/im', LOG_LEVEL: 'warn', USER_TOKEN_TTL_SECONDS: '3600', BOOTSTRAP_DEFAULT_APP: 'false' }),
    ).toMatchObject({ databaseUrl: 'postgres://u@h:5432/db', redisUrl: 'redis://127.0.0.1:6379', port: 8080, dataDir: '/srv/im', logLevel: 'warn', userTokenTtlSeconds: 3600, bootstrapDefaultApp: false });
  });

  it('prepares statements on a PostgreSQL server, not on the embedded engine, unless told otherwise', () => {
    expect(loadConfig({}).databasePreparedStatements).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
  });

  it.each([
    [{ PORT: '80a' }, 'configuration error: PORT="80a" is invalid: expected a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'configuration error: PORT="70000" is invalid: expected a whole number from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'configuration error: DATABASE_URL="mysql://x" is invalid: expected a URL starting with postgres: or postgresql://'],
    [{ DATABASE_URL: 'not a url' }, 'configuration error: DATABASE_URL="not a url" is invalid: expected a URL such as postgres://host:port/...'],
    [{ LOG_LEVEL: 'loud' }, 'configuration error: LOG_LEVEL="loud" is invalid: expected one of fatal, error, warn, info, debug, trace, silent'],
    [{ BOOTSTRAP_DEFAULT_APP: 'maybe' }, 'configuration error: BOOTSTRAP_DEFAULT_APP="maybe" is invalid: expected true or false'],
  ])('refuses %j with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lets every origin in by default and reads CORS_ORIGINS as a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'https://chat.example.com, http://localhost:5173' }).corsOrigins).toEqual(['https://chat.example.com', 'http://localhost:5173']);
  });

  it.each(['https://chat.example.com/', 'chat.example.com', 'https://chat.example.com/app', 'ftp://x.example', 'https://a.example,'])('refuses CORS_ORIGINS=%j naming the bad origin', (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/^configuration error: CORS_ORIGINS=.* is invalid: expected \* or origins separated by commas, each scheme:\/\/host\[:port\] without a path or a trailing slash; ".*" is not one$/);
  });

  it('reads the webhook settings, with the allow-list as lower-case hosts', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowHosts: [], backoffBaseMs: 1000, attempts: 18, timeoutMs: 10_000, concurrency: 16, retentionDays: 7 });
    expect(loadConfig({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1, Hooks.Internal ,[::1]', WEBHOOK_ATTEMPTS: '5' }).webhooks).toMatchObject({ allowHosts: ['127.0.0.1', 'hooks.internal', '::1'], attempts: 5 });
  });

  it.each([
    [{ WEBHOOK_ALLOW_HOSTS: 'http://x.example' }, 'configuration error: WEBHOOK_ALLOW_HOSTS="http://x.example" is invalid: expected host names or IP addresses separated by commas; "http://x.example" is not one'],
    [{ WEBHOOK_RETENTION_DAYS: '1' }, 'configuration error: WEBHOOK_RETENTION_DAYS="1" is invalid: expected a whole number from 2 to 3650'],
  ])('refuses %j naming the webhook setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
