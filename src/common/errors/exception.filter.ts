import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { Envelope, failure } from '../envelope/envelope';
import type { EnvelopeFastifyAdapter } from '../envelope/envelope.adapter';
import { ApiError, ErrorCode, RateLimitedError } from './error-codes';

interface FastifyError extends Error {
  code?: string;
  statusCode?: number;
}

export interface ErrorAnswer {
  status: number;
  body: Envelope<null>;
  headers?: Record<string, string>;
}

/**
 * Turns any thrown value into the status and envelope the client gets. Business errors keep
 * HTTP 200; requests that cannot be read get 400/413/415; anything unexpected is a 5xx whose
 * message names only the request id, so no internals leak.
 */
export function answerFor(error: unknown, requestId: string, bodyLimitBytes: number): ErrorAnswer {
  if (error instanceof RateLimitedError) {
    return { status: error.httpStatus, body: failure(error.code, error.message), headers: { 'retry-after': String(error.retryAfterSeconds) } };
  }
  if (error instanceof ApiError) {
    return { status: error.httpStatus, body: failure(error.code, error.message) };
  }
  if (error instanceof ThrottlerException) {
    return {
      status: HttpStatus.TOO_MANY_REQUESTS,
      body: failure(ErrorCode.RateLimited, 'too many requests from this address; wait a minute and try again'),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const fastifyError = error.cause as FastifyError | undefined;
    if (fastifyError?.code?.startsWith('FST_') && status < 500) {
      return { status, body: failure(ErrorCode.BadParameter, unreadableRequestMessage(fastifyError, bodyLimitBytes)) };
    }
    if (status === HttpStatus.NOT_FOUND) {
      return { status, body: failure(ErrorCode.NotFound, error.message) };
    }
    if (status < 500) return { status, body: failure(ErrorCode.BadParameter, error.message) };
  }
  if (isRedisUnavailable(error)) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: failure(ErrorCode.ServiceUnavailable, `Redis cannot be reached; try again shortly (request id ${requestId})`),
    };
  }
  if (error instanceof QueryFailedError) {
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: failure(ErrorCode.DatabaseError, `database error; quote request id ${requestId} when reporting it`),
    };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: failure(ErrorCode.ServerFault, `internal server error; quote request id ${requestId} when reporting it`),
  };
}

/** ioredis' answer for a command it could not run because the connection is down (it reconnects by itself). */
function isRedisUnavailable(error: unknown): boolean {
  return error instanceof Error && (error.name === 'MaxRetriesPerRequestError' || /^(Connection is closed|Stream isn't writeable)/.test(error.message));
}

function unreadableRequestMessage(error: FastifyError, bodyLimitBytes: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `request body is larger than the ${bodyLimitBytes} bytes this server accepts`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'request body must be sent as application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'request body is empty but Content-Type is application/json; send a JSON object or no Content-Type';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return `request body is not valid JSON: ${error.message}`;
    default:
      return `request cannot be read: ${error.message}`;
  }
}

/** The single global filter: every error leaves the server through answerFor(). */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly bodyLimitBytes: number,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const answer = answerFor(error, String(request.id), this.bodyLimitBytes);
    if (answer.status >= 500) {
      this.logger.error({ reqId: request.id, err: error, msg: 'request failed' });
    }
    for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
    (this.adapterHost.httpAdapter as unknown as EnvelopeFastifyAdapter).replyEnvelope(reply, answer.body, answer.status);
  }
}
