import { ExecutionContext, Type } from '@nestjs/common';

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
