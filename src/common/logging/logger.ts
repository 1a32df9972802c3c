import { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';
import pino, { Logger } from 'pino';

/**
 * Query parameters whose values are credentials: `file_sign`, `store_token`, the upload `ticket`,
 * one-time verification codes and captcha answers (`/user/mobile` takes its code in the query),
 * and anything else named like a token, signature, password or secret. Their values never reach a log.
 */
const SECRET_PARAMETER = /token|sign|ticket|password|secret|key|verification_code|captcha/i;

/** The request URL as logged: every credential in its query string replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const redacted = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // an undecodable name is judged as written
      }
      return equals >= 0 && SECRET_PARAMETER.test(decoded) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, query)}?${redacted}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  hostname?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * The JSON logger of a process. Request lines carry the method, the URL with its credentials
 * redacted (redactUrl), the host and the client address: never headers (`access-token`) or bodies
 * (passwords and tokens of the /token routes). `redact` is the second fence for objects a module
 * logs whole. README.md "Operations" states the policy; test/ops/log-secrets.e2e.spec.ts holds it.
 */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'im-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: request.url === undefined ? undefined : redactUrl(request.url),
        host: request.host ?? request.hostname,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
    redact: {
      paths: ['headers["access-token"]', 'headers.authorization', '*.headers["access-token"]', '*.headers.authorization', 'password', '*.password', 'token', '*.token', 'admin_token', '*.admin_token'],
      censor: '[redacted]',
    },
  }, destination);
}
/** Routes Nest's own log calls into the same JSON stream that Fastify writes request logs to. */
export class JsonLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }

  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }

  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }

  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string, trace?: string): void {
    if (message !== null && typeof message === 'object') {
      this.root[level]({ context, trace, ...(message as object) });
    } else {
      this.root[level]({ context, trace }, String(message));
    }
  }
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * Fastify's logger of one request (`request.log`), bound to its request id, made when it first
 * writes a line. Fastify makes one per request, and a pino child costs its bindings serialised
 * and its level methods set up, on every request, though at LOG_LEVEL=warn nearly none ever
 * writes. A line at a disabled level makes nothing; every line written carries the request id.
 */
class RequestLogger {
  private made: Logger | null = null;

  constructor(
    private readonly parent: Logger,
    private readonly requestBindings: pino.Bindings,
  ) {}

  private logger(): Logger {
    return (this.made ??= this.parent.child(this.requestBindings));
  }

  get level(): string {
    return (this.made ?? this.parent).level;
  }

  set level(level: string) {
    this.logger().level = level;
  }

  isLevelEnabled(level: string): boolean {
    return (this.made ?? this.parent).isLevelEnabled(level);
  }

  bindings(): pino.Bindings {
    return this.logger().bindings();
  }

  child(bindings: pino.Bindings, options?: pino.ChildLoggerOptions): Logger {
    return this.logger().child(bindings, options);
  }

  silent(): void {}
}
for (const level of LEVELS) {
  Object.defineProperty(RequestLogger.prototype, level, {
    value: function (this: RequestLogger, ...args: unknown[]): void {
      if (this.isLevelEnabled(level)) (this as unknown as { logger(): Logger }).logger()[level](...(args as [string]));
    },
  });
}

/**
 * Fastify's childLoggerFactory: a RequestLogger, unless the route asks for its own level or
 * serializers (none does), which only a real child can apply.
 */
export function requestLogger(parent: FastifyBaseLogger, bindings: pino.Bindings, options: pino.ChildLoggerOptions): FastifyBaseLogger {
  if (options.level !== undefined || options.serializers !== undefined) return parent.child(bindings, options);
  return new RequestLogger(parent as Logger, bindings) as unknown as FastifyBaseLogger;
}
