import { Injectable } from '@nestjs/common';
import { WebhookEvents } from '../webhook/webhook-events.service';
import { DETAIL_CHANNELS } from './push.dto';
import { channelSummary } from './push.service';
import { PushTaskKind, PushTaskRepository } from './push-task.repository';
import { stableUuid } from './stable-uuid';

/** The event id of a task's push.task_finished: the same however many batches report the finish. */
export function taskFinishedEventId(appId: string, taskId: number): string {
  return stableUuid(`push.task_finished:${appId}:${taskId}`);
}

/**
 * Ends a task once it has finished sending: every batch queued (status sending) and every delivery
 * settled. Called after each batch and at the end of the fan-out (a task whose batches all finished
 * before the fan-out did, or that has no devices). A /push/notify task first reports
 * `push.task_finished` with its final counts, then is marked done: a worker dying in between leaves
 * the task `sending`, and the rerun of its job reports again under the same event id (stored and
 * queued once; a receiver drops a second delivery by `x-webhook-id`).
 */
@Injectable()
export class PushTaskFinisher {
  constructor(
    private readonly tasks: PushTaskRepository,
    private readonly webhooks: WebhookEvents,
  ) {}

  async finishIfSent(appId: string, taskId: number, kind: PushTaskKind): Promise<void> {
    if (!(await this.tasks.hasFinishedSending(appId, taskId))) return;
    if (kind === 'notify') {
      const counts = await this.tasks.channelCounts(appId, [taskId]);
      counts.sort((a, b) => DETAIL_CHANNELS.indexOf(a.channel) - DETAIL_CHANNELS.indexOf(b.channel));
      await this.webhooks.record({
        appId,
        type: 'push.task_finished',
        eventId: taskFinishedEventId(appId, taskId),
        data: { task_id: taskId, ...channelSummary(counts) },
      });
    }
    await this.tasks.markDone(appId, taskId);
  }
}
