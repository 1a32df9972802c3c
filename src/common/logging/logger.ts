import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** Query parameters that carry one-time secrets (verification codes on /user/mobile): logged as "***". */
const SECRET_QUERY_PARAMETERS = /([?&](?:verification_code|verification_token|captcha)=)[^&#]*/g;

/** A request as Fastify's own serializer writes it, with one-time secrets in the query masked. */
function serializeRequest(request: { method?: string; url?: string; host?: string; ip?: string; socket?: { remotePort?: number } }): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url?.replace(SECRET_QUERY_PARAMETERS, '$1***'),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** `destination`: where the JSON lines go (stdout by default; tests pass a stream to read them). */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  // Fastify keeps the serializers of the logger it is given over its own, so this one serializes its request logs.
  return pino({ level, base: { service: 'im-server' }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { req: serializeRequest } }, destination);
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
