import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { WebSocket, WebSocketServer } from 'ws';
import { AppConfig, APP_CONFIG, RealtimeSettings } from '../../common/config/config';
import { transportLimit } from '../xsync-io.adapter';
import { XsyncGateway } from '../xsync.gateway';
import { Handshake, pushPagesOf, XsyncConnection } from './xsync-connection';

/** MaxIM's uni-app and mini-program SDKs open `ws(s)://<webim host>`: the root path. */
export const WEBSOCKET_PATH = '/';

/** How long clients get to answer a shutdown's close before they are cut. */
const SHUTDOWN_GRACE_MS = 2000;

function handshakeOf(request: IncomingMessage, query: URLSearchParams): Handshake {
  const header = request.headers.app_id;
  const userAgent = request.headers['user-agent'];
  return {
    appId: query.get('app_id') || (typeof header === 'string' && header ? header : null),
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    pushPages: pushPagesOf(query.get('xsync_pages')),
  };
}

/** A plain WebSocket whose every binary message is one Frame. */
class PlainWebSocketConnection implements XsyncConnection {
  readonly transport = 'websocket';
  readonly id = randomUUID();
  /** Cleared at each ping, set by the pong: still false at the next ping means the peer is gone. */
  answeredPing = true;

  constructor(
    readonly socket: WebSocket,
    readonly handshake: Handshake,
  ) {}

  isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(frame: Buffer): void {
    this.socket.send(frame, { binary: true });
  }

  bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  close(): void {
    this.socket.close(1000);
  }

  terminate(): void {
    this.socket.terminate();
  }
}

/**
 * The plain WebSocket endpoint at the root path of the HTTP server, beside socket.io at
 * /socket.io/: MaxIM's uni-app and WeChat mini-program SDKs send each Frame as one binary message,
 * with no socket.io or engine.io framing. A thin adapter like SocketIoTransport: every connection
 * is handed to XsyncGateway, so login, limits, presence, kicks and delivery are the same. It adds
 * what socket.io did for the other path: the message size cap and ping/pong for dead peers.
 */
@Injectable()
export class WebSocketTransport implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebSocketTransport');
  private readonly settings: RealtimeSettings;
  private readonly connections = new Set<PlainWebSocketConnection>();
  private server: WebSocketServer | null = null;
  private httpServer: HttpServer | null = null;
  private pinger: NodeJS.Timeout | null = null;

  constructor(
    private readonly gateway: XsyncGateway,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.realtime;
  }

  /** A process without HTTP (the worker) has no endpoint. */
  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    this.server = new WebSocketServer({ noServer: true, maxPayload: transportLimit(this.settings.maxFrameBytes), perMessageDeflate: false });
    this.httpServer = httpServer;
    httpServer.on('upgrade', this.upgrade);
    this.pinger = setInterval(() => this.ping(), this.settings.websocketPingSeconds * 1000);
    this.pinger.unref();
  }

  /** Clients are told the server is going away (1001); those that do not close in time are cut, so the HTTP server can close. */
  async onModuleDestroy(): Promise<void> {
    if (this.pinger) clearInterval(this.pinger);
    this.httpServer?.off('upgrade', this.upgrade);
    const open = [...this.connections];
    const closed = Promise.all(open.map((connection) => new Promise((resolve) => connection.socket.once('close', resolve))));
    for (const connection of open) connection.socket.close(1001, 'server shutting down');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
    for (const connection of open) connection.socket.terminate();
    this.server?.close();
    this.server = null;
  }

  /** Upgrades at the root path are ours, under the socket.io path socket.io's; any other is refused. */
  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://upgrade');
    const socketIoPath = `${this.settings.socketPath.replace(/\/+$/, '')}/`;
    if (url.pathname.startsWith(socketIoPath)) return;
    if (url.pathname !== WEBSOCKET_PATH || !this.server) {
      socket.end(`HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nWebSocket endpoints: ${WEBSOCKET_PATH} and ${socketIoPath}\n`);
      return;
    }
    this.server.handleUpgrade(request, socket, head, (websocket) => this.accept(websocket, handshakeOf(request, url.searchParams)));
  };

  private accept(socket: WebSocket, handshake: Handshake): void {
    const connection = new PlainWebSocketConnection(socket, handshake);
    this.connections.add(connection);
    this.gateway.opened(connection);
    // A text message is handed over as a string: the gateway answers that a Frame must be binary.
    socket.on('message', (data, isBinary) => this.gateway.received(connection, isBinary ? data : data.toString()));
    socket.on('pong', () => {
      connection.answeredPing = true;
    });
    socket.on('error', (error) => this.logger.debug(`websocket ${connection.id}: ${error.message}`));
    socket.on('close', () => {
      this.connections.delete(connection);
      this.gateway.closed(connection);
    });
  }

  private ping(): void {
    for (const connection of this.connections) {
      if (!connection.answeredPing) {
        connection.terminate();
        continue;
      }
      connection.answeredPing = false;
      connection.socket.ping();
    }
  }
}
