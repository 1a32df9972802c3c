import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { ApiError } from '../common/errors/error-codes';
import { FileObjectService } from './file-object.service';
import { FileRepository } from './file.repository';
import { FileSigner } from './file-signer.service';
import { FileUrls } from './file-urls';
import { ConversationType, FileSignClaims, OBJECT_KEY_PATTERN } from './file.types';
import { FileStorage } from './storage/file-storage';

/** A transaction of the caller's: anything that carries its TypeORM EntityManager. */
export interface FileTransaction {
  readonly manager: EntityManager;
}

export interface RetainOptions {
  /** Run in this transaction (the one that stores the message or record holding the reference); any object with a TypeORM `manager`, such as GroupTransaction. */
  transaction?: FileTransaction;
  /** Refuse a file uploaded or forwarded to another conversation. */
  conversation?: { toType: ConversationType; toId: number };
  /** The field named in error messages. */
  field?: string;
}

/**
 * Which stored objects are still in use. Whatever holds a URL of ours (a message attachment, a
 * group file record) retains the object under a referrer name of its own (`message:<id>`,
 * `group_file:<id>`) and releases it when it goes; an object whose last reference is released is
 * deleted with its bytes. Objects never referenced (an avatar, a file uploaded but never sent)
 * are kept. README "References" is the contract for the message module.
 */
@Injectable()
export class FileReferenceService {
  private readonly logger = new Logger(FileReferenceService.name);

  constructor(
    private readonly repository: FileRepository,
    private readonly objects: FileObjectService,
    private readonly signer: FileSigner,
    private readonly urls: FileUrls,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  /**
   * Retains the object a download URL of ours names and answers its key; answers null, retaining
   * nothing, for URLs that are not ours (files kept elsewhere). A URL of ours with a bad signature,
   * of another conversation, or of a file that is not stored is refused with 10002.
   */
  async retainUrl(appId: string, url: string, referrer: string, options: RetainOptions = {}): Promise<string | null> {
    const field = options.field ?? 'url';
    const parsed = this.urls.parse(url);
    if (!parsed) return null;
    let objectKey: string;
    if ('fileSign' in parsed) {
      const claims = await this.signer.verify<FileSignClaims>(appId, 'file', parsed.fileSign);
      if (!claims || typeof claims.k !== 'string') throw ApiError.badParameter(`${field}: its file_sign is not a valid file signature of this app`);
      const wanted = options.conversation;
      if (wanted && (claims.t !== wanted.toType || claims.i !== wanted.toId)) {
        throw ApiError.badParameter(
          `${field}: the file was uploaded for another conversation; upload it with to_type ${wanted.toType} and to_id ${wanted.toId}, or forward it there with /file/upload/forward`,
        );
      }
      objectKey = claims.k;
    } else {
      objectKey = parsed.objectName;
    }
    if (!OBJECT_KEY_PATTERN.test(objectKey)) throw ApiError.badParameter(`${field}: does not name a file of this app`);
    await this.retain(appId, objectKey, referrer, options);
    return objectKey;
  }

  /** Adds `referrer` to the object's references (idempotent); 10002 when the object is not stored. */
  async retain(appId: string, objectKey: string, referrer: string, options: RetainOptions = {}): Promise<void> {
    const field = options.field ?? 'url';
    // With S3 the first use is when the server learns that the bytes arrived.
    if (!(await this.objects.stored(appId, objectKey, options.transaction?.manager))) {
      throw ApiError.badParameter(`${field}: the file has not been uploaded, or was deleted`);
    }
    if (!(await this.repository.addReference(appId, objectKey, referrer, this.clock.now(), options.transaction?.manager))) {
      throw ApiError.badParameter(`${field}: the file has not been uploaded, or was deleted`);
    }
  }

  /**
   * Drops every reference the referrers hold. Outside a transaction the objects left unreferenced
   * are deleted at once; inside one, call `purge(appId, keys)` with the answer after it commits.
   */
  async release(appId: string, referrers: string[], transaction?: FileTransaction): Promise<string[]> {
    const keys = await this.repository.removeReferences(appId, referrers, this.clock.now(), transaction?.manager);
    if (!transaction) await this.purge(appId, keys);
    return keys;
  }

  /** Deletes those of the objects that nothing references any more, rows first, then bytes; storage failures are logged, never thrown. */
  async purge(appId: string, objectKeys: string[]): Promise<void> {
    for (const objectKey of objectKeys) {
      if (!(await this.repository.deleteIfUnreferenced(appId, objectKey))) continue;
      try {
        await this.storage.remove(appId, objectKey);
      } catch (error) {
        this.logger.error(`could not delete the bytes of ${appId}/${objectKey}: ${(error as Error).message}`);
      }
    }
  }

  referrersOf(appId: string, objectKey: string): Promise<string[]> {
    return this.repository.referrersOf(appId, objectKey);
  }
}
