import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ErrorCode } from '../common/errors/error-codes';
import { acceptedContentType, sniffContentType } from './file-content';
import { sanitizeFileName } from './file-name';
import { FileObjectService } from './file-object.service';
import { FileRepository } from './file.repository';
import { FileSigner } from './file-signer.service';
import { UploadTicketClaims } from './file.types';
import { isClientAbort, MalformedMultipartError, UploadedFile } from './multipart-upload';
import { APP_ID_PATTERN, FileStorage } from './storage/file-storage';
import { LocalFileStorage, ReceivedUpload, UploadTooLargeError } from './storage/local-file.storage';

/** How an upload ended, as the object-store endpoint answers it: a real HTTP status and the envelope. */
export interface UploadOutcome {
  status: number;
  code: number;
  message: string | null;
  data: { size: number; content_type: string } | null;
}

/** The request as the receiver needs it: its ticket, and its file once the receiver knows the limit. */
export interface IncomingUpload {
  ticket: string;
  /** The file's bytes, cut off by the parser one byte past `maxBytes`; null when a form has no file part. */
  openFile(maxBytes: number): Promise<UploadedFile | null>;
}

function refused(status: number, code: ErrorCode, message: string): UploadOutcome {
  return { status, code, message, data: null };
}

/**
 * The local backend's upload endpoint (`POST`/`PUT /file/object?ticket=`): the ticket is the
 * signed upload token of one reserved object. The body (raw, or the file part of a
 * multipart/form-data POST as MaxIM clients send to OSS) streams to a temporary file and is cut
 * off as soon as it passes the ticket's limit or the app's remaining quota; the bytes are sniffed,
 * and only an upload that is what its URL was for is stored and renamed into place. Partial files
 * are deleted on every failure.
 */
@Injectable()
export class FileReceiveService {
  private readonly logger = new Logger(FileReceiveService.name);

  constructor(
    private readonly signer: FileSigner,
    private readonly repository: FileRepository,
    private readonly objects: FileObjectService,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(upload: IncomingUpload): Promise<UploadOutcome> {
    const storage = this.storage as LocalFileStorage;
    const peeked = this.signer.peek<UploadTicketClaims>(upload.ticket);
    const appId = typeof peeked?.a === 'string' && APP_ID_PATTERN.test(peeked.a) ? peeked.a : null;
    const claims = appId ? await this.verifyTicket(appId, upload.ticket) : null;
    if (!appId || !claims) return refused(403, ErrorCode.NoPermission, 'upload URL: the signature is not valid; ask /file/upload/* for a new URL');
    if (claims.e * 1000 <= this.clock.now().getTime()) {
      return refused(403, ErrorCode.NoPermission, `upload URL: expired at ${new Date(claims.e * 1000).toISOString()}; ask /file/upload/* for a new URL`);
    }
    const row = await this.repository.findObject(appId, claims.k);
    if (!row) return refused(404, ErrorCode.BadParameter, 'upload URL: its reservation is gone; ask /file/upload/* for a new URL');
    if (row.state !== 'pending') return refused(409, ErrorCode.BadParameter, 'upload URL: a file was already uploaded with it; ask /file/upload/* for a new URL');

    const quota = await this.objects.quotaOf(appId);
    const room = quota === null ? Infinity : Math.max(quota.limit - quota.used, 0);
    const limit = Math.min(claims.m, room);
    const quotaRefusal = () =>
      refused(507, ErrorCode.StorageError, `storage quota of app ${appId} (${quota?.limit} bytes) has no room for this file; delete files or ask the operator for more`);

    let received: ReceivedUpload | null = null;
    try {
      const file = await upload.openFile(limit);
      if (!file) return refused(400, ErrorCode.BadParameter, 'multipart body: has no file part (send the bytes in a part named "file")');
      received = await storage.receive(file.content, limit);
      const contentType = acceptedContentType(row.contentClass, await sniffContentType(received.head));
      if (contentType === null) {
        return refused(415, ErrorCode.BadParameter, `file: the bytes are not ${row.contentClass === 'audio' ? 'audio' : `an ${row.contentClass}`}, as this upload URL requires`);
      }
      const toStore = received;
      const refusal = await this.repository.store(
        appId,
        claims.k,
        { size: toStore.size, contentType, fileName: sanitizeFileName(file.fileName) },
        this.clock.now(),
        this.config.files.appQuotaBytes,
        () => storage.place(toStore, { appId, objectKey: claims.k }),
      );
      if (refusal === 'quota') return quotaRefusal();
      if (refusal === 'already-stored') return refused(409, ErrorCode.BadParameter, 'upload URL: a file was already uploaded with it; ask /file/upload/* for a new URL');
      if (refusal === 'missing') return refused(404, ErrorCode.BadParameter, 'upload URL: its reservation is gone; ask /file/upload/* for a new URL');
      received = null;
      return { status: 200, code: 200, message: null, data: { size: toStore.size, content_type: contentType } };
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        return limit < claims.m ? quotaRefusal() : refused(413, ErrorCode.BadParameter, `file: larger than this upload URL allows (${claims.m} bytes)`);
      }
      if (error instanceof MalformedMultipartError) return refused(400, ErrorCode.BadParameter, error.message);
      if (isClientAbort(error)) {
        return refused(400, ErrorCode.BadParameter, 'file: the upload was interrupted');
      }
      this.logger.error(`upload of ${appId}/${claims.k} failed: ${(error as Error).stack ?? error}`);
      return refused(500, ErrorCode.StorageError, 'file: could not be stored; try again');
    } finally {
      if (received) await storage.discard(received);
    }
  }

  private async verifyTicket(appId: string, ticket: string): Promise<UploadTicketClaims | null> {
    try {
      const claims = await this.signer.verify<UploadTicketClaims>(appId, 'upload', ticket);
      const valid = claims && claims.a === appId && typeof claims.k === 'string' && Number.isSafeInteger(claims.m) && Number.isSafeInteger(claims.e);
      return valid ? claims : null;
    } catch {
      // an app that does not exist (any more)
      return null;
    }
  }
}
