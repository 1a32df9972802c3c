import { Injectable, Logger } from '@nestjs/common';
import { FileReferenceService, FileTransaction } from '../file/file-reference.service';
import { ConversationType } from '../file/file.types';
import { ChatType } from './message.types';

/** The referrer name a message holds its attachment's file under. */
export function messageReferrer(msgId: number): string {
  return `message:${msgId}`;
}

/** The `url` of an attachment (a JSON string, maxim-semantics.md "attachment"); null when it names none. */
export function attachmentUrl(attachment: string | null): string | null {
  if (!attachment) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(attachment);
  } catch {
    // Stored as sent: the SDKs define the field, and a non-JSON attachment names no file of ours.
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const url = (parsed as { url?: unknown }).url;
  return typeof url === 'string' && url.length > 0 ? url : null;
}

/**
 * Keeps files sent as attachments alive while a message holds them (src/file FileReferenceService):
 * a message whose attachment URL is one of ours retains the object as `message:<msg_id>` in the
 * storing transaction (a URL of another conversation or of a file not stored refuses the send
 * with 10002); recall releases it. URLs elsewhere are stored as they are.
 */
@Injectable()
export class MessageFiles {
  private readonly logger = new Logger(MessageFiles.name);

  constructor(private readonly references: FileReferenceService) {}

  async retain(transaction: FileTransaction, appId: string, msgId: number, attachment: string | null, chatType: ChatType, conversationId: number): Promise<void> {
    const url = attachmentUrl(attachment);
    if (!url) return;
    await this.references.retainUrl(appId, url, messageReferrer(msgId), {
      transaction,
      conversation: { toType: chatType === 2 ? ConversationType.Group : ConversationType.User, toId: conversationId },
      field: 'attachment.url',
    });
  }

  /**
   * Releases, inside the transaction that deletes the messages (the retention sweep), what they
   * held; answers the objects to `purge` after commit (the bytes go only once the rows are gone).
   */
  releaseInTransaction(transaction: FileTransaction, appId: string, msgIds: number[]): Promise<string[]> {
    if (msgIds.length === 0) return Promise.resolve([]);
    return this.references.release(appId, msgIds.map(messageReferrer), transaction);
  }

  /** Deletes those objects nothing references any more (after releaseInTransaction committed); failures are logged. */
  async purge(appId: string, objectKeys: string[]): Promise<void> {
    if (objectKeys.length === 0) return;
    try {
      await this.references.purge(appId, objectKeys);
    } catch (error) {
      this.logger.error(`deleting the files of app ${appId} no message holds any more failed: ${(error as Error).message}`);
    }
  }

  /** Releases what a message held (after recall or deletion); failures are logged, the message change stands. */
  async release(appId: string, msgIds: number[]): Promise<void> {
    if (msgIds.length === 0) return;
    try {
      await this.references.release(appId, msgIds.map(messageReferrer));
    } catch (error) {
      this.logger.error(`releasing files of messages ${msgIds.join(', ')} failed: ${(error as Error).message}`);
    }
  }
}
