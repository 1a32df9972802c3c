import { Injectable, Logger } from '@nestjs/common';

/**
 * A change of who receives a group's messages live: members added (`joined`) or removed (`left`:
 * leave, kick, block, destroy), or a member's mute mode crossing 2 (mode 2 receives nothing).
 */
export interface GroupReceiversChange {
  appId: string;
  groupId: number;
  joined: number[];
  left: number[];
}

/** Resolves once the change holds wherever the listener delivers (the realtime gateway: in every server process). */
export type GroupReceiversListener = (change: GroupReceiversChange) => Promise<void>;

/**
 * Tells the realtime module who now receives a group's messages, after the change is committed and
 * before the call that made it is answered (src/group/README.md "Live receivers"). A listener's
 * failure is logged, never thrown: the change itself is stored, and devices catch up by sync.
 */
@Injectable()
export class GroupReceivers {
  private readonly logger = new Logger(GroupReceivers.name);
  private readonly listeners = new Set<GroupReceiversListener>();

  onChanged(listener: GroupReceiversListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async changed(change: GroupReceiversChange): Promise<void> {
    if (change.joined.length === 0 && change.left.length === 0) return;
    await Promise.all(
      [...this.listeners].map((listener) =>
        listener(change).catch((error: Error) => this.logger.error(`group ${change.groupId} receivers change not delivered: ${error.message}`)),
      ),
    );
  }
}
