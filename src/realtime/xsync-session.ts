import type { Socket } from 'socket.io';

/** Who a provisioned socket speaks for: set by PROVISION, read by every later command. */
export interface XsyncIdentity {
  appId: string;
  userId: number;
  deviceSn: number;
  tokenId: string;
}

/** What `socket.data` holds: plain data, since the adapter serialises it for fetchSockets across processes. */
export interface XsyncSocketData {
  identity: XsyncIdentity | null;
}

/** The one event each way: a binary Frame. */
export interface XsyncEvents {
  frame: (frame: Buffer) => void;
}

export type XsyncSocket = Socket<XsyncEvents, XsyncEvents, Record<string, never>, XsyncSocketData>;

/**
 * The gateway's own per-socket state. Frames of one socket are handled one after another
 * (`queue`), so a device's sends are stored in the order it sent them.
 */
export interface XsyncSession {
  /** The client sent a ZLIB frame, so it reads them: large answers go out compressed. */
  compress: boolean;
  /** Epoch ms of the last frame received: sockets silent past the heartbeat timeout are closed. */
  lastFrameAt: number;
  /** Closes the socket unless PROVISION logs it in first; cleared once it does. */
  provisionDeadline: NodeJS.Timeout | null;
  queue: Promise<void>;
  /** Frames received and not yet handled. */
  pending: number;
  bucket: FrameBucket;
}

/**
 * A token bucket: `rate` frames a second on average, bursts up to twice that. `take` answers
 * whether a frame may be handled now.
 */
export class FrameBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: number,
    now: number,
  ) {
    this.tokens = rate * 2;
    this.at = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.at) / 1000;
    this.at = now;
    this.tokens = Math.min(this.rate * 2, this.tokens + elapsed * this.rate);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Bytes waiting to reach the client: packets engine.io holds while the transport is busy, plus
 * what the websocket has handed to Node but the kernel has not taken. Grows without bound only
 * when the client stops reading.
 */
export function bufferedBytes(socket: Socket): number {
  const connection = socket.conn as unknown as {
    writeBuffer?: { data?: unknown }[];
    transport?: { socket?: { bufferedAmount?: number } };
  };
  let bytes = connection.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of connection.writeBuffer ?? []) {
    const data = packet.data;
    if (typeof data === 'string') bytes += Buffer.byteLength(data);
    else if (data instanceof Uint8Array || data instanceof ArrayBuffer) bytes += data.byteLength;
  }
  return bytes;
}
