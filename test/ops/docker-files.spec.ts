import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/common/config/config';

/** Every environment variable loadConfig reads, found by handing it an environment that records each read. */
function variablesTheConfigReads(): Set<string> {
  const read = new Set<string>();
  loadConfig(new Proxy({} as Record<string, string | undefined>, { get: (_target, name) => (read.add(String(name)), undefined) }));
  return read;
}

const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker', 'compose.yaml'), 'utf8')) as {
  services: Record<string, { build?: unknown; environment?: Record<string, string>; healthcheck?: { test?: unknown }; restart?: string }>;
};
const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');

/**
 * No Docker engine runs here, so these checks keep docker/ honest: a variable the server does not
 * read would be silently ignored in production, and a service without a healthcheck is restarted
 * by nobody.
 */
describe('docker/compose.yaml and docker/Dockerfile', () => {
  const known = variablesTheConfigReads();

  it('sets only variables the configuration reads on the services built from this repository', () => {
    const ours = Object.entries(compose.services).filter(([, service]) => service.build);
    expect(ours.map(([name]) => name).sort()).toEqual(['server', 'worker']);
    const unknown = ours.flatMap(([name, service]) => Object.keys(service.environment ?? {}).filter((variable) => !known.has(variable)).map((variable) => `${name}: ${variable}`));
    expect(unknown).toEqual([]);
    const dockerfileEnv = [...dockerfile.matchAll(/^ENV (.+)$/gm)].flatMap((line) => line[1].split(/\s+/).map((pair) => pair.split('=')[0]));
    expect(dockerfileEnv.filter((variable) => variable !== 'NODE_ENV' && !known.has(variable))).toEqual([]);
  });

  it('gives every service a healthcheck and restarts it unless stopped', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, test: Array.isArray(service.healthcheck?.test) }).toEqual({ name, test: true });
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    }
    expect(JSON.stringify(compose.services.server.healthcheck)).toContain('/readyz');
  });

  it('runs two API replicas sharing /data with the worker', () => {
    const services = compose.services as Record<string, { deploy?: { replicas?: number }; volumes?: string[] }>;
    expect(services.server.deploy?.replicas).toBe(2);
    const dataVolume = (name: string) => services[name].volumes?.find((volume) => volume.endsWith(':/data'));
    expect(dataVolume('server')).toBeDefined();
    expect(dataVolume('worker')).toBe(dataVolume('server'));
  });

  it('builds on Node 22 and probes /readyz from the image', () => {
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((line) => line[1])).toEqual(['node:22-bookworm-slim', 'node:22-bookworm-slim']);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/readyz/m);
  });
});
