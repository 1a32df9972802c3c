import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { PushFanoutService } from './push-fanout.service';
import { PushJob, PushJobName, PushQueue, QUEUE_OF_JOB } from './push.jobs';
import { PushRetentionService } from './push-retention.service';
import { PushSenderService, RetryBatchLater } from './push-sender.service';

type Handler = (job: Job, token: string | undefined) => Promise<void>;

/** What each processor handles; checked at start so every job name has exactly one handler on its queue. */
abstract class PushQueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  abstract readonly queue: PushQueue;
  abstract readonly handlers: Partial<Record<PushJobName, Handler>>;
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly config: AppConfig) {
    super();
  }

  /** Workers are built paused (autorun: false) and run only where configured: the worker process, or the API in embedded mode. */
  onApplicationBootstrap(): void {
    if (!this.config.pushWorkersInApi) return;
    this.worker.concurrency = this.config.pushWorkerConcurrency;
    this.worker.run().catch((error: unknown) => this.logger.error(`push worker for ${this.queue} stopped: ${String(error)}`));
  }

  /** A failed attempt is logged with its reason; BullMQ retries it by the job's attempts and backoff. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`push job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
  }

  async process(job: Job, token?: string): Promise<void> {
    const handler = this.handlers[job.name as PushJob['name']];
    if (!handler) throw new Error(`no handler for job ${job.name} on queue ${this.queue}`);
    await handler(job, token);
  }
}

@Processor(PushQueue.Fanout, { autorun: false })
export class PushFanoutProcessor extends PushQueueProcessor {
  readonly queue = PushQueue.Fanout;
  readonly handlers: Partial<Record<PushJobName, Handler>> = {
    [PushJobName.NotifyTask]: (job) => this.fanout.runNotifyTask(job.data.appId, job.data.taskId),
    [PushJobName.OfflineMessage]: (job) => this.fanout.runOfflineMessage(job.data),
    [PushJobName.SweepDeliveries]: async () => void (await this.retention.sweep()),
  };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly fanout: PushFanoutService,
    private readonly retention: PushRetentionService,
  ) {
    super(config);
  }
}

@Processor(PushQueue.Send, { autorun: false })
export class PushSendProcessor extends PushQueueProcessor {
  readonly queue = PushQueue.Send;
  readonly handlers: Partial<Record<PushJobName, Handler>> = {
    [PushJobName.SendBatch]: (job, token) => this.sendBatch(job, token),
  };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sender: PushSenderService,
  ) {
    super(config);
  }

  /**
   * Retries of deliveries the vendor deferred go through moveToDelayed (honouring Retry-After,
   * which BullMQ's own backoff cannot), counted in the job data so the backoff grows.
   */
  private async sendBatch(job: Job, token: string | undefined): Promise<void> {
    const retries: number = job.data.retries ?? 0;
    try {
      await this.sender.sendBatch(job.data, retries);
    } catch (error) {
      if (!(error instanceof RetryBatchLater) || token === undefined) throw error;
      await job.updateData({ ...job.data, retries: retries + 1 });
      await job.moveToDelayed(Date.now() + error.delayMs, token);
      throw new DelayedError();
    }
  }
}

/** Fails the start when a job name has no handler, two handlers, or a handler on the wrong queue. */
@Injectable()
export class PushJobHandlersCheck {
  constructor(fanout: PushFanoutProcessor, send: PushSendProcessor) {
    const seen = new Map<PushJobName, PushQueue>();
    for (const processor of [fanout, send]) {
      for (const name of Object.keys(processor.handlers) as PushJobName[]) {
        if (seen.has(name)) throw new Error(`push job ${name} has two handlers`);
        if (QUEUE_OF_JOB[name] !== processor.queue) throw new Error(`push job ${name} belongs on ${QUEUE_OF_JOB[name]}, handled on ${processor.queue}`);
        seen.set(name, processor.queue);
      }
    }
    const missing = Object.values(PushJobName).filter((name) => !seen.has(name));
    if (missing.length > 0) throw new Error(`push jobs without a handler: ${missing.join(', ')}`);
  }
}
