/** What a connection's opening request brings besides the PROVISION frame. */
export interface Handshake {
  /** `app_id` from the URL query (the discovery answer puts it in the socket URL) or header. */
  appId: string | null;
  userAgent: string | null;
  /**
   * Stored entries may come as pushed SyncDL pages (MaxIM's SDKs read them). The query
   * `xsync_pages=off` keeps a connection on NOTICE and pull only: the benchmarks measure that path
   * beside the pushed one in the same run.
   */
  pushPages: boolean;
}

/** The handshake's `xsync_pages` query value: only `off` turns pushed pages off. */
export function pushPagesOf(value: unknown): boolean {
  return value !== 'off';
}

/** The transports a device can reach the gateway by: socket.io at /socket.io/, plain WebSocket at /. */
export type TransportName = 'socket.io' | 'websocket';

/**
 * One client connection as the gateway sees it, whatever carries it: binary Frames in (handed to
 * `XsyncGateway.received`) and out (`send`). A transport wraps its socket in one of these and
 * tells the gateway when it opens and closes; everything else (login, limits, delivery) is the
 * gateway's, once for every transport.
 */
export interface XsyncConnection {
  /** Unique among live connections of all processes: the presence table's connection id. */
  readonly id: string;
  readonly transport: TransportName;
  readonly handshake: Handshake;
  isOpen(): boolean;
  send(frame: Buffer): void;
  /** Bytes sent but not yet taken by the client's TCP connection. */
  bufferedBytes(): number;
  /** A polite close: what was sent before goes out first. */
  close(): void;
  /** Cuts the connection at once, discarding what waits for a client that does not read. */
  terminate(): void;
}
