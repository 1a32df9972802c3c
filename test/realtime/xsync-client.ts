import { deflateSync, inflateSync } from 'node:zlib';
import type { Socket as TcpSocket } from 'node:net';
import { io as connectV4, Socket as SocketV4 } from 'socket.io-client';
import { WebSocket } from 'ws';
import { TestServer } from '../server';
import { BodyType, Command, decode, encode, MessageBody, Meta, MetaNamespace, MessageName, Qos, Xid } from '../../src/realtime/xsync.codec';

// socket.io-client 2 ships no types; this is the part of it the tests use.
interface SocketV2 {
  connected: boolean;
  on(event: string, listener: (...args: any[]) => void): void;
  once(event: string, listener: (...args: any[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const connectV2: (url: string, options: object) => SocketV2 = require('socket.io-client-v2');

/** A received frame with its payload decoded by command, and SyncDL metas decoded by namespace. */
export interface Received {
  command: Command;
  compressed: boolean;
  body: any;
  /** A waiter (next, syncPage, unread…) took it: whoever awaited it acts on it. */
  awaited?: boolean;
}

export interface DecodedMeta extends Omit<Meta, 'payload'> {
  payload: any;
}

const PAYLOAD_OF_COMMAND: Record<number, MessageName> = {
  [Command.Unread]: 'UnreadDL',
  [Command.Sync]: 'SyncDL',
  [Command.Notice]: 'Notice',
  [Command.Provision]: 'Provision',
};

const PAYLOAD_OF_NAMESPACE: Partial<Record<number, MessageName>> = {
  [MetaNamespace.Message]: 'MessageBody',
  [MetaNamespace.GroupNotice]: 'GroupNotice',
  [MetaNamespace.RosterNotice]: 'RosterNotice',
  [MetaNamespace.UserNotice]: 'UserNotice',
  [MetaNamespace.Push]: 'MessageBody',
};

export function decodeMeta(meta: Meta): DecodedMeta {
  const name = PAYLOAD_OF_NAMESPACE[meta.ns ?? 0];
  return { ...meta, payload: name ? decode(name, meta.payload ?? new Uint8Array()) : meta.payload };
}

/** Starts listening on a free loopback port (startTestServer only initialises the app) and answers the base URL. */
export async function listen(server: TestServer): Promise<string> {
  await server.app.listen(0, '127.0.0.1');
  const address = server.app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

let clientCounter = 0;


/**
 * How a client reaches the gateway: socket.io (the web SDK's, client 4 or 2) or a plain WebSocket at
 * the root path (uni-app, mini-programs). `socket.io-wire` is socket.io for load generators: the
 * bytes socket.io-client 4 exchanges over its websocket transport, written on a bare `ws` socket
 * (socketIoWireLink), so the server does the same work for a fraction of the client's CPU.
 */
export type ClientTransport = 'socket.io' | 'websocket' | 'socket.io-wire';

/** One connection of a test device, whatever carries its Frames. */
interface Link {
  readonly connected: boolean;
  send(data: unknown): void;
  onData(listener: (data: ArrayBuffer | Buffer) => void): void;
  onClose(listener: (reason: string) => void): void;
  close(): void;
  tcp(): TcpSocket | undefined;
}

function socketIoLink(socket: SocketV4 | SocketV2): Link {
  return {
    get connected() {
      return socket.connected;
    },
    send: (data) => socket.emit('frame', data),
    onData: (listener) => socket.on('frame', listener),
    onClose: (listener) => socket.on('disconnect', listener),
    close: () => socket.close(),
    tcp: () => (socket as unknown as { io: { engine: { transport: { ws?: { _socket?: TcpSocket } } } } }).io.engine.transport.ws?._socket,
  };
}

/** socket.io-client's connect timeout, which the wire link keeps. */
const SOCKET_IO_CONNECT_TIMEOUT_MS = 20_000;

/** A `frame` event carrying one binary attachment (socket.io protocol 5 BINARY_EVENT), as socket.io-client 4 encodes it. */
const BINARY_FRAME_EVENT = '451-["frame",{"_placeholder":true,"num":0}]';

/**
 * socket.io over a bare WebSocket (engine.io protocol 4, socket.io protocol 5): open packet `0…`,
 * namespace connect `40` answered by `40{sid}`, pings `2` answered `3`, a `frame` event as its
 * BINARY_EVENT header then the binary attachment, `41`/`1` for the ends. Anything else the server
 * might send (text events) is not part of xsync and is ignored.
 */
async function socketIoWireLink(url: string, query?: Record<string, string>): Promise<Link> {
  const address = new URL(url.replace(/^http/, 'ws'));
  address.pathname = '/socket.io/';
  address.searchParams.set('EIO', '4');
  address.searchParams.set('transport', 'websocket');
  for (const [name, value] of Object.entries(query ?? {})) address.searchParams.set(name, value);
  const socket = new WebSocket(address);
  let connected = false;
  let attachmentNext = false;
  const dataListeners: ((data: Buffer) => void)[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('timeout'));
    }, SOCKET_IO_CONNECT_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    socket.once('error', fail);
    socket.once('close', () => fail(new Error('websocket closed while connecting')));
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        if (attachmentNext) for (const listener of dataListeners) listener(data);
        attachmentNext = false;
        return;
      }
      const text = data.toString();
      if (text === '2') socket.send('3');
      else if (text.startsWith('0')) socket.send('40');
      else if (text.startsWith('40')) {
        connected = true;
        clearTimeout(timer);
        socket.off('error', fail);
        resolve();
      } else if (text.startsWith('44')) fail(new Error(`connect_error ${text.slice(2)}`));
      else if (text === '41' || text === '1') socket.close();
      else attachmentNext = text.startsWith('451-');
    });
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    connected = false;
  });
  return {
    get connected() {
      return connected && socket.readyState === WebSocket.OPEN;
    },
    send: (data) => {
      socket.send(BINARY_FRAME_EVENT);
      socket.send(data as Buffer);
    },
    onData: (listener) => dataListeners.push(listener),
    onClose: (listener) => socket.on('close', () => listener('transport close')),
    close: () => {
      if (socket.readyState === WebSocket.OPEN) socket.send('41');
      socket.close();
    },
    tcp: () => (socket as unknown as { _socket?: TcpSocket })._socket,
  };
}

