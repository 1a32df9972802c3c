import type { EntityManager } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { acceptedContentType, sniffContentType, SNIFF_BYTES } from './file-content';
import { FileObjectRow, FileRepository } from './file.repository';
import { FileSigner } from './file-signer.service';
import { ContentClass, ObjectKind, UploadTicketClaims } from './file.types';
import { FileStorage, UploadTarget } from './storage/file-storage';

/** How many stale upload reservations one new reservation clears (they are cleared a few at a time, never in bulk). */
const STALE_PENDING_BATCH = 20;

export function quotaExceeded(appId: string, quota: number): ApiError {
  return new ApiError(ErrorCode.StorageError, `storage quota of app ${appId} (${quota} bytes) is used up; delete files or ask the operator for more`);
}

/**
 * The lifecycle of stored objects: an upload URL reserves a fresh key (a pending row), the bytes
 * arrive (the local receiver, or S3 confirmed on first use), and the row becomes stored with its
 * size counted against the app's quota.
 */
@Injectable()
export class FileObjectService {
  private readonly logger = new Logger(FileObjectService.name);

  constructor(
    private readonly repository: FileRepository,
    private readonly signer: FileSigner,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Operator setting (npm run app -- file-quota): the app's own byte quota, or null for the FILE_APP_QUOTA_BYTES default. */
  async setAppQuota(appId: string, quotaBytes: number | null): Promise<{ app_id: string; quota_bytes: number | null }> {
    if (!(await this.repository.setQuota(appId, quotaBytes))) throw ApiError.appNotFound(appId);
    return { app_id: appId, quota_bytes: quotaBytes };
  }

  /**
   * The app's storage as the operator sees it: its own quota (null: the server default applies),
   * the server default (FILE_APP_QUOTA_BYTES, 0 for none) and the bytes stored now (one row, kept
   * by every store and purge).
   */
  async appStorage(appId: string): Promise<{ quotaBytes: number | null; defaultQuotaBytes: number; usedBytes: number }> {
    const usage = await this.repository.usage(appId);
    return { quotaBytes: usage.quotaBytes, defaultQuotaBytes: this.config.files.appQuotaBytes, usedBytes: usage.usedBytes };
  }

  /** Reserves a new object and answers where to upload it; refuses with 10009 when the app's quota is already used up. */
  async reserve(appId: string, kind: ObjectKind, contentClass: ContentClass, maxBytes: number, uploaderId: number | null): Promise<{ objectKey: string; target: UploadTarget }> {
    const quota = await this.quotaOf(appId);
    if (quota !== null && quota.used >= quota.limit) throw quotaExceeded(appId, quota.limit);
    const now = this.clock.now();
    const ttl = this.config.files.urlTtlSeconds;
    await this.repository.deletePendingBefore(appId, new Date(now.getTime() - 2 * ttl * 1000), STALE_PENDING_BATCH);
    const objectKey = `${kind}/${randomBytes(16).toString('hex')}`;
    await this.repository.insertPending(appId, objectKey, contentClass, maxBytes, uploaderId, now);
    const expiresAt = new Date(now.getTime() + ttl * 1000);
    const claims: UploadTicketClaims = { a: appId, k: objectKey, m: maxBytes, c: contentClass, e: Math.floor(expiresAt.getTime() / 1000) };
    const ticket = await this.signer.sign(appId, 'upload', claims);
    return { objectKey, target: await this.storage.uploadTarget({ appId, objectKey }, ticket, maxBytes, expiresAt) };
  }

  /** The app's quota in bytes and its use, or null when it has none. */
  async quotaOf(appId: string): Promise<{ limit: number; used: number } | null> {
    const usage = await this.repository.usage(appId);
    const limit = usage.quotaBytes ?? (this.config.files.appQuotaBytes || null);
    return limit === null ? null : { limit, used: usage.usedBytes };
  }

  /**
   * The object if its bytes are stored; null when it does not exist or was never uploaded. With
   * S3 the server learns of an upload only here: the first use reads the object's size and first
   * bytes, checks them against what the upload URL was for, and stores the row (or deletes bytes
   * that are not what they claim to be). Read inside `manager`'s transaction when given: the
   * embedded engine grants no second connection while a transaction holds the first.
   */
  async stored(appId: string, objectKey: string, manager?: EntityManager): Promise<FileObjectRow | null> {
    const row = await this.repository.findObject(appId, objectKey, manager);
    if (!row) return null;
    if (row.state === 'stored') return row;
    if (this.storage.name !== 's3') return null;
    return this.confirmRemoteUpload(row);
  }

  private async confirmRemoteUpload(row: FileObjectRow): Promise<FileObjectRow | null> {
    const address = { appId: row.appId, objectKey: row.objectKey };
    let found: { size: number } | null;
    try {
      found = await this.storage.stat(address);
    } catch (error) {
      this.logger.error(`object store unreachable: ${(error as Error).message}`);
      throw new ApiError(ErrorCode.StorageError, 'object storage is unreachable; try again later');
    }
    if (!found) return null;
    const contentType = acceptedContentType(row.contentClass, await sniffContentType(await this.storage.readHead(address, SNIFF_BYTES)));
    if (contentType === null || found.size > row.maxBytes) {
      await this.storage.remove(row.appId, row.objectKey);
      return null;
    }
    const refusal = await this.repository.store(row.appId, row.objectKey, { size: found.size, contentType, fileName: null }, this.clock.now(), this.config.files.appQuotaBytes, async () => {});
    if (refusal === 'quota') {
      await this.storage.remove(row.appId, row.objectKey);
      throw quotaExceeded(row.appId, (await this.quotaOf(row.appId))?.limit ?? 0);
    }
    return this.repository.findObject(row.appId, row.objectKey);
  }
}
