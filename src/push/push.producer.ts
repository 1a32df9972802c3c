import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PushChannelName } from './channels/push-channel';
import { OfflineMessagePush, PushJobData, PushJobName, PushQueue } from './push.jobs';

/** Finished jobs kept for inspection; the database holds the real record (push_tasks, push_deliveries). */
const RETENTION = { removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } };

const OFFLINE_BACKOFF = { type: 'exponential', delay: 1000 };

function offlineMessageJobId(push: OfflineMessagePush): string {
  return `msg-${push.appId}-${push.messageId}`;
}

/**
 * The one way jobs enter the push queues. Job ids are derived from the work (task, channel,
 * first device), so a fan-out that runs twice does not queue a batch twice while it is pending.
 */
@Injectable()
export class PushProducer {
  constructor(
    @InjectQueue(PushQueue.Fanout) private readonly fanout: Queue,
    @InjectQueue(PushQueue.Send) private readonly send: Queue,
  ) {}

  /** Starts a /push/notify task, after `delayMs` when show_begin_time is ahead. */
  async enqueueNotifyTask(appId: string, taskId: number, delayMs = 0): Promise<void> {
    const data: PushJobData<PushJobName.NotifyTask> = { appId, taskId };
    await this.fanout.add(PushJobName.NotifyTask, data, {
      ...RETENTION,
      jobId: `task-${taskId}`,
      delay: Math.max(0, delayMs),
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  /**
   * For the messaging module: push a stored message to recipients that had no live session. The
   * job applies no_push, silence hours, no_push_detail, push nicknames and the group's
   * msg_push_mode / msg_mute_mode itself (src/push/README.md "Offline message pushes").
   */
  async enqueueOfflineMessage(push: OfflineMessagePush): Promise<void> {
    await this.enqueueOfflineMessages([push]);
  }

  /** Several offline pushes in one queue round trip (the messaging module hands off the messages stored meanwhile together). */
  async enqueueOfflineMessages(pushes: OfflineMessagePush[]): Promise<void> {
    const jobs = pushes
      .filter((push) => push.recipients.length > 0)
      .map((push) => ({ name: PushJobName.OfflineMessage, data: push, opts: { ...RETENTION, jobId: offlineMessageJobId(push), attempts: 5, backoff: OFFLINE_BACKOFF } }));
    if (jobs.length === 1) await this.fanout.add(jobs[0].name, jobs[0].data, jobs[0].opts);
    else if (jobs.length > 1) await this.fanout.addBulk(jobs);
  }

  async enqueueBatches(appId: string, taskId: number, channel: PushChannelName, batches: [number, number][][]): Promise<void> {
    if (batches.length === 0) return;
    await this.send.addBulk(
      batches.map((devices) => ({
        name: PushJobName.SendBatch,
        data: { appId, taskId, channel, devices } satisfies PushJobData<PushJobName.SendBatch>,
        opts: { ...RETENTION, jobId: `send-${taskId}-${channel}-${devices[0][0]}-${devices[0][1]}-${devices.length}`, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
      })),
    );
  }
}