/** A plain WebSocket as MaxIM's uni-app SDK opens it: every message one binary Frame. */
function webSocketLink(socket: WebSocket): Link {
  return {
    get connected() {
      return socket.readyState === WebSocket.OPEN;
    },
    send: (data) => socket.send(data as Buffer),
    onData: (listener) => socket.on('message', (data: Buffer) => listener(data)),
    onClose: (listener) => socket.on('close', (code: number) => listener(`websocket closed with ${code}`)),
    close: () => socket.close(),
    tcp: () => (socket as unknown as { _socket?: TcpSocket })._socket,
  };
}

/**
 * A device speaking xsync the way MaxIM's web SDK does: one `frame` event each way, binary Frame
 * protobufs, over socket.io-client 4 or 2 (the SDK bundles 2).
 */
export class XsyncClient {
  readonly received: Received[] = [];
  private readonly listeners: ((frame: Received) => void)[] = [];
  private waiters: { predicate: (frame: Received) => boolean; resolve: (frame: Received) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }[] = [];
  private cursor = 0;
  disconnected: string | null = null;
  readonly guid = `device-${process.pid}-${++clientCounter}`;
  compress = false;
  /** Off for long-running load (benchmarks): frames then reach only listeners and waiters, and memory stays flat. */
  retainFrames = true;

  /** The close code a plain WebSocket ended with. */
  closeCode: number | null = null;

