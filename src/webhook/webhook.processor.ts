import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { LRUCache } from 'lru-cache';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { deliveryJobId } from './webhook.producer';
import { WebhookRepository } from './webhook.repository';
import { WEBHOOK_DELIVERY_JOB, WEBHOOK_QUEUE, WebhookDeliveryJob, WebhookDeliverySequence } from './webhook.types';

const SWEEP_EVERY_MS = 3_600_000;

/**
 * How long a job waits at most for the job before it in its sequence to start in this process
 * (README "Order"): long enough for a fetch that was in flight with its own, short enough that a
 * predecessor which went elsewhere, or never came, costs a slot only briefly.
 */
export const PREDECESSOR_WAIT_MS = 1_000;

/** Sequence runs whose progress this process remembers; a forgotten run's next job may wait once. */
const REMEMBERED_RUNS = 50_000;

/** Queue states of a predecessor that may still reach this process: not fetched yet, or fetched (maybe by a fetch of ours still in flight). */
const MAY_STILL_COME = new Set(['waiting', 'prioritized', 'active']);

/** The highest place of a run started in this process, and the jobs waiting for a place to start. */
interface RunProgress {
  started: number;
  waiting: Set<() => void>;
}

/**
 * Runs deliveries where the push workers run (the worker process, or the API in embedded mode).
 * Jobs are taken from the queue in the order they were queued, but fetches in flight at once may
 * hand them over in either order: so a job of an ordered event first waits (at most
 * PREDECESSOR_WAIT_MS) for the job before it in its sequence to start, then for that job's attempt
 * to end, so a receiver that answers promptly gets each conversation's events in order. A failed
 * attempt goes back to the queue with its backoff and no longer holds the conversation.
 */
@Processor(WEBHOOK_QUEUE, { autorun: false })
export class WebhookProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookProcessor.name);
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly runs = new LRUCache<string, RunProgress>({ max: REMEMBERED_RUNS });
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(WEBHOOK_QUEUE) private readonly queue: Queue,
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
    if (job.data.sequence) await this.takeTurn(key, endpointId, job.data.sequence, job.attemptsMade === 0);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(() => this.delivery.deliver(job.data, job.attemptsMade + 1));
    this.tails.set(key, mine);
    try {
      await mine;
    } finally {
      if (this.tails.get(key) === mine) this.tails.delete(key);
    }
  }

  /**
   * Marks the job's place started once the place before it has started in this process. Only a
   * first attempt waits (a retry's predecessors started before its first attempt did), and only
   * while the queue says the predecessor is still to be started by someone: one that has finished
   * or is in retry backoff here or in another worker process, or is gone, does not hold it.
   */
  private async takeTurn(key: string, endpointId: number, sequence: WebhookDeliverySequence, firstAttempt: boolean): Promise<void> {
    const runKey = `${key}/${sequence.run}`;
    let progress = this.runs.get(runKey);
    if (!progress) this.runs.set(runKey, (progress = { started: -1, waiting: new Set() }));
    const deadline = Date.now() + PREDECESSOR_WAIT_MS;
    if (firstAttempt && progress.started < sequence.index - 1 && (await this.mayStillCome(endpointId, sequence))) {
      await waitForStart(progress, sequence.index - 1, deadline);
    }
    progress.started = Math.max(progress.started, sequence.index);
    for (const wake of [...progress.waiting]) wake();
  }

  /** A queue that cannot answer costs the bounded wait, not a failed attempt. */
  private async mayStillCome(endpointId: number, sequence: WebhookDeliverySequence): Promise<boolean> {
    if (sequence.after === null) return false;
    const state = await this.queue.getJobState(deliveryJobId(endpointId, sequence.after)).catch(() => 'waiting');
    return MAY_STILL_COME.has(state);
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

/** Resolves once `progress` has started place `index`, or at `deadline`. */
async function waitForStart(progress: RunProgress, index: number, deadline: number): Promise<void> {
  while (progress.started < index && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        progress.waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, deadline - Date.now());
      progress.waiting.add(wake);
    });
  }
}
