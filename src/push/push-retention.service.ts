import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { PushJobName, PushQueue } from './push.jobs';
import { PushTaskRepository } from './push-task.repository';

/** How often the sweep runs; the scheduler id is fixed, so every process upserts the same one. */
export const SWEEP_EVERY_MS = 3600_000;
const SWEEP_SCHEDULER_ID = 'push-sweep-deliveries';
/** Rows deleted per statement: short transactions, no long lock on a huge task. */
const DELETE_CHUNK = 10_000;

/**
 * Retention of push_deliveries: one row per (task, device) is the idempotency record while a task
 * runs, and nothing reads it once the task is old (the per-channel counts live in
 * push_task_channels). Rows of tasks created more than PUSH_DELIVERY_RETENTION_DAYS ago are
 * deleted by an hourly job; the tasks and their counts stay, so /push/task/detail and request_id
 * dedupe are unchanged (README "Retention").
 */
@Injectable()
export class PushRetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PushRetentionService.name);

  constructor(
    @InjectQueue(PushQueue.Fanout) private readonly fanout: Queue,
    private readonly tasks: PushTaskRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Processes that run workers keep the hourly job scheduled (or removed, with retention 0). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.pushWorkersInApi) return;
    if (this.config.pushDeliveryRetentionDays === 0) {
      await this.fanout.removeJobScheduler(SWEEP_SCHEDULER_ID);
      return;
    }
    await this.fanout.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: SWEEP_EVERY_MS },
      { name: PushJobName.SweepDeliveries, data: {}, opts: { removeOnComplete: { count: 10 }, removeOnFail: { count: 10 } } },
    );
  }

  /** Deletes the delivery rows of tasks past retention; answers how many rows went. */
  async sweep(): Promise<number> {
    const days = this.config.pushDeliveryRetentionDays;
    if (days === 0) return 0;
    const cutoff = new Date(this.clock.now().getTime() - days * 86_400_000);
    let removed = 0;
    for (;;) {
      const tasks = await this.tasks.tasksWithDeliveriesBefore(cutoff, 100);
      for (const task of tasks) {
        let deleted: number;
        do {
          deleted = await this.tasks.deleteDeliveries(task.appId, task.id, DELETE_CHUNK);
          removed += deleted;
        } while (deleted === DELETE_CHUNK);
      }
      if (tasks.length < 100) break;
    }
    if (removed > 0) this.logger.log(`deleted ${removed} push delivery rows of tasks created before ${cutoff.toISOString()}`);
    return removed;
  }
}
