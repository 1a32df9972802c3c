import { createConnection, createServer, Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL or Redis whose connections can be frozen: bytes stop flowing
 * both ways (they are held, not dropped) while the connections stay open, as when a process stops
 * reading its subscription. Which connections freeze is decided from the first bytes each client
 * sent (PostgreSQL's startup message names the application).
 */
export interface FreezableProxy {
  /** `url` with its host and port replaced by the proxy's. */
  through(url: string): string;
  freeze(picks: (firstBytes: Buffer) => boolean): void;
  thaw(): void;
  close(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream: Socket;
  firstBytes: Buffer | null;
  held: { to: Socket; data: Buffer }[] | null;
}

export async function startFreezableProxy(targetUrl: string): Promise<FreezableProxy> {
  const target = new URL(targetUrl);
  const links = new Set<Link>();
  let picks: ((firstBytes: Buffer) => boolean) | null = null;
  const forward = (link: Link, to: Socket, data: Buffer) => {
    if (link.held) link.held.push({ to, data });
    else to.write(data);
  };
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    const link: Link = { client, upstream, firstBytes: null, held: null };
    links.add(link);
    client.on('data', (data) => {
      if (!link.firstBytes) {
        link.firstBytes = data;
        if (picks?.(data)) link.held = [];
      }
      forward(link, upstream, data);
    });
    upstream.on('data', (data) => forward(link, client, data));
    const end = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    through(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    freeze(chosen) {
      picks = chosen;
      for (const link of links) if (link.firstBytes && chosen(link.firstBytes)) link.held ??= [];
    },
    thaw() {
      picks = null;
      for (const link of links) {
        const held = link.held ?? [];
        link.held = null;
        for (const { to, data } of held) to.write(data);
      }
    },
    async close() {
      for (const link of links) {
        link.client.destroy();
        link.upstream.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
