import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './common/config/config';
import { mountConsole } from './console/console.routes';
import { refuseTextBodies } from './common/content-type';
import { failure } from './common/envelope/envelope';
import { EnvelopeFastifyAdapter } from './common/envelope/envelope.adapter';
import { ErrorCode } from './common/errors/error-codes';
import { JsonLogger, requestLogger } from './common/logging/logger';
import { isDraining, markDraining } from './common/observability/draining';
import { Metrics } from './common/observability/metrics.service';
import { mountOperationsRoutes, OPERATIONS_PATHS } from './common/observability/operations.routes';
import { ReadinessService } from './common/observability/readiness.service';
import { createApiDocument } from './common/openapi/document';
import { chooseFanOut, XsyncIoAdapter } from './realtime/xsync-io.adapter';

/**
 * The first step of a graceful shutdown, before app.close(). Nest closes the HTTP server last,
 * after every module's destroy hook, and keep-alive clients would go on sending requests into
 * modules being torn down (a busy connection never becomes idle, so the process could not exit).
 * From here on a request is answered 503 in the envelope, and every answer, including those of
 * requests already running, carries `Connection: close`.
 */
export function startDraining(app: NestFastifyApplication): void {
  markDraining(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  app.getHttpServer().closeIdleConnections();
}

/** Request headers of MaxIM's SDKs and of integrators (README "Browsers and CORS"). */
const CORS_REQUEST_HEADERS = ['app_id', 'access-token', 'user_id', 'group_id', 'x-request-id', 'content-type'];

/**
 * Builds the HTTP application (not yet listening): Fastify with request ids, the body limit and
 * CORS for pages on other origins, the envelope around every handler result (EnvelopeFastifyAdapter),
 * and the OpenAPI document at /docs. Fastify's own errors (unreadable bodies) reach the global filter through Nest.
 */
export async function createHttpApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new EnvelopeFastifyAdapter({
    loggerInstance: logger,
    childLoggerFactory: requestLogger,
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // No Nest middleware is used: without middie, no request runs through its empty chain.
    skipMiddie: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    logger: new JsonLogger(logger),
    // Bodies are JSON (Fastify's own parser) or, on @TextBody() routes, text/plain; Nest's
    // urlencoded parser would let form posts through as if they were JSON.
    bodyParser: false,
  });
  // The xsync gateway (src/realtime) shares this HTTP server; the adapter reads our settings.
  app.useWebSocketAdapter(new XsyncIoAdapter(app, config.realtime, chooseFanOut(config.redisUrl, config.databaseUrl), logger));
  // Tokens travel in headers, never in cookies, so any origin may be let in without credentials.
  await app.register(fastifyCors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    // As text: @fastify/cors joins a list again on every request.
    exposedHeaders: 'x-request-id, Retry-After',
    credentials: false,
    maxAge: 3600,
    // A bare OPTIONS (no Origin) gets the same empty 204, not a plain-text 400 outside the envelope.
    strictPreflight: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // MaxIM's web SDK picks the fastest server by timing a bare `GET /` (no app_id, no token) of each:
  // a tiny answer outside the guards, which caches may keep for a minute.
  fastify.get('/', async (_request, reply) => reply.header('cache-control', 'public, max-age=60').send({ code: 200, message: null, data: null }));
  refuseTextBodies(fastify);
  await mountConsole(fastify);
  mountOperationsRoutes(fastify, config, app.get(Metrics), app.get(ReadinessService));
  // Hooks that every request passes are callback-style: an async hook costs promises per request.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (isDraining(fastify) && !OPERATIONS_PATHS.has(request.url.split('?')[0])) {
      reply.code(503).send(failure(ErrorCode.ServiceUnavailable, 'the server is shutting down; send the request again (to another instance)'));
      return;
    }
    done();
  });
  fastify.addHook('onSend', (request, reply, _payload, done) => {
    // MaxIM answers every successful call with 200, POST included.
    if (reply.statusCode === 201) reply.code(200);
    reply.header('x-request-id', request.id);
    if (isDraining(fastify)) reply.header('connection', 'close');
    done();
  });

  const document = createApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
