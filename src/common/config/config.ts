import { resolve } from 'node:path';

/**
 * Typed runtime configuration, read once from the environment at start.
 * Every setting has a documented default (README "Configuration"); a malformed value stops the
 * start with a one-line ConfigError that names the variable and what it expects.
 */
export interface AppConfig {
  /** PostgreSQL URL; null means "run the embedded PGlite engine under dataDir". */
  databaseUrl: string | null;
  /**
   * Named prepared statements (src/common/database/preparing-client.ts). Off by default for the
   * embedded engine, a single session every connection shares, where statement names would collide.
   */
  databasePreparedStatements: boolean;
  redisUrl: string | null;
  host: string;
  port: number;
  dataDir: string;
  logLevel: string;
  /** Lifetime of user tokens, in seconds. */
  userTokenTtlSeconds: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Web origins whose pages may call the API from a browser (CORS); '*' lets every origin in, since no cookies are used. */
  corsOrigins: '*' | string[];
  /** Login and registration attempts allowed per client address and app per minute. */
  authRateLimitPerMinute: number;
  /** Wrong passwords one account may take within `loginLockoutSeconds` before it is locked (src/user/login-lockout.service.ts). */
  loginMaxFailures: number;
  /** How long failures are counted, and how long a locked account refuses password checks, in seconds. */
  loginLockoutSeconds: number;
  /** Create the `default` app on first start against an empty database. */
  bootstrapDefaultApp: boolean;
  /** AES-256-GCM key sealing push certificate secrets at rest (PUSH_SECRET_KEY); null = the development key. */
  pushSecretKey: Buffer | null;
  /** Jobs each push worker runs at once (per queue). */
  pushWorkerConcurrency: number;
  /** Whether this API process also runs the push workers (default: yes with the embedded database). */
  pushWorkersInApi: boolean;
  /** A push delivery claimed this long ago by a worker that never settled it is sent again (src/push/README.md "Idempotency"). */
  pushClaimLeaseSeconds: number;
  /** push_deliveries rows of tasks older than this many days are deleted hourly; 0 keeps them (src/push/README.md "Retention"). */
  pushDeliveryRetentionDays: number;
  /** Where the push vendor adapters send (production hosts by default; tests point them at stub servers). */
  pushVendors: PushVendorEndpoints;
  /** File storage, signed URLs and limits (src/file/README.md). */
  files: FileSettings;
  /** Bearer token /metrics requires (METRICS_TOKEN); null: scrapes need none. */
  metricsToken: string | null;
  /** Serve /metrics on this port of its own, and not on the API's (METRICS_PORT); null: on the API's port. */
  metricsPort: number | null;
  /** The realtime gateway (src/realtime/README.md): socket path, limits, heartbeats, public address. */
  realtime: RealtimeSettings;
  /** Messaging rules and retention (src/message/README.md). */
  messages: MessageSettings;
  /** Verification codes, captchas and their senders (src/verification/README.md). */
  verification: VerificationSettings;
  /** Webhook delivery and the before-send hook (src/webhook/README.md). */
  webhooks: WebhookSettings;
}

/** Settings of the webhook module (src/webhook/README.md). */
export interface WebhookSettings {
  /** Host names and IP addresses a webhook may reach although they are not public (WEBHOOK_ALLOW_HOSTS, comma-separated). */
  allowHosts: string[];
  /** First retry delay of a failed delivery, in ms; each later one doubles (WEBHOOK_BACKOFF_BASE_MS). */
  backoffBaseMs: number;
  /** Attempts per delivery before it is given up (WEBHOOK_ATTEMPTS); the default spans 36 hours. */
  attempts: number;
  /** How long one delivery attempt may take before it counts as failed, in ms (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Deliveries each worker process runs at once (WEBHOOK_CONCURRENCY). */
  concurrency: number;
  /** Events and delivery attempts older than this many days are deleted hourly (WEBHOOK_RETENTION_DAYS); at least 2, beyond the retry span. */
  retentionDays: number;
}

