import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { StoredWebhookEvent, WEBHOOK_DELIVERY_JOB, WEBHOOK_QUEUE, WebhookDeliveryJob, WebhookDeliverySequence } from './webhook.types';

/** Finished jobs kept for inspection; the delivery log (webhook_attempts) is the real record. */
const RETENTION = { removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } };

export interface EnqueueOptions {
  /** A replay: queued under job ids of its own, without a sequence (it is not held for other jobs). */
  replay?: boolean;
  /** The sequence stamp of the event's job for an endpoint (README "Order"). */
  sequenceOf?: (endpointId: number) => WebhookDeliverySequence;
}

/** The id of the (first, not replayed) delivery of an event to an endpoint. */
export function deliveryJobId(endpointId: number, eventId: string): string {
  return `${endpointId}-${eventId}`;
}

/**
 * The one way deliveries enter the webhook queue: one job per event and endpoint. The job id is
 * derived from both, so an event handed over twice is queued once; a replay gets an id of its own.
 */
@Injectable()
export class WebhookProducer {
  constructor(
    @InjectQueue(WEBHOOK_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(events: StoredWebhookEvent[], endpointIds: number[], { replay = false, sequenceOf }: EnqueueOptions = {}): Promise<number> {
    const suffix = replay ? `-replay-${Date.now()}` : '';
    const jobs = events.flatMap((event) =>
      endpointIds.map((endpointId) => ({
        name: WEBHOOK_DELIVERY_JOB,
        data: { endpointId, eventId: event.id, orderingKey: event.orderingKey, sequence: sequenceOf?.(endpointId) } satisfies WebhookDeliveryJob,
        opts: {
          ...RETENTION,
          jobId: `${deliveryJobId(endpointId, event.id)}${suffix}`,
          attempts: this.config.webhooks.attempts,
          backoff: { type: 'exponential', delay: this.config.webhooks.backoffBaseMs },
        },
      })),
    );
    if (jobs.length === 1) await this.queue.add(jobs[0].name, jobs[0].data, jobs[0].opts);
    else if (jobs.length > 1) await this.queue.addBulk(jobs);
    return jobs.length;
  }
}
