import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { ServerResponse } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance, FastifyReply, RawServerDefault } from 'fastify';
import { Envelope, EnvelopeRouteConfig, envelopeOf } from './envelope';

type Response = FastifyReply | ServerResponse;

/** Whether the route answering is an @OmitNullFields() one; a raw response (no route) is not. */
function omitsNullFields(response: Response): boolean {
  const config = (response as Partial<FastifyReply>).request?.routeOptions.config as EnvelopeRouteConfig | undefined;
  return config?.omitNullFields === true;
}

/**
 * What the bodies of Nest's own per-request hooks name when all they do is run a feature this app
 * never turns on: a hook set with setOnRequestHook/setOnResponseHook, the 503 of
 * `return503OnClosing`, `app.enableCors()`, the security headers/CSRF hook, errors of custom
 * versioning. Each would otherwise be one more step of Fastify's hook chain on every request.
 */
const UNUSED_FEATURE_HOOK_MARKERS = ['onRequestHook', 'onResponseHook', 'return503OnClosing', 'corsHook', 'securityHook', 'versionExtractorErrors'];

function isUnusedFeatureHook(name: string, hook: unknown): boolean {
  if ((name !== 'onRequest' && name !== 'onResponse') || typeof hook !== 'function') return false;
  const source = hook.toString();
  return UNUSED_FEATURE_HOOK_MARKERS.some((marker) => source.includes(marker));
}

type AddHook = FastifyInstance['addHook'];
/** Fastify's addHook of each instance while Nest's adapter constructor adds its hooks to it. */
const addHookDuringConstruction = new WeakMap<FastifyInstance, AddHook>();

function refuse(feature: string): never {
  throw new Error(`${feature} is not available: EnvelopeFastifyAdapter leaves out the per-request hook of Nest's adapter that runs it (src/common/README.md "Request pipeline")`);
}

/**
 * Nest's Fastify adapter, wrapping every handler result in the MaxIM envelope (envelopeOf) where
 * Nest hands it to Fastify. A global interceptor did this before: Nest runs a route with
 * interceptors through an rxjs chain (Observables, a ReplaySubject, async scopes) on every
 * request, and skips all of it for a route with none. The route's @OmitNullFields() is read from
 * its Fastify route config, fixed when the route is registered.
 */
export class EnvelopeFastifyAdapter extends FastifyAdapter {
  constructor(options: FastifyHttpOptions<RawServerDefault> & { skipMiddie?: boolean }) {
    super(options);
    const instance = this.getInstance() as FastifyInstance;
    instance.addHook = addHookDuringConstruction.get(instance)!;
    addHookDuringConstruction.delete(instance);
  }

  /**
   * Called by Nest's constructor before it adds its hooks: the hooks of features this app does not
   * use are not added (the methods that would turn those features on refuse, below); the rest, such
   * as the not-found answer for request targets that are no path, are added as they are.
   */
  override setInstance<T = unknown>(instance: T): void {
    super.setInstance(instance);
    const fastify = instance as FastifyInstance;
    const addHook = fastify.addHook;
    addHookDuringConstruction.set(fastify, addHook);
    fastify.addHook = function (this: FastifyInstance, name: string, hook: unknown) {
      if (isUnusedFeatureHook(name, hook)) return this;
      return (addHook as (name: string, hook: unknown) => FastifyInstance).call(this, name, hook);
    } as AddHook;
  }

  override setOnRequestHook(): void {
    refuse('A Nest onRequest hook');
  }

  override setOnResponseHook(): void {
    refuse('A Nest onResponse hook');
  }

  override enableCors(): void {
    refuse('app.enableCors() (src/http.ts registers @fastify/cors itself)');
  }

  override registerSecurityHook(): void {
    refuse("Nest's security headers and CSRF protection");
  }

  override initHttpServer(options: Parameters<FastifyAdapter['initHttpServer']>[0]): void {
    if ((options as { return503OnClosing?: boolean } | undefined)?.return503OnClosing) refuse('return503OnClosing (src/http.ts drains itself)');
    super.initHttpServer(options);
  }

  override applyVersionFilter(...args: Parameters<FastifyAdapter['applyVersionFilter']>): ReturnType<FastifyAdapter['applyVersionFilter']> {
    refuse('Route versioning');
  }

  override reply(response: Response, body: unknown, statusCode?: number): FastifyReply {
    return super.reply(response, envelopeOf(body, omitsNullFields(response)), statusCode);
  }

  /** Sends an answer that already is an envelope (the exception filter's) as it is. */
  replyEnvelope(response: Response, envelope: Envelope, statusCode: number): FastifyReply {
    return super.reply(response, envelope, statusCode);
  }
}
