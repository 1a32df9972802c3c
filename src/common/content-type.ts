import { applyDecorators } from '@nestjs/common';
import { ApiConsumes } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { failure } from './envelope/envelope';
import { ErrorCode } from './errors/error-codes';
import { AddRouteConfig } from './per-route';

/**
 * The route also takes its body as text/plain (MaxIM's public and private info). Every other route
 * takes JSON alone: Fastify answers other media types 415 (src/http.ts parses nothing else), and
 * refuseTextBodies answers text/plain 415 where this is absent.
 */
export const TextBody = () => applyDecorators(AddRouteConfig({ textBody: true }), ApiConsumes('application/json', 'text/plain'));

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Installs the check TextBody lifts: a text/plain body on a route that reads JSON gets HTTP 415 with 10002. */
export function refuseTextBodies(fastify: FastifyInstance): void {
  // Callback-style, as every request passes it: an async hook costs promises per request.
  fastify.addHook('preValidation', (request, reply, done) => {
    const refused = request.body !== undefined && mediaType(request.headers['content-type']) === 'text/plain' && !(request.routeOptions.config as { textBody?: boolean }).textBody;
    if (!refused) return done();
    reply.code(415).send(failure(ErrorCode.BadParameter, 'request body must be sent as application/json'));
  });
}
