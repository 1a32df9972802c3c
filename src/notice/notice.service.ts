import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { NoticeRepository } from './notice.repository';
import { Notice, NoticeNamespace, NoticesStored, StoredNotice, UserNoticeType } from './notice.types';

const NOTICES_STORED = 'notices-stored';

/**
 * The one path by which a roster, group or user change reaches other users: the notice is stored in
 * each recipient's stream (so an offline device gets it on its next sync) and then announced, so the
 * realtime gateway can tell the recipients' live devices to sync now.
 */
@Injectable()
export class NoticeService {
  private readonly events = new EventEmitter();

  constructor(private readonly notices: NoticeRepository) {
    this.events.setMaxListeners(0);
  }

  /** Stores and announces a notice on its own; changes made in a transaction store through NoticeRepository.insert and then call announce. */
  async publish(appId: string, notice: Notice, recipientIds: number[]): Promise<StoredNotice[]> {
    const stored = await this.notices.insert(appId, notice, uniqueIds(recipientIds));
    this.announce(stored);
    return stored;
  }

  /**
   * Tells all the user's devices USER_NOTICE INFO_UPDATED (from and to the user): MaxIM's SDKs
   * answer it by reloading the user's own data, so a change of the user's own settings or lists made
   * on one device reaches the others.
   */
  publishUserInfoUpdated(appId: string, userId: number): Promise<StoredNotice[]> {
    return this.publish(appId, { namespace: NoticeNamespace.User, type: UserNoticeType.InfoUpdated, fromId: userId, toIds: [userId] }, [userId]);
  }

  /** Tells live listeners which recipients have new notices; call it after the storing transaction committed. */
  announce(stored: StoredNotice[]): void {
    const byApp = new Map<string, Set<number>>();
    for (const notice of stored) {
      const recipients = byApp.get(notice.appId) ?? new Set<number>();
      recipients.add(notice.recipientId);
      byApp.set(notice.appId, recipients);
    }
    for (const [appId, recipients] of byApp) {
      const event: NoticesStored = { appId, recipientIds: [...recipients] };
      this.events.emit(NOTICES_STORED, event);
    }
  }

  /** A recipient's notices after `afterId`, oldest first: what a device syncs. */
  listAfter(appId: string, recipientId: number, afterId: number, limit: number): Promise<StoredNotice[]> {
    return this.notices.listAfter(appId, recipientId, afterId, limit);
  }

  /** Returns the function that unsubscribes. */
  onNoticesStored(listener: (event: NoticesStored) => void): () => void {
    this.events.on(NOTICES_STORED, listener);
    return () => this.events.off(NOTICES_STORED, listener);
  }
}

function uniqueIds(ids: number[]): number[] {
  return [...new Set(ids)];
}
