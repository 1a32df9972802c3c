import { PushChannelName } from './channels/push-channel';

/** The push queues: fan-out (audience resolution) apart from sending, so a huge audience never delays sends. */
export enum PushQueue {
  Fanout = 'push-fanout',
  Send = 'push-send',
}

/** Every job the push workers run, with the queue it lives on. */
export enum PushJobName {
  /** Resolve a /push/notify task's audience page by page and enqueue SendBatch jobs. */
  NotifyTask = 'notify-task',
  /** Push one stored message to recipients that had no live session (the messaging module's producer). */
  OfflineMessage = 'offline-message',
  /** Send one batch of a task's deliveries through one channel. */
  SendBatch = 'send-batch',
  /** Hourly: delete the delivery rows of tasks older than PUSH_DELIVERY_RETENTION_DAYS (README "Retention"). */
  SweepDeliveries = 'sweep-deliveries',
}

export const QUEUE_OF_JOB: Readonly<Record<PushJobName, PushQueue>> = {
  [PushJobName.NotifyTask]: PushQueue.Fanout,
  [PushJobName.OfflineMessage]: PushQueue.Fanout,
  [PushJobName.SendBatch]: PushQueue.Send,
  [PushJobName.SweepDeliveries]: PushQueue.Fanout,
};

export interface NotifyTaskJob {
  name: PushJobName.NotifyTask;
  data: { appId: string; taskId: number };
}

/**
 * An offline push for a stored message. `recipients` are the users that should hear of it and had
 * no live session when it was stored; the job re-checks presence, settings and group modes.
 */
export interface OfflineMessageJob {
  name: PushJobName.OfflineMessage;
  data: OfflineMessagePush;
}

export interface OfflineMessagePush {
  appId: string;
  messageId: number;
  /** The sender (its push_nick_name, else username, titles the notification). */
  fromUserId: number;
  /** 1: to a user; 2: to a group (group msg_push_mode / msg_mute_mode apply). */
  toType: 1 | 2;
  /** The peer user id or the group id. */
  toId: number;
  recipients: number[];
  /** The message's text shown as the body (users with no_push_detail get a generic text instead). */
  text: string;
  /** content_type of the message (0 text, 1 image …) to pick the generic text of non-text messages. */
  contentType: number;
  /** Users @-mentioned in a group message (msg_push_mode 2 and 4); empty otherwise. */
  mentionedUserIds?: number[];
  /** True when the sender acts as a group admin or the app admin (msg_push_mode 2 and 3). */
  fromAdmin?: boolean;
  /** Optional extra data carried to the device (`ext`). */
  ext?: Record<string, unknown>;
}

export interface SendBatchJob {
  name: PushJobName.SendBatch;
  data: {
    appId: string;
    taskId: number;
    channel: PushChannelName;
    /** The devices of this batch as [userId, deviceSn] pairs; everything else is read back from the database. */
    devices: [number, number][];
  };
}

export interface SweepDeliveriesJob {
  name: PushJobName.SweepDeliveries;
  data: Record<string, never>;
}

/** The one union of push jobs: a handler per name is verified at start (PushProcessor). */
export type PushJob = NotifyTaskJob | OfflineMessageJob | SendBatchJob | SweepDeliveriesJob;

export type PushJobData<N extends PushJobName> = Extract<PushJob, { name: N }>['data'];
