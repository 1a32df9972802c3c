import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { Metrics } from '../common/observability/metrics.service';
import { FileReferenceService } from './file-reference.service';
import { FileRepository } from './file.repository';
import { FileStorage } from './storage/file-storage';

/** The file module's queue; its one job is the periodic sweep. */
export const FILE_SWEEP_QUEUE = 'file-sweep';
export const FILE_SWEEP_JOB = 'sweep';
/** The scheduler id is fixed, so every worker process upserts the same one. */
export const FILE_SWEEP_SCHEDULER_ID = 'file-sweep';
export const FILE_SWEEP_EVERY_MS = 3600_000;
/** How long a released object may wait for its own purge before the sweeper takes it (that purge runs right after commit). */
export const FILE_SWEEP_GRACE_MS = 3600_000;
/** Objects handled per query; the sweep loops until none is left. */
const SWEEP_BATCH = 200;

/** What one sweep removed. */
export interface FileSweepResult {
  /** objects whose last reference was released but whose purge never ran */
  released: number;
  /** upload reservations older than twice the URL lifetime, never used (on S3, with any bytes sent to them) */
  reservations: number;
}

/**
 * Deletes what the normal paths leave behind: objects whose purge never ran after their last
 * reference was released (a crash between commit and purge), once FILE_SWEEP_GRACE_MS has passed,
 * and abandoned upload reservations. Never-referenced objects (avatars, files not sent) are not
 * touched: only a release marks an object (released_at). What it removed is counted in
 * `im_file_sweep_removed_total`.
 */
@Injectable()
export class FileSweepService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FileSweepService.name);

  constructor(
    @InjectQueue(FILE_SWEEP_QUEUE) private readonly queue: Queue,
    private readonly repository: FileRepository,
    private readonly references: FileReferenceService,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Processes that run the workers keep the hourly job scheduled. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.pushWorkersInApi) return;
    await this.queue.upsertJobScheduler(
      FILE_SWEEP_SCHEDULER_ID,
      { every: FILE_SWEEP_EVERY_MS },
      { name: FILE_SWEEP_JOB, data: {}, opts: { removeOnComplete: { count: 10 }, removeOnFail: { count: 10 } } },
    );
  }

  async sweep(): Promise<FileSweepResult> {
    const now = this.clock.now().getTime();
    const result: FileSweepResult = { released: 0, reservations: 0 };
    const releasedBefore = new Date(now - FILE_SWEEP_GRACE_MS);
    for (let batch = await this.repository.releasedBefore(releasedBefore, SWEEP_BATCH); batch.length > 0; ) {
      for (const { appId, objectKey } of batch) {
        // purge re-counts references under the row lock: a reference added meanwhile keeps the object.
        await this.references.purge(appId, [objectKey]);
        result.released++;
      }
      if (batch.length < SWEEP_BATCH) break;
      batch = await this.repository.releasedBefore(releasedBefore, SWEEP_BATCH);
    }
    const pendingBefore = new Date(now - 2 * this.config.files.urlTtlSeconds * 1000);
    for (let batch = await this.repository.pendingBefore(pendingBefore, SWEEP_BATCH); batch.length > 0; ) {
      for (const { appId, objectKey } of batch) {
        if (!(await this.repository.deletePending(appId, objectKey))) continue;
        result.reservations++;
        try {
          // On S3 bytes may have been sent to the reservation without the server ever using them.
          await this.storage.remove(appId, objectKey);
        } catch (error) {
          this.logger.error(`could not delete the bytes of ${appId}/${objectKey}: ${(error as Error).message}`);
        }
      }
      if (batch.length < SWEEP_BATCH) break;
      batch = await this.repository.pendingBefore(pendingBefore, SWEEP_BATCH);
    }
    this.metrics.fileSweepRemoved.inc({ kind: 'released' }, result.released);
    this.metrics.fileSweepRemoved.inc({ kind: 'reservations' }, result.reservations);
    if (result.released + result.reservations > 0) {
      this.logger.log(`file sweep removed ${result.released} released object(s) whose purge never ran and ${result.reservations} abandoned upload reservation(s)`);
    }
    return result;
  }
}

/** Runs the sweep job in processes that run the workers. */
@Processor(FILE_SWEEP_QUEUE, { autorun: false })
export class FileSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(FileSweepProcessor.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeper: FileSweepService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (!this.config.pushWorkersInApi) return;
    this.worker.run().catch((error: unknown) => this.logger.error(`file sweep worker stopped: ${String(error)}`));
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`file sweep job ${job?.id} failed: ${error.message}`);
  }

  async process(job: Job): Promise<FileSweepResult> {
    if (job.name === FILE_SWEEP_JOB) return this.sweeper.sweep();
    throw new Error(`no handler for job ${job.name} on queue ${FILE_SWEEP_QUEUE}`);
  }
}
