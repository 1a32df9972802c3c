import { ExecutionContext, Type } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';

/**
 * A value computed once per route (controller class and handler) from its decorator metadata.
 * Metadata is fixed once the app has started, and reading it through the Reflector costs a few
 * reflection lookups on every request: the global guard and interceptor read theirs from here.
 */
export class PerRoute<T> {
  private readonly byController = new WeakMap<Type, WeakMap<Function, T>>();

  constructor(private readonly compute: (targets: [handler: Function, controller: Type]) => T) {}

  of(context: ExecutionContext): T {
    const controller = context.getClass();
    const handler = context.getHandler();
    let handlers = this.byController.get(controller);
    if (!handlers) this.byController.set(controller, (handlers = new WeakMap()));
    let value = handlers.get(handler);
    if (value === undefined) {
      value = this.compute([handler, controller]);
      handlers.set(handler, value);
    }
    return value;
  }
}

/**
 * Adds fields to the route's Fastify config, which Fastify hands to hooks and to the reply as
 * `request.routeOptions.config`: per-route settings read there cost no reflection per request.
 * Unlike Nest's RouteConfig(), which replaces the whole config, the fields other decorators set
 * on the same handler are kept.
 */
export function AddRouteConfig(fields: Record<string, unknown>): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler), ...fields }, handler);
  };
}
