import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { attachmentUrl, MessageFiles } from './message-files.service';
import { MESSAGE_BROADCAST_QUEUE, RETENTION_SWEEP_JOB } from './message.queue';
import { ConversationToPurge, MessageRepository } from './message.repository';

/** How often the sweep runs; the scheduler id is fixed, so every worker process upserts the same one. */
export const RETENTION_SWEEP_EVERY_MS = 3600_000;
export const RETENTION_SCHEDULER_ID = 'message-retention-sweep';
/** Entries deleted per transaction: a send to that conversation waits for one batch at most. */
export const RETENTION_BATCH = 1000;
/** Conversations read per page of the work list. */
const CONVERSATION_PAGE = 100;

/**
 * MESSAGE_RETENTION_DAYS (README "Retention"): an hourly job deletes every stream entry older than
 * the retention period, conversation by conversation, in batches, oldest first. Positions stay
 * arithmetic: each conversation records how far its stream is deleted (purged_seq, purged_count),
 * so unread counts and device positions past deleted rows stay right, and the files the deleted
 * messages held are released.
 */
@Injectable()
export class MessageRetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MessageRetentionService.name);

  constructor(
    @InjectQueue(MESSAGE_BROADCAST_QUEUE) private readonly queue: Queue,
    private readonly repository: MessageRepository,
    private readonly files: MessageFiles,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Processes that run the workers keep the hourly job scheduled (or removed, with retention 0). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.pushWorkersInApi) return;
    if (this.config.messages.retentionDays === 0) {
      await this.queue.removeJobScheduler(RETENTION_SCHEDULER_ID);
      return;
    }
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { every: RETENTION_SWEEP_EVERY_MS },
      { name: RETENTION_SWEEP_JOB, data: {}, opts: { removeOnComplete: { count: 10 }, removeOnFail: { count: 10 } } },
    );
  }

  /** Deletes every entry older than the retention period; answers how many went. */
  async sweep(batchSize = RETENTION_BATCH): Promise<number> {
    const days = this.config.messages.retentionDays;
    if (days === 0) return 0;
    const cutoff = this.clock.now().getTime() - days * 86_400_000;
    let removed = 0;
    let after: ConversationToPurge | null = null;
    for (;;) {
      const conversations = await this.repository.conversationsToPurge(cutoff, after, CONVERSATION_PAGE);
      for (const conversation of conversations) removed += await this.purgeConversation(conversation, cutoff, batchSize);
      if (conversations.length < CONVERSATION_PAGE) break;
      after = conversations[conversations.length - 1];
    }
    if (removed > 0) this.logger.log(`deleted ${removed} message entries older than ${new Date(cutoff).toISOString()}`);
    return removed;
  }

  private async purgeConversation(conversation: ConversationToPurge, cutoff: number, batchSize: number): Promise<number> {
    let removed = 0;
    for (;;) {
      let unreferenced: string[] = [];
      const deleted = await this.repository.purgeOldest(conversation.appId, conversation.id, cutoff, batchSize, async (transaction, entries) => {
        const holding = entries.filter((entry) => attachmentUrl(entry.attachment) !== null).map((entry) => entry.msgId);
        unreferenced = await this.files.releaseInTransaction(transaction, conversation.appId, holding);
      });
      await this.files.purge(conversation.appId, unreferenced);
      removed += deleted.length;
      if (deleted.length < batchSize) return removed;
    }
  }
}
