import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where `npm run build` writes the console (console/vite.config.ts): dist/console. This file runs
 * compiled as dist/src/console/console.routes.js and, under jest, as src/console/console.routes.ts;
 * both find the same folder.
 */
export function consoleFolder(moduleFolder = __dirname): string {
  const sourceRoot = dirname(moduleFolder);
  const projectOrDist = dirname(sourceRoot);
  return basename(projectOrDist) === 'dist' ? join(projectOrDist, 'console') : join(projectOrDist, 'dist', 'console');
}

/**
 * Serves the built admin console at /console (README "Console"). It is a static page outside the
 * API's guards: it needs no app_id or token; the calls it makes carry them. The page routes with
 * the URL's hash, so only its files are served here. Without a build, /console says how to make one.
 */
export async function mountConsole(fastify: FastifyInstance, folder = consoleFolder()): Promise<void> {
  const built = existsSync(join(folder, 'index.html'));
  fastify.get('/console', async (_request, reply) => {
    if (!built) return reply.code(503).type('text/plain; charset=utf-8').send(`the admin console is not built: run \`npm run build\` (it writes ${folder})`);
    return reply.redirect('/console/', 302);
  });
  if (!built) {
    fastify.get('/console/*', async (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send('the admin console is not built: run `npm run build`'));
    return;
  }
  await fastify.register(fastifyStatic, { root: folder, prefix: '/console/', decorateReply: false, index: ['index.html'] });
}