  private constructor(
    private readonly link: Link,
    readonly transport: ClientTransport,
  ) {
    link.onData((data) => this.onFrame(data));
    link.onClose((reason: string) => {
      this.disconnected = reason;
      for (const waiter of this.waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`socket disconnected (${reason}) while waiting`));
      }
    });
  }

  static async connect(url: string, options: { version?: 2 | 4; query?: Record<string, string>; transport?: ClientTransport } = {}): Promise<XsyncClient> {
    if (options.transport === 'websocket') return XsyncClient.connectWebSocket(url, options.query);
    if (options.transport === 'socket.io-wire') return new XsyncClient(await socketIoWireLink(url, options.query), 'socket.io-wire');
    const socket =
      options.version === 2
        ? connectV2(url, { transports: ['websocket'], reconnection: false, forceNew: true, query: options.query })
        : connectV4(url, { transports: ['websocket'], reconnection: false, forceNew: true, query: options.query });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error: Error) => reject(error));
    });
    return new XsyncClient(socketIoLink(socket), 'socket.io');
  }

  /** `ws://<host>/` (the server's http URL with its scheme swapped), as the uni-app SDK builds it from the webim host. */
  private static async connectWebSocket(url: string, query?: Record<string, string>): Promise<XsyncClient> {
    const address = new URL(url.replace(/^http/, 'ws'));
    address.pathname = '/';
    for (const [name, value] of Object.entries(query ?? {})) address.searchParams.set(name, value);
    const socket = new WebSocket(address);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new XsyncClient(webSocketLink(socket), 'websocket');
    socket.on('close', (code: number) => {
      client.closeCode = code;
    });
    return client;
  }

  get connected(): boolean {
    return this.link.connected;
  }

  close(): void {
    this.link.close();
  }

  /** Stops reading from the TCP connection (a device that cannot keep up); writes still go out. */
  pauseReading(): void {
    this.tcpSocket()?.pause();
  }

  /** Cuts the TCP connection without a close handshake, as a lost network does; frames in flight are lost. */
  dropConnection(): void {
    this.tcpSocket()?.destroy();
  }

  /** Calls `listener` with every frame received from now on (a device that syncs when a NOTICE arrives). */
  onReceived(listener: (frame: Received) => void): void {
    this.listeners.push(listener);
  }

  private tcpSocket(): TcpSocket | undefined {
    return this.link.tcp();
  }

  /** Sends `data` as it is: a socket.io `frame` event, or one WebSocket message (a string goes as text). */
  emitRaw(data: unknown): void {
    this.link.send(data);
  }

  sendFrame(command: Command, name: MessageName, value: object): void {
    const payload = encode(name, value);
    const frame = encode('Frame', { vsn: 0, command, compress_method: this.compress ? 1 : 0, payload: this.compress ? deflateSync(payload) : payload });
    this.link.send(Buffer.from(frame));
  }

  private onFrame(data: ArrayBuffer | Buffer): void {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const frame = decode<{ command?: number; payload?: Uint8Array; compress_method?: number }>('Frame', bytes);
    const command = (frame.command ?? 0) as Command;
    const compressed = frame.compress_method === 1;
    const payload = compressed ? inflateSync(frame.payload ?? new Uint8Array()) : (frame.payload ?? new Uint8Array());
    const body: any = decode(PAYLOAD_OF_COMMAND[command], payload);
    if (command === Command.Sync) body.metas = (body.metas ?? []).map(decodeMeta);
    if (command === Command.Unread) body.unread ??= [];
    const received: Received = { command, compressed, body };
    if (this.retainFrames) this.received.push(received);
    for (const listener of this.listeners) listener(received);
    const index = this.waiters.findIndex((waiter) => waiter.predicate(received));
    if (index >= 0) {
      received.awaited = true;
      const [waiter] = this.waiters.splice(index, 1);
      clearTimeout(waiter.timer);
      this.cursor = this.received.length;
      waiter.resolve(received);
    }
  }

  /** The next frame (after the last one waited for) matching `predicate`. */
  next(predicate: (frame: Received) => boolean, timeoutMs = 5000): Promise<Received> {
    const seen = this.received.slice(this.cursor).find(predicate);
    if (seen) {
      this.cursor = this.received.indexOf(seen) + 1;
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.timer !== timer);
        reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.received.slice(this.cursor).map((frame) => frame.command))}`));
      }, timeoutMs);
      this.waiters.push({ predicate, resolve, reject, timer });
    });
  }

  /** Resolves when a frame matching `predicate` arrives (any time from now), without moving the cursor. */
  has(predicate: (frame: Received) => boolean): boolean {
    return this.received.some(predicate);
  }

  async provision(token: string, options: { uid?: number; deviceSN?: number; deviceGuid?: string | null; osType?: number; timeoutMs?: number } = {}): Promise<any> {
    this.sendFrame(Command.Provision, 'Provision', {
      xid: { uid: options.uid ?? 0, deviceSN: options.deviceSN ?? 0 },
      token,
      os_type: options.osType ?? 6,
      sdk_vsn: '2.0.0',
      device_guid: options.deviceGuid === null ? '' : (options.deviceGuid ?? this.guid),
      device_info: 'Web',
    });
    return (await this.next((frame) => frame.command === Command.Provision, options.timeoutMs)).body;
  }

  async unread(timeoutMs?: number): Promise<any> {
    this.sendFrame(Command.Unread, 'UnreadUL', {});
    return (await this.next((frame) => frame.command === Command.Unread, timeoutMs)).body;
  }

  /** One SyncUL {xid, key} and its answer. */
  async syncPage(uid: number, key = 0, timeoutMs?: number): Promise<any> {
    this.sendFrame(Command.Sync, 'SyncUL', { xid: { uid, deviceSN: 0 }, key });
    return (await this.next((frame) => isSyncAnswer(frame) && Number(frame.body.xid?.uid ?? 0) === uid, timeoutMs)).body;
  }

  /** Syncs a conversation the SDK's way: key 0, then next_key until it is 0; answers every meta in order. */
  async syncAll(uid: number): Promise<DecodedMeta[]> {
    const metas: DecodedMeta[] = [];
    let key = 0;
    for (let page = 0; page < 1000; page++) {
      const answer = await this.syncPage(uid, key);
      if (answer.status?.code !== 1) throw new Error(`sync failed: ${JSON.stringify(answer.status)}`);
      metas.push(...answer.metas);
      key = Number(answer.next_key ?? 0);
      if (!key) return metas;
    }
    throw new Error('sync did not end');
  }

  /** Sends a MessageBody in a SyncUL meta without waiting: a load generator matches the acknowledgements itself. */
  emitMeta(from: Xid, to: Xid, body: MessageBody, id: number): void {
    this.sendFrame(Command.Sync, 'SyncUL', {
      meta: { id, from, to, timestamp: Date.now(), ns: MetaNamespace.Message, payload: encode('MessageBody', body) },
    });
  }

  /** Sends a MessageBody in a SyncUL meta; answers the SyncDL acknowledging `id`. */
  async sendMeta(from: Xid, to: Xid, body: MessageBody, id = Date.now() * 1000 + (++clientCounter % 1000)): Promise<any> {
    this.emitMeta(from, to, body, id);
    return (await this.next((frame) => frame.command === Command.Sync && Number(frame.body.client_mid ?? 0) === id, 30_000)).body;
  }

  sendText(from: Xid, toUid: number, content: string, options: { group?: boolean; id?: number } = {}): Promise<any> {
    return this.sendMeta(from, { uid: toUid, deviceSN: 0 }, { type: options.group ? BodyType.GroupChat : BodyType.Chat, ctype: 0, content }, options.id);
  }

  sendTyping(from: Xid, toUid: number): Promise<any> {
    return this.sendMeta(from, { uid: toUid, deviceSN: 0 }, { type: BodyType.Chat, ctype: 0, ext: JSON.stringify({ input_status: 'typing' }), qos: Qos.AtMostOnce });
  }

  /** The next NOTICE naming `uid`. */
  notice(uid: number, timeoutMs?: number): Promise<Received> {
    return this.next((frame) => frame.command === Command.Notice && Number(frame.body.xid?.uid ?? 0) === uid, timeoutMs);
  }

  /** Called once when the connection ends, whoever ended it. */
  onClose(listener: (reason: string) => void): void {
    if (this.disconnected) listener(this.disconnected);
    else this.link.onClose(listener);
  }

  waitDisconnect(timeoutMs = 5000): Promise<string> {
    if (this.disconnected) return Promise.resolve(this.disconnected);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket stayed connected')), timeoutMs);
      this.link.onClose((reason: string) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });
  }
}

/** A SyncDL answering a sync request (not a send acknowledgement). */
export function isSyncAnswer(frame: Received): boolean {
  return frame.command === Command.Sync && !Number(frame.body.client_mid ?? 0);
}
