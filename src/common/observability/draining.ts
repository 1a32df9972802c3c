import type { FastifyInstance } from 'fastify';

/** Applications shutting down (src/http.ts startDraining); /readyz reports them not ready. */
const draining = new WeakSet<FastifyInstance>();

export function markDraining(fastify: FastifyInstance): void {
  draining.add(fastify);
}

export function isDraining(fastify: FastifyInstance): boolean {
  return draining.has(fastify);
}
