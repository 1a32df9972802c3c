import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { OpenedSession, PresenceRepository } from './presence.repository';

/** Sessions one statement opens or closes at most. */
const MAX_BATCH = 1000;

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/** A session is live while its last heartbeat is younger than this: three missed 30-second beats. */
export const PRESENCE_WINDOW_SECONDS = 90;

/** How often the gateway should call heartbeat() for the connections it holds. */
export const PRESENCE_HEARTBEAT_SECONDS = 30;

/**
 * Who is online. The realtime gateway feeds it (sessionOpened, heartbeat, sessionClosed) and
 * everything else reads it (`/user/online_status`, the push pipeline's combined mode). Each
 * process has its own node id, so a process that dies leaves rows that simply go stale; a clean
 * shutdown removes its rows at once.
 */
@Injectable()
export class PresenceService implements BeforeApplicationShutdown {
  readonly nodeId = randomUUID();
  private opening: Waiting<OpenedSession, void>[] = [];
  private closing: Waiting<string, boolean>[] = [];
  /** The batch being written; batches are written one after another, so a close never overtakes its open. */
  private writing: Promise<void> | null = null;

  constructor(private readonly repository: PresenceRepository) {}

  /**
   * Resolves once the session's row is stored. Opens and closes that arrive while a batch is
   * written (a reconnect storm) are stored together by the next one: one statement for the opens,
   * one for the closes, opens first.
   */
  sessionOpened(session: OpenedSession): Promise<void> {
    return new Promise((resolve, reject) => {
      this.opening.push({ item: session, resolve, reject });
      this.write();
    });
  }

  /** Refreshes this node's connections; answers how many it still knew. */
  async heartbeat(connectionIds: string[]): Promise<number> {
    if (connectionIds.length === 0) return 0;
    return this.repository.touch(this.nodeId, connectionIds);
  }

  /** Answers whether this node had the session open. */
  sessionClosed(connectionId: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.closing.push({ item: connectionId, resolve, reject });
      this.write();
    });
  }

  private write(): void {
    if (this.writing) return;
    this.writing = (async () => {
      // Opens and closes of the same turn of the event loop join one batch.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.opening.length > 0 || this.closing.length > 0) {
        const opens = this.opening.splice(0, MAX_BATCH);
        // Closes wait while opens are still queued: one of them may be the open of a closed session.
        const closes = this.opening.length === 0 ? this.closing.splice(0, MAX_BATCH) : [];
        if (opens.length > 0) {
          await settle(opens, async () => {
            await this.repository.openMany(this.nodeId, opens.map((open) => open.item));
            return opens.map(() => undefined);
          });
        }
        if (closes.length > 0) {
          await settle(closes, async () => {
            const closed = await this.repository.closeMany(this.nodeId, closes.map((close) => close.item));
            return closes.map((close) => closed.has(close.item));
          });
        }
      }
      this.writing = null;
    })();
  }

  isOnline(appId: string, userId: number): Promise<boolean> {
    return this.repository.isOnline(appId, userId, PRESENCE_WINDOW_SECONDS);
  }

  /** Which of these users have a live session, ascending; the push pipeline skips vendors for them in combined mode. */
  async onlineUserIds(appId: string, userIds: number[]): Promise<number[]> {
    if (userIds.length === 0) return [];
    return this.repository.onlineUserIds(appId, [...new Set(userIds)], PRESENCE_WINDOW_SECONDS);
  }

  /** Forgets a node known to be gone (its process crashed and will not come back under that id). */
  dropNode(nodeId: string): Promise<number> {
    return this.repository.dropNode(nodeId);
  }

  /** Deletes rows no heartbeat refreshed within the window, whatever node left them. */
  dropStaleSessions(): Promise<number> {
    return this.repository.dropStale(PRESENCE_WINDOW_SECONDS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // A batch still being written would otherwise add rows after they were dropped.
    await this.writing?.catch(() => undefined);
    await this.repository.dropNode(this.nodeId);
  }
}

/** Settles each waiting caller with its own result, or every one with the batch's failure. */
async function settle<T, R>(batch: Waiting<T, R>[], run: () => Promise<R[]>): Promise<void> {
  try {
    const results = await run();
    batch.forEach((waiting, index) => waiting.resolve(results[index]));
  } catch (error) {
    for (const waiting of batch) waiting.reject(error);
  }
}
