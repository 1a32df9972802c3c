import { Injectable } from '@nestjs/common';
import { PushContent } from './channels/push-channel';

/** One device to reach over its live SDK connection. */
export interface LiveDeviceTarget {
  userId: number;
  deviceSn: number;
  /** The badge to show (after "+N"); undefined = unchanged. */
  badge?: number;
}

/** What the gateway puts in a `Meta` with namespace PUSH (maxim-realtime.md). */
export interface LivePushPayload {
  taskId: number;
  content: PushContent;
}

/** Answers the `userId:deviceSn` keys of the devices that got the payload on a live socket. */
export type LivePushListener = (appId: string, targets: readonly LiveDeviceTarget[], payload: LivePushPayload) => Promise<Iterable<string>>;

export function liveDeviceKey(userId: number, deviceSn: number): string {
  return `${userId}:${deviceSn}`;
}

/**
 * The seam between the push pipeline and the realtime gateway: the `mxpush` channel calls
 * `deliver()`, the gateway subscribes with `onDeliver()` and reports which devices it reached.
 * The realtime module subscribes in every process, a worker's included (its detached socket.io
 * server reaches the API processes' sockets through the adapter). With no subscriber (a context
 * built without the realtime module) nothing is reached, so `combined` pushes fall back to the vendor channels.
 * Every subscriber is asked; a device counts as reached when any subscriber reached it.
 */
@Injectable()
export class LivePushPort {
  private readonly listeners = new Set<LivePushListener>();

  /** Subscribes the gateway; call the returned function to unsubscribe. */
  onDeliver(listener: LivePushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  async deliver(appId: string, targets: readonly LiveDeviceTarget[], payload: LivePushPayload): Promise<Set<string>> {
    const reached = new Set<string>();
    if (targets.length === 0) return reached;
    const answers = await Promise.allSettled([...this.listeners].map((listener) => listener(appId, targets, payload)));
    for (const answer of answers) {
      if (answer.status === 'fulfilled') for (const key of answer.value) reached.add(key);
    }
    return reached;
  }
}
