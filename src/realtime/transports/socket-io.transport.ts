import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';
import { XsyncGateway } from '../xsync.gateway';
import { Handshake, pushPagesOf, XsyncConnection } from './xsync-connection';

/** The one event each way: a binary Frame. */
export interface XsyncEvents {
  frame: (frame: Buffer) => void;
}

type XsyncSocket = Socket<XsyncEvents, XsyncEvents>;

function handshakeOf(socket: XsyncSocket): Handshake {
  const { query, headers } = socket.handshake;
  const fromQuery = typeof query.app_id === 'string' ? query.app_id : null;
  const fromHeader = typeof headers.app_id === 'string' ? headers.app_id : null;
  const userAgent = headers['user-agent'];
  return { appId: fromQuery || fromHeader || null, userAgent: typeof userAgent === 'string' ? userAgent : null, pushPages: pushPagesOf(query.xsync_pages) };
}

/** What SocketIoConnection.send uses of engine.io's socket (6.x) beyond socket.io's types. */
interface EngineSocket {
  transport?: { name: string; writable: boolean; socket?: { _socket?: { cork(): void; uncork(): void } } };
  flush?(): void;
}

/** The parts of the opening request engine.io keeps for the socket's life. */
interface OpeningRequest {
  rawHeaders: string[];
  headers: object;
}

/**
 * What the gateway needs of the opening request is in the connection's Handshake once it is built,
 * and nothing reads the request or socket.io's `socket.handshake` later (socket.io reads it only to
 * answer `fetchSockets`, which this server never calls). engine.io 6 keeps the request for the
 * socket's life twice over: as `socket.conn.request`, and through a `close` listener its upgrade
 * response leaves on the TCP socket, which only engine.io can remove. So the reference we can drop is
 * dropped and the request's two copies of its headers are emptied: about 0.8 KiB per idle connection
 * with a test client's few headers, more with a browser's.
 */
function releaseOpeningRequest(socket: XsyncSocket): void {
  const engineSocket = socket.conn as unknown as { request: OpeningRequest | null };
  const request = engineSocket.request;
  if (request) {
    request.rawHeaders = [];
    request.headers = {};
  }
  engineSocket.request = null;
  (socket as unknown as { handshake: unknown }).handshake = RELEASED_HANDSHAKE;
}

/** What `socket.handshake` reads once the opening request is released: socket.io's shape, empty. */
const RELEASED_HANDSHAKE = Object.freeze({ headers: Object.freeze({}), query: Object.freeze({}), auth: Object.freeze({}), time: '', issued: 0, address: '', xdomain: false, secure: false, url: '' });

/** A socket.io socket carrying Frames in its `frame` event. */
class SocketIoConnection implements XsyncConnection {
  readonly transport = 'socket.io';
  readonly id: string;
  readonly handshake: Handshake;

  constructor(private readonly socket: XsyncSocket) {
    this.id = socket.id;
    this.handshake = handshakeOf(socket);
  }

  isOpen(): boolean {
    return this.socket.connected;
  }

  /**
   * A binary event is two engine.io packets (the event naming a placeholder, then the bytes), and
   * engine.io writes the second only after the first's write completed: two WebSocket frames, two
   * system calls, and a client woken twice. When the websocket transport is idle both packets are
   * held back for the moment of the emit and then written together through the corked TCP socket,
   * one `writev` per frame sent (bench/README.md "delivery": socket writes were the largest share of
   * the server's CPU). A busy transport keeps engine.io's own buffering.
   */
  send(frame: Buffer): void {
    const engine = this.socket.conn as unknown as EngineSocket;
    const transport = engine.transport;
    const tcp = transport?.name === 'websocket' && transport.writable ? transport.socket?._socket : undefined;
    if (!transport || !tcp || typeof engine.flush !== 'function') {
      this.socket.emit('frame', frame);
      return;
    }
    transport.writable = false;
    try {
      this.socket.emit('frame', frame);
    } finally {
      transport.writable = true;
    }
    tcp.cork();
    try {
      engine.flush();
    } finally {
      tcp.uncork();
    }
  }

  /**
   * Packets engine.io holds while the transport is busy, plus what the websocket has handed to
   * Node but the kernel has not taken. Grows without bound only when the client stops reading.
   */
  bufferedBytes(): number {
    const connection = this.socket.conn as unknown as { writeBuffer?: { data?: unknown }[] };
    let bytes = this.websocket()?.bufferedAmount ?? 0;
    for (const packet of connection.writeBuffer ?? []) {
      const data = packet.data;
      if (typeof data === 'string') bytes += Buffer.byteLength(data);
      else if (data instanceof Uint8Array || data instanceof ArrayBuffer) bytes += data.byteLength;
    }
    return bytes;
  }

  /** engine.io writes out what was emitted before it closes. */
  close(): void {
    this.socket.disconnect(true);
  }

  terminate(): void {
    const websocket = this.websocket();
    this.socket.disconnect(true);
    websocket?.terminate?.();
  }

  private websocket(): { bufferedAmount?: number; terminate?: () => void } | undefined {
    return (this.socket.conn as unknown as { transport?: { socket?: { bufferedAmount?: number; terminate?: () => void } } }).transport?.socket;
  }
}

/**
 * socket.io at REALTIME_SOCKET_PATH (/socket.io/), MaxIM's web SDK's transport: one `frame` event
 * each way. A thin adapter: every socket is handed to XsyncGateway as an XsyncConnection. The
 * server itself is built by XsyncIoAdapter; XsyncFanOut uses it as the bus between processes.
 */
@WebSocketGateway()
export class SocketIoTransport implements OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() server!: Server;

  private readonly connections = new WeakMap<XsyncSocket, SocketIoConnection>();

  constructor(private readonly gateway: XsyncGateway) {}

  handleConnection(socket: XsyncSocket): void {
    const connection = new SocketIoConnection(socket);
    releaseOpeningRequest(socket);
    this.connections.set(socket, connection);
    this.gateway.opened(connection);
    socket.on('frame', (data: unknown) => this.gateway.received(connection, data));
  }

  handleDisconnect(socket: XsyncSocket): void {
    const connection = this.connections.get(socket);
    if (connection) this.gateway.closed(connection);
  }
}
