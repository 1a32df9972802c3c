import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { consoleFolder, mountConsole } from '../../src/console/console.routes';

describe('the /console routes', () => {
  it('find dist/console from the compiled file and from the source file alike', () => {
    expect(consoleFolder('/srv/im/dist/src/console')).toBe('/srv/im/dist/console');
    expect(consoleFolder('/srv/im/src/console')).toBe('/srv/im/dist/console');
  });

  it('answer 503 with how to build when the console is not built', async () => {
    const fastify = Fastify();
    await mountConsole(fastify, join(tmpdir(), 'no-console-here'));
    for (const url of ['/console', '/console/', '/console/assets/index.js']) {
      const answer = await fastify.inject({ url });
      expect(answer.statusCode).toBe(503);
      expect(answer.body).toContain('npm run build');
    }
    await fastify.close();
  });

  it('serve the built files without app_id or token', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'console-'));
    writeFileSync(join(folder, 'index.html'), '<div id="root"></div>');
    const fastify = Fastify();
    await mountConsole(fastify, folder);
    expect((await fastify.inject({ url: '/console' })).headers.location).toBe('/console/');
    const index = await fastify.inject({ url: '/console/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('root');
    await fastify.close();
  });
});
