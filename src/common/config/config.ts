import { resolve } from 'node:path';

/**
 * Typed runtime configuration, read once from the environment at start.
 * Every setting has a documented default (README "Configuration"); a malformed value stops the
 * start with a one-line ConfigError that names the variable and what it expects.
 */
export interface AppConfig {
  /** PostgreSQL URL; null means "run the embedded PGlite engine under dataDir". */
  databaseUrl: string | null;
  redisUrl: string | null;
  host: string;
  port: number;
  dataDir: string;
  logLevel: string;
  /** Lifetime of user tokens, in seconds. */
  userTokenTtlSeconds: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Login and registration attempts allowed per client address and app per minute. */
  authRateLimitPerMinute: number;
  /** Create the `default` app on first start against an empty database. */
  bootstrapDefaultApp: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(variable: string, expectation: string, value: string) {
    super(`configuration error: ${variable}=${JSON.stringify(value)} is invalid: ${expectation}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `expected a URL such as ${protocols[0]}//host:port/...`, raw);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a URL starting with ${protocols.join(' or ')}//`, raw);
  }
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'expected true or false', raw);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): AppConfig {
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`, logLevel);
  }
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    dataDir: resolve(env.DATA_DIR || './data'),
    logLevel,
    userTokenTtlSeconds: integer(env, 'USER_TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    authRateLimitPerMinute: integer(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 60, 1, 1_000_000),
    bootstrapDefaultApp: boolean(env, 'BOOTSTRAP_DEFAULT_APP', true),
  };
}
