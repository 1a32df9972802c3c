import { timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { AppConfig, APP_CONFIG } from '../config/config';
import { Envelope, failure } from '../envelope/envelope';
import { ErrorCode } from '../errors/error-codes';
import { isDraining } from './draining';
import { Metrics } from './metrics.service';
import { ReadinessService } from './readiness.service';

/** The probe and metrics paths; they need no app_id and answer even while the server drains. */
export const OPERATIONS_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/** Whether a scrape carries `Authorization: Bearer <METRICS_TOKEN>` (always, when no token is configured). */
function scrapeAllowed(authorization: string | undefined, token: string | null): boolean {
  if (token === null) return true;
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function success<T>(data: T): Envelope<T> {
  return { code: 200, message: null, data };
}

const SCRAPE_REFUSED = failure(ErrorCode.TokenInvalid, 'metrics: send Authorization: Bearer <METRICS_TOKEN>');

/**
 * Mounts GET /healthz (liveness: the process answers; no database, no app), GET /readyz (see
 * ReadinessService; 503 naming each failing part) and, unless METRICS_PORT moves it, GET /metrics
 * on the API's Fastify instance, outside Nest's guard: probes carry no app_id or token.
 */
export function mountOperationsRoutes(fastify: FastifyInstance, config: AppConfig, metrics: Metrics, readiness: ReadinessService): void {
  // Callback-style, as every request passes it: an async hook costs promises per request.
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
  fastify.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send(success({ status: 'ok' })));
  fastify.get('/readyz', async (_request, reply) => {
    const { ready, checks } = await readiness.check(isDraining(fastify));
    reply.header('cache-control', 'no-store');
    if (ready) return reply.send(success(checks));
    const failing = Object.entries(checks).filter(([, result]) => result !== 'ok' && result !== 'not configured');
    const message = `not ready: ${failing.map(([part, result]) => `${part}: ${result}`).join('; ')}`;
    return reply.code(503).send({ ...failure(ErrorCode.ServiceUnavailable, message), data: checks });
  });
  if (config.metricsPort !== null) return;
  fastify.get('/metrics', async (request, reply) => {
    if (!scrapeAllowed(request.headers.authorization, config.metricsToken)) return reply.code(401).send(SCRAPE_REFUSED);
    const { contentType, body } = await metrics.scrape();
    return reply.header('content-type', contentType).send(body);
  });
}

/**
 * With METRICS_PORT, /metrics is served on a port of its own (also by the worker process, which has
 * no HTTP server otherwise), so it can stay off the public listener.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.metricsPort;
    if (port === null) return;
    const server = createServer((request: IncomingMessage, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(failure(ErrorCode.NotFound, 'only GET /metrics is served on this port')));
        return;
      }
      if (!scrapeAllowed(request.headers.authorization, this.config.metricsToken)) {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify(SCRAPE_REFUSED));
        return;
      }
      this.metrics.scrape().then(
        ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
        (error) => response.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, this.config.host, () => resolve()));
    this.server = server;
    const address = server.address();
    this.logger.log({ msg: 'metrics listening', port: typeof address === 'object' && address ? address.port : port });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
