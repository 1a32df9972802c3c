import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { MessageRetentionService } from './message-retention.service';
import { BROADCAST_JOB, MESSAGE_BROADCAST_QUEUE, RETENTION_SWEEP_JOB } from './message.queue';
import { MessageRepository } from './message.repository';
import { MessageService, SYSTEM_SENDER_ID } from './message.service';

export { BROADCAST_JOB, MESSAGE_BROADCAST_QUEUE } from './message.queue';

/** Users sent to per page of a broadcast job. */
export const BROADCAST_PAGE_SIZE = 500;

export interface BroadcastContent {
  contentType: number;
  content: string;
  attachment: string | null;
  config: string | null;
  ext: string | null;
}

export interface BroadcastJobData extends BroadcastContent {
  appId: string;
  /** Makes each recipient's message idempotent (its transaction id), so a retried job sends nobody twice. */
  broadcastId: string;
}

@Injectable()
export class MessageBroadcastProducer {
  constructor(
    @InjectQueue(MESSAGE_BROADCAST_QUEUE) private readonly queue: Queue,
    private readonly repository: MessageRepository,
  ) {}

  /** Queues the broadcast and answers how many users the app has now (the `send_num` of the answer). */
  async enqueue(appId: string, content: BroadcastContent): Promise<number> {
    const sendNum = await this.repository.countUsers(appId);
    const data: BroadcastJobData = { ...content, appId, broadcastId: randomUUID() };
    await this.queue.add(BROADCAST_JOB, data, {
      jobId: `broadcast-${data.broadcastId}`,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 1000 },
    });
    return sendNum;
  }
}

/**
 * Sends a broadcast: one system message (from the system sender 0, is_system) to every user of the
 * app, page by page in user id order, each through MessageService.send (stored, announced, pushed
 * to offline users). Each message's transaction id is the broadcast id, so a retry after a crash
 * skips the users already sent to.
 */
@Injectable()
export class MessageBroadcastRunner {
  constructor(
    private readonly messages: MessageService,
    private readonly repository: MessageRepository,
  ) {}

  /** Answers how many users it sent to. */
  async run(data: BroadcastJobData): Promise<number> {
    let after = 0;
    let sent = 0;
    for (;;) {
      const userIds = await this.repository.userIdsAfter(data.appId, after, BROADCAST_PAGE_SIZE);
      if (userIds.length === 0) return sent;
      for (const userId of userIds) {
        await this.messages.send(
          { appId: data.appId, userId: SYSTEM_SENDER_ID, deviceSn: null },
          {
            chatType: 1,
            toId: userId,
            contentType: data.contentType,
            content: data.content,
            attachment: data.attachment,
            config: data.config,
            ext: data.ext,
            transactionId: `broadcast:${data.broadcastId}`,
            isSystem: true,
            asAdmin: true,
          },
        );
        sent += 1;
      }
      after = userIds[userIds.length - 1];
    }
  }
}

/** Runs broadcast and retention jobs where the push workers run (the worker process, or the API with PUSH_WORKERS_IN_API). */
@Processor(MESSAGE_BROADCAST_QUEUE, { autorun: false })
export class MessageBroadcastProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MessageBroadcastProcessor.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: MessageBroadcastRunner,
    private readonly retention: MessageRetentionService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (!this.config.pushWorkersInApi) return;
    this.worker.run().catch((error: unknown) => this.logger.error(`broadcast worker stopped: ${String(error)}`));
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`broadcast job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
  }

  async process(job: Job<BroadcastJobData>): Promise<number> {
    if (job.name === BROADCAST_JOB) return this.runner.run(job.data);
    if (job.name === RETENTION_SWEEP_JOB) return this.retention.sweep();
    throw new Error(`no handler for job ${job.name} on queue ${MESSAGE_BROADCAST_QUEUE}`);
  }
}