/** Limits of verification codes and where the code senders send (src/verification/README.md). */
export interface VerificationSettings {
  /** How long a sent code may be checked, in seconds. */
  codeTtlSeconds: number;
  /** Checks one code takes before it is spent (the next check waits for a new code). */
  maxChecks: number;
  /** Least time between two sends to one destination, in seconds. */
  resendSeconds: number;
  /** Sends per client address and app per UTC day. */
  dailySendsPerAddress: number;
  /** Sends per app per UTC day. */
  dailySendsPerApp: number;
  /** How long a verification token from /user/verify_code stays usable, in seconds. */
  tokenTtlSeconds: number;
  /** How long an image captcha may be answered, in seconds. */
  captchaTtlSeconds: number;
  /** Whether the `log` sender, which writes codes to the server log, may be used (default: not with NODE_ENV=production). */
  logSenderAllowed: boolean;
  aliyunBaseUrl: string;
  tencentBaseUrl: string;
  yunpianBaseUrl: string;
  twilioBaseUrl: string;
}

/** Settings of the message module (src/message/README.md). */
export interface MessageSettings {
  /** How long after sending a sender may recall its message, in seconds (group admins have no limit). */
  recallWindowSeconds: number;
  /** Messages older than this many days are deleted by the hourly sweep (src/message/message-retention.service.ts); 0 keeps history forever. */
  retentionDays: number;
}

/** Settings of the xsync gateway; src/realtime/README.md explains each limit. */
export interface RealtimeSettings {
  /** Base URL clients reach this server at, for the discovery answer; null: derived from each request's Host / X-Forwarded-*. */
  publicUrl: string | null;
  /** The socket.io path (MaxIM's SDK uses the default, /socket.io). */
  socketPath: string;
  /** Largest frame accepted from a client, in bytes; larger ones get a status error. */
  maxFrameBytes: number;
  /** Output a socket may have waiting before it is closed as a slow consumer, in bytes. */
  sendBufferBytes: number;
  /** A socket that sends no frame for this long is closed (MaxIM's SDK beats every 50 s). */
  heartbeatTimeoutSeconds: number;
  /** A socket not logged in by PROVISION this long after connecting is closed. */
  provisionTimeoutSeconds: number;
  /** How often live sessions are refreshed in the presence table (and idle sockets swept). */
  presenceHeartbeatSeconds: number;
  /** Frames a socket may send per second, on average; bursts up to twice that; more are refused. */
  framesPerSecond: number;
  /** SYNC and UNREAD requests served at once per process; the rest wait, so sends and REST calls keep database connections. */
  syncConcurrency: number;
  /** A SYNC or UNREAD read that waited this long for a slot is refused (RATE_LIMIT_EXCEEDED, the SDK retries) instead of served late. */
  syncMaxWaitMs: number;
  /** Reads waiting at most, per process; beyond it they are refused at once. */
  syncQueueLimit: number;
  /** Confirmations answered from memory are stored this often, one statement for all devices (the crash bound on re-delivery). */
  positionFlushMs: number;
  /** How often the plain WebSocket endpoint pings each client; one that has not answered the previous ping is cut. */
  websocketPingSeconds: number;
}

/** Settings of the file module: which storage holds the bytes, how long signed URLs live, size limits, quota. */
export interface FileSettings {
  storage: 'local' | 's3';
  /** Absolute base URL clients reach this server at; download and local upload URLs start with it. */
  publicUrl: string;
  /** Lifetime of upload URLs and of presigned object-store download URLs, in seconds. */
  urlTtlSeconds: number;
  /** Largest chat or shared file (types 100, 101, 103, 104, 200, 201, 203), in bytes. */
  maxFileBytes: number;
  /** Largest image (avatars, types 102 and 202), in bytes. */
  maxImageBytes: number;
  /** Default storage quota of every app, in bytes; 0 means none. */
  appQuotaBytes: number;
  s3: {
    /** null: AWS's own endpoint for the region. */
    endpoint: string | null;
    bucket: string;
    region: string;
    /** '' for the AWS SDK's default credential provider chain (IAM roles and the like). */
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
  };
}

