import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import { Envelope, EnvelopeRouteConfig, envelopeOf } from './envelope';

type Response = FastifyReply | ServerResponse;

/** Whether the route answering is an @OmitNullFields() one; a raw response (no route) is not. */
function omitsNullFields(response: Response): boolean {
  const config = (response as Partial<FastifyReply>).request?.routeOptions.config as EnvelopeRouteConfig | undefined;
  return config?.omitNullFields === true;
}

/**
 * Nest's Fastify adapter, wrapping every handler result in the MaxIM envelope (envelopeOf) where
 * Nest hands it to Fastify. A global interceptor did this before: Nest runs a route with
 * interceptors through an rxjs chain (Observables, a ReplaySubject, async scopes) on every
 * request, and skips all of it for a route with none. The route's @OmitNullFields() is read from
 * its Fastify route config, fixed when the route is registered.
 */
export class EnvelopeFastifyAdapter extends FastifyAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): FastifyReply {
    return super.reply(response, envelopeOf(body, omitsNullFields(response)), statusCode);
  }

  /** Sends an answer that already is an envelope (the exception filter's) as it is. */
  replyEnvelope(response: Response, envelope: Envelope, statusCode: number): FastifyReply {
    return super.reply(response, envelope, statusCode);
  }
}
