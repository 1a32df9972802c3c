import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { OpenedSession, PresenceRepository } from './presence.repository';

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

  constructor(private readonly repository: PresenceRepository) {}

  sessionOpened(session: OpenedSession): Promise<void> {
    return this.repository.open(this.nodeId, session);
  }

  /** Refreshes this node's connections; answers how many it still knew. */
  async heartbeat(connectionIds: string[]): Promise<number> {
    if (connectionIds.length === 0) return 0;
    return this.repository.touch(this.nodeId, connectionIds);
  }

  sessionClosed(connectionId: string): Promise<boolean> {
    return this.repository.close(this.nodeId, connectionId);
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
    await this.repository.dropNode(this.nodeId);
  }
}