/** Base and auth URLs of the seven push vendors (see src/push/README.md "Vendors"). */
export interface PushVendorEndpoints {
  apnsBaseUrl: string;
  apnsSandboxBaseUrl: string;
  fcmBaseUrl: string;
  fcmTokenUrl: string;
  huaweiBaseUrl: string;
  huaweiAuthUrl: string;
  xiaomiBaseUrl: string;
  oppoBaseUrl: string;
  oppoAuthUrl: string;
  vivoBaseUrl: string;
  vivoAuthUrl: string;
  flymeBaseUrl: string;
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

/** An http(s) endpoint with a production default; http:// is accepted so tests can use loopback stubs. */
function endpoint(env: Env, name: string, fallback: string): string {
  return (url(env, name, ['https:', 'http:']) ?? fallback).replace(/\/+$/, '');
}

function pushVendorEndpoints(env: Env): PushVendorEndpoints {
  return {
    apnsBaseUrl: endpoint(env, 'PUSH_APNS_BASE_URL', 'https://api.push.apple.com'),
    apnsSandboxBaseUrl: endpoint(env, 'PUSH_APNS_SANDBOX_BASE_URL', 'https://api.sandbox.push.apple.com'),
    fcmBaseUrl: endpoint(env, 'PUSH_FCM_BASE_URL', 'https://fcm.googleapis.com'),
    fcmTokenUrl: endpoint(env, 'PUSH_FCM_TOKEN_URL', 'https://oauth2.googleapis.com/token'),
    huaweiBaseUrl: endpoint(env, 'PUSH_HUAWEI_BASE_URL', 'https://push-api.cloud.huawei.com'),
    huaweiAuthUrl: endpoint(env, 'PUSH_HUAWEI_AUTH_URL', 'https://oauth-login.cloud.huawei.com/oauth2/v3/token'),
    xiaomiBaseUrl: endpoint(env, 'PUSH_XIAOMI_BASE_URL', 'https://api.xmpush.xiaomi.com'),
    oppoBaseUrl: endpoint(env, 'PUSH_OPPO_BASE_URL', 'https://api.push.oppomobile.com'),
    oppoAuthUrl: endpoint(env, 'PUSH_OPPO_AUTH_URL', 'https://api.push.oppomobile.com/server/v1/auth'),
    vivoBaseUrl: endpoint(env, 'PUSH_VIVO_BASE_URL', 'https://api-push.vivo.com.cn'),
    vivoAuthUrl: endpoint(env, 'PUSH_VIVO_AUTH_URL', 'https://api-push.vivo.com.cn/message/auth'),
    flymeBaseUrl: endpoint(env, 'PUSH_FLYME_BASE_URL', 'https://server-api-push.meizu.com'),
  };
}

function verificationSettings(env: Env): VerificationSettings {
  return {
    codeTtlSeconds: integer(env, 'VERIFICATION_CODE_TTL_SECONDS', 300, 30, 24 * 3600),
    maxChecks: integer(env, 'VERIFICATION_MAX_CHECKS', 5, 1, 100),
    resendSeconds: integer(env, 'VERIFICATION_RESEND_SECONDS', 60, 1, 3600),
    dailySendsPerAddress: integer(env, 'VERIFICATION_DAILY_SENDS_PER_ADDRESS', 20, 1, 10_000_000),
    dailySendsPerApp: integer(env, 'VERIFICATION_DAILY_SENDS_PER_APP', 10_000, 1, 1_000_000_000),
    tokenTtlSeconds: integer(env, 'VERIFICATION_TOKEN_TTL_SECONDS', 900, 30, 24 * 3600),
    captchaTtlSeconds: integer(env, 'CAPTCHA_TTL_SECONDS', 300, 10, 3600),
    logSenderAllowed: boolean(env, 'VERIFICATION_LOG_SENDER_ALLOWED', env.NODE_ENV !== 'production'),
    aliyunBaseUrl: endpoint(env, 'SMS_ALIYUN_BASE_URL', 'https://dysmsapi.aliyuncs.com'),
    tencentBaseUrl: endpoint(env, 'SMS_TENCENT_BASE_URL', 'https://sms.tencentcloudapi.com'),
    yunpianBaseUrl: endpoint(env, 'SMS_YUNPIAN_BASE_URL', 'https://sms.yunpian.com'),
    twilioBaseUrl: endpoint(env, 'SMS_TWILIO_BASE_URL', 'https://api.twilio.com'),
  };
}

function fileSettings(env: Env, port: number): FileSettings {
  const storage = env.FILE_STORAGE || 'local';
  if (storage !== 'local' && storage !== 's3') throw new ConfigError('FILE_STORAGE', 'expected local or s3', storage);
  const s3Required = (name: string): string => {
    const value = env[name] ?? '';
    if (storage === 's3' && value.trim() === '') throw new ConfigError(name, 'required when FILE_STORAGE=s3', value);
    return value.trim();
  };
  return {
    storage,
    publicUrl: endpoint(env, 'FILE_PUBLIC_URL', `http://localhost:${port}`),
    urlTtlSeconds: integer(env, 'FILE_URL_TTL_SECONDS', 900, 10, 7 * 24 * 3600),
    maxFileBytes: integer(env, 'FILE_MAX_BYTES', 100 * 1024 * 1024, 1, 5 * 1024 ** 3),
    maxImageBytes: integer(env, 'FILE_MAX_IMAGE_BYTES', 20 * 1024 * 1024, 1, 1024 ** 3),
    appQuotaBytes: integer(env, 'FILE_APP_QUOTA_BYTES', 0, 0, Number.MAX_SAFE_INTEGER),
    s3: {
      endpoint: url(env, 'S3_ENDPOINT', ['https:', 'http:']),
      bucket: s3Required('S3_BUCKET'),
      region: env.S3_REGION || 'us-east-1',
      // Unset: the AWS SDK's default credential chain (environment, shared files, SSO, web
      // identity, ECS/EC2 roles); set: static keys, and then the secret is required too.
      accessKeyId: (env.S3_ACCESS_KEY_ID ?? '').trim(),
      secretAccessKey: (env.S3_ACCESS_KEY_ID ?? '').trim() === '' ? '' : s3Required('S3_SECRET_ACCESS_KEY'),
      forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', false),
    },
  };
}

function realtimeSettings(env: Env): RealtimeSettings {
  const socketPath = env.REALTIME_SOCKET_PATH || '/socket.io';
  if (!/^\/[A-Za-z0-9._~\/-]*$/.test(socketPath)) {
    throw new ConfigError('REALTIME_SOCKET_PATH', 'expected a URL path starting with /, such as /socket.io', socketPath);
  }
  if (socketPath.replace(/\/+$/, '') === '') {
    throw new ConfigError('REALTIME_SOCKET_PATH', 'expected a path other than / (the root path is the plain WebSocket endpoint), such as /socket.io', socketPath);
  }
  return {
    publicUrl: url(env, 'PUBLIC_URL', ['https:', 'http:'])?.replace(/\/+$/, '') ?? null,
    socketPath,
    maxFrameBytes: integer(env, 'REALTIME_MAX_FRAME_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    sendBufferBytes: integer(env, 'REALTIME_SEND_BUFFER_BYTES', 4 * 1024 * 1024, 16 * 1024, 1024 * 1024 * 1024),
    heartbeatTimeoutSeconds: integer(env, 'REALTIME_HEARTBEAT_TIMEOUT_SECONDS', 150, 10, 24 * 3600),
    provisionTimeoutSeconds: integer(env, 'REALTIME_PROVISION_TIMEOUT_SECONDS', 10, 1, 300),
    presenceHeartbeatSeconds: integer(env, 'REALTIME_PRESENCE_HEARTBEAT_SECONDS', 30, 1, 60),
    framesPerSecond: integer(env, 'REALTIME_FRAMES_PER_SECOND', 50, 1, 100_000),
    syncConcurrency: integer(env, 'REALTIME_SYNC_CONCURRENCY', 6, 1, 1000),
    syncMaxWaitMs: integer(env, 'REALTIME_SYNC_MAX_WAIT_MS', 5000, 10, 600_000),
    syncQueueLimit: integer(env, 'REALTIME_SYNC_QUEUE_LIMIT', 20_000, 1, 10_000_000),
    positionFlushMs: integer(env, 'REALTIME_POSITION_FLUSH_MS', 250, 10, 60_000),
    websocketPingSeconds: integer(env, 'REALTIME_WEBSOCKET_PING_SECONDS', 25, 1, 3600),
  };
}

/** 32 bytes as 64 hex digits or base64; absent = null (the caller falls back to a development key and warns). */
function secretKey(env: Env, name: string): Buffer | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(raw) && key.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, ''))) {
    throw new ConfigError(name, 'expected a 32-byte key as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)', '<hidden>');
  }
  return key;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'expected true or false', raw);
}

