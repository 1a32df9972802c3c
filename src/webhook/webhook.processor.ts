import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookRepository } from './webhook.repository';
import { WEBHOOK_DELIVERY_JOB, WEBHOOK_QUEUE, WebhookDeliveryJob } from './webhook.types';

const SWEEP_EVERY_MS = 3_600_000;

/**
 * Runs deliveries where the push workers run (the worker process, or the API in embedded mode).
 * Jobs are taken from the queue in the order they were queued; a job waits for the job before it
 * with the same endpoint and ordering key still running in this process, so a receiver that answers
 * promptly gets each conversation's events in order. A failed attempt goes back to the queue with
 * its backoff and no longer holds the conversation.
 */
@Processor(WEBHOOK_QUEUE, { autorun: false })
export class WebhookProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookProcessor.name);
  private readonly tails = new Map<string, Promise<unknown>>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly delivery: WebhookDeliveryService,
    private readonly repository: WebhookRepository,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (!this.config.pushWorkersInApi) return;
    this.worker.concurrency = this.config.webhooks.concurrency;
    this.worker.run().catch((error: unknown) => this.logger.error(`webhook worker stopped: ${String(error)}`));
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`webhook delivery ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
  }

  async process(job: Job<WebhookDeliveryJob>): Promise<void> {
    if (job.name !== WEBHOOK_DELIVERY_JOB) throw new Error(`no handler for job ${job.name} on queue ${WEBHOOK_QUEUE}`);
    const { endpointId, orderingKey } = job.data;
    if (orderingKey === null) return this.delivery.deliver(job.data, job.attemptsMade + 1);
    const key = `${endpointId}/${orderingKey}`;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(() => this.delivery.deliver(job.data, job.attemptsMade + 1));
    this.tails.set(key, mine);
    try {
      await mine;
    } finally {
      if (this.tails.get(key) === mine) this.tails.delete(key);
    }
  }

  /** Events and attempts older than WEBHOOK_RETENTION_DAYS go (longer than the retry span, so no queued delivery loses its event). */
  private async sweep(): Promise<void> {
    const before = new Date(Date.now() - this.config.webhooks.retentionDays * 86_400_000);
    try {
      await this.repository.deleteOlderThan(before);
    } catch (error) {
      this.logger.warn(`webhook retention sweep failed: ${(error as Error).message}`);
    }
  }
}
