import { SyncingDevice } from './syncing-device';

/** A group send with when it was asked and when it was answered, on the test's clock. */
export interface TimedSend {
  id: number;
  askedAt: number;
  answeredAt: number;
}

/**
 * Sends to the group from `sender` one after another (with `pauseMs` between) until `stop`, keeping
 * each accepted send's times; a refused send fails the flow.
 */
export function sendToGroupUntilStopped(sender: SyncingDevice, groupId: number, pauseMs = 0): { sent: TimedSend[]; stop(): Promise<void> } {
  const sent: TimedSend[] = [];
  let sending = true;
  const flow = (async () => {
    while (sending) {
      const askedAt = Date.now();
      const ack = await sender.send(groupId, `m${sent.length}`, { group: true });
      if (ack.status.code !== 1) throw new Error(`send refused: ${JSON.stringify(ack.status)}`);
      sent.push({ id: Number(ack.server_mid), askedAt, answeredAt: Date.now() });
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    sent,
    stop: async () => {
      sending = false;
      await flow;
    },
  };
}

/**
 * Which sends a member must have got and which it must not: `periods` are [answered, asked] of a
 * join and the removal after it, `calls` are [asked, answered] of every membership call. A send
 * wholly inside a period was sent while a member; one overlapping no call and inside no period was
 * sent outside; one overlapping a call may go either way and is in neither list.
 */
export function sendsByMembership(sent: TimedSend[], periods: [number, number][], calls: [number, number][]): { whileMember: number[]; outside: number[] } {
  const overlapsCall = (send: TimedSend) => calls.some(([asked, answered]) => send.askedAt <= answered && send.answeredAt >= asked);
  const whileMember = sent.filter((send) => periods.some(([from, to]) => send.askedAt >= from && send.answeredAt <= to)).map((send) => send.id);
  const outside = sent.filter((send) => !overlapsCall(send) && !whileMember.includes(send.id)).map((send) => send.id);
  return { whileMember, outside };
}