/** `*`, or a comma-separated list of origins (`https://chat.example.com`): scheme, host and port only. */
function origins(env: Env, name: string): '*' | string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return '*';
  return raw.split(',').map((item) => {
    const origin = item.trim();
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(name, `expected * or origins separated by commas, each scheme://host[:port] without a path or a trailing slash; "${origin}" is not one`, raw);
    }
    return origin;
  });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): AppConfig {
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`, logLevel);
  }
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePreparedStatements: boolean(env, 'DATABASE_PREPARED_STATEMENTS', Boolean(env.DATABASE_URL)),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    dataDir: resolve(env.DATA_DIR || './data'),
    logLevel,
    userTokenTtlSeconds: integer(env, 'USER_TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    authRateLimitPerMinute: integer(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 60, 1, 1_000_000),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 10, 1, 10_000),
    loginLockoutSeconds: integer(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 7 * 24 * 3600),
    bootstrapDefaultApp: boolean(env, 'BOOTSTRAP_DEFAULT_APP', true),
    pushSecretKey: secretKey(env, 'PUSH_SECRET_KEY'),
    pushWorkerConcurrency: integer(env, 'PUSH_WORKER_CONCURRENCY', 8, 1, 1000),
    pushWorkersInApi: boolean(env, 'PUSH_WORKERS_IN_API', !env.DATABASE_URL),
    pushClaimLeaseSeconds: integer(env, 'PUSH_CLAIM_LEASE_SECONDS', 60, 1, 3600),
    pushDeliveryRetentionDays: integer(env, 'PUSH_DELIVERY_RETENTION_DAYS', 7, 0, 3650),
    pushVendors: pushVendorEndpoints(env),
    files: fileSettings(env, integer(env, 'PORT', 3000, 0, 65535)),
    metricsToken: env.METRICS_TOKEN || null,
    metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 0, 65535) : null,
    realtime: realtimeSettings(env),
    messages: {
      recallWindowSeconds: integer(env, 'MESSAGE_RECALL_WINDOW_SECONDS', 120, 0, 365 * 24 * 3600),
      retentionDays: integer(env, 'MESSAGE_RETENTION_DAYS', 0, 0, 100 * 365),
    },
    verification: verificationSettings(env),
    webhooks: {
      allowHosts: hostList(env, 'WEBHOOK_ALLOW_HOSTS'),
      backoffBaseMs: integer(env, 'WEBHOOK_BACKOFF_BASE_MS', 1000, 10, 3_600_000),
      attempts: integer(env, 'WEBHOOK_ATTEMPTS', 18, 1, 100),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      concurrency: integer(env, 'WEBHOOK_CONCURRENCY', 16, 1, 1000),
      retentionDays: integer(env, 'WEBHOOK_RETENTION_DAYS', 7, 2, 3650),
    },
  };
}

/** Lower-case host names or IP literals separated by commas (brackets around IPv6 literals are dropped). */
function hostList(env: Env, name: string): string[] {
  const raw = env[name];
  if (!raw) return [];
  return raw.split(',').map((item) => {
    const host = item.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (!/^[a-z0-9.:_-]+$/.test(host)) throw new ConfigError(name, `expected host names or IP addresses separated by commas; ${JSON.stringify(item.trim())} is not one`, raw);
    return host;
  });
}
