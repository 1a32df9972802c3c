import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { Observable } from 'rxjs';
import { Logger } from 'pino';
import { Server } from 'socket.io';
import { RealtimeSettings } from '../common/config/config';

/** Where the process's rooms are shared with the other server processes. */
export type FanOut = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'local' };

/**
 * REDIS_URL wins; otherwise a DATABASE_URL server is shared through LISTEN/NOTIFY; the embedded
 * database belongs to one process by construction, so there is nobody to share rooms with.
 */
export function chooseFanOut(redisUrl: string | null, databaseUrl: string | null): FanOut {
  if (redisUrl) return { kind: 'redis', url: redisUrl };
  if (databaseUrl) return { kind: 'postgres', url: databaseUrl };
  return { kind: 'local' };
}

/** Where adapter errors are reported (pino's `warn(details, message)` shape). */
export interface FanOutLog {
  warn(details: object, message: string): void;
}

/** Frames larger than the limit still reach the gateway (which answers a status); engine.io cuts off beyond this. */
export function transportLimit(maxFrameBytes: number): number {
  return maxFrameBytes * 2 + 1024;
}

/**
 * socket.io on the Fastify HTTP server (Nest's IoAdapter attaches to `app.getHttpServer()`, which is
 * Fastify's node server), configured from our settings rather than decorator constants: websocket
 * transport only, Engine.IO 3 clients accepted (MaxIM's web SDK bundles socket.io-client 2), and the
 * cross-process adapter chosen by `chooseFanOut`.
 */
export class XsyncIoAdapter extends IoAdapter {
  private readonly closers: (() => Promise<unknown>)[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly settings: RealtimeSettings,
    private readonly fanOut: FanOut,
    private readonly log: Logger,
  ) {
    super(app);
  }

  /**
   * Builds the server with our own socket.io (Nest's adapter package pins a copy of its own), on
   * the application's HTTP server: gateways here never listen on a port of their own.
   */
  override createIOServer(_port: number, options?: object): any {
    const server = new Server(this.httpServer, {
      ...options,
      path: this.settings.socketPath,
      transports: ['websocket'],
      allowEIO3: true,
      serveClient: false,
      maxHttpBufferSize: transportLimit(this.settings.maxFrameBytes),
      perMessageDeflate: false,
      // Other upgrade paths are not engine.io's to cut: the root path is WebSocketTransport's, which refuses the rest.
      destroyUpgrade: false,
    });
    this.attachFanOut(server);
    return server;
  }

  /**
   * The gateway subscribes to no socket.io message (SocketIoTransport listens to `frame` itself), yet
   * Nest's adapter would build each socket an rxjs disconnect pipeline (`fromEvent`, `share`,
   * `first`) and keep it in a WeakMap for the socket's life: about 1 KiB per idle connection for nothing.
   */
  override bindMessageHandlers(socket: any, handlers: MessageMappingProperties[], transform: (data: any) => Observable<any>): void {
    if (handlers.length > 0) super.bindMessageHandlers(socket, handlers, transform);
  }

  private attachFanOut(server: Server): void {
    const close = attachFanOut(server, this.fanOut, this.log);
    if (close) this.closers.push(close);
  }

  override async close(server: any): Promise<void> {
    await super.close(server);
    const closers = this.closers.splice(0);
    await Promise.allSettled(closers.map((close) => close()));
  }
}

/**
 * Puts the cross-process adapter on a socket.io server; answers the function that releases its
 * connections (null for the in-memory adapter). A detached server (no HTTP server) with the adapter
 * can still broadcast to rooms held by other processes: the worker process delivers that way.
 */
export function attachFanOut(server: Server, fanOut: FanOut, log: FanOutLog): (() => Promise<unknown>) | null {
  const onError = (error: Error) => log.warn({ err: error, fanOut: fanOut.kind }, 'realtime fan-out error');
  if (fanOut.kind === 'redis') {
    const publisher = new Redis(fanOut.url, { maxRetriesPerRequest: null });
    const subscriber = publisher.duplicate();
    publisher.on('error', onError);
    subscriber.on('error', onError);
    server.adapter(createRedisAdapter(publisher, subscriber, { key: 'im-xsync' }));
    return () => Promise.allSettled([publisher.quit(), subscriber.quit()]);
  }
  if (fanOut.kind === 'postgres') {
    // One connection stays in LISTEN; the others publish (pg_notify, and the attachments table for binary frames).
    const pool = new Pool({ connectionString: fanOut.url, max: 4 });
    pool.on('error', onError);
    server.adapter(createPostgresAdapter(pool, { channelPrefix: 'im-xsync', errorHandler: onError }));
    return () => pool.end();
  }
  return null;
}

