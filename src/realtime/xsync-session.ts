import { DeviceStreams } from './pushed-pages';
import { XsyncConnection } from './transports/xsync-connection';

/** Who a provisioned connection speaks for: set by PROVISION, read by every later command. */
export interface XsyncIdentity {
  appId: string;
  userId: number;
  deviceSn: number;
  tokenId: string;
  /** Epoch ms at which the token expires (the session ends then); null: never. */
  tokenExpiresAt: number | null;
}

/**
 * The gateway's state of one connection, whichever transport carries it. Frames of one
 * connection are handled one after another (`queue`), so a device's sends are stored in the order
 * it sent them.
 */
export interface XsyncSession {
  readonly connection: XsyncConnection;
  identity: XsyncIdentity | null;
  /** The rooms (Rooms) it is in: joined at PROVISION, group rooms also as receivers change. Delivery addresses rooms, never connections. */
  rooms: Set<string>;
  /**
   * While PROVISION reads the user's groups: the receiver changes heard meanwhile, by group. They are
   * at least as new as the read, so they win over it.
   */
  groupChangesHeard: Map<number, boolean> | null;
  /** What this session was given and confirmed of each conversation: decides pushed page or NOTICE. */
  readonly streams: DeviceStreams;
  /** The client sent a ZLIB frame, so it reads them: large answers go out compressed. */
  compress: boolean;
  /** Epoch ms of the last frame received: connections silent past the heartbeat timeout are closed. */
  lastFrameAt: number;
  /** Closes the connection unless PROVISION logs it in first; cleared once it does. */
  provisionDeadline: NodeJS.Timeout | null;
  /** Ends the session when its token expires. */
  tokenExpiry: NodeJS.Timeout | null;
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
