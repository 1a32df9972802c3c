import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { contentDisposition } from './file-name';
import { isInlineType } from './file-content';
import { FileAccessService } from './file-access.service';
import { FileObjectService } from './file-object.service';
import { FileObjectRow } from './file.repository';
import { FileSigner } from './file-signer.service';
import { FileThumbnailService } from './file-thumbnail.service';
import { FileDownloadAvatarQueryDto, FileDownloadChatQueryDto } from './file.dto';
import { FileSignClaims, OBJECT_KEY_PATTERN } from './file.types';
import { FileStorage, ObjectAddress } from './storage/file-storage';
import { StoreTokenService } from './store-token.service';

/** How to answer a download: a redirect to a presigned object-store URL, or bytes the server streams. */
export type Delivery =
  | { kind: 'redirect'; url: string }
  | { kind: 'stream'; address: ObjectAddress; size: number; contentType: string; disposition: string; etag: string };

const AUDIO_FORMATS: Record<string, 'amr' | 'mp3'> = { 'audio/amr': 'amr', 'audio/mpeg': 'mp3' };

/**
 * GET /file/download/*: resolves who asks (the access-token header, or the `store_token` query
 * parameter when no token is sent), checks they may read the file, and picks the bytes: the
 * original, a thumbnail or a cover. Content types are the ones sniffed at upload.
 */
@Injectable()
export class FileDownloadService {
  constructor(
    private readonly signer: FileSigner,
    private readonly storeTokens: StoreTokenService,
    private readonly access: FileAccessService,
    private readonly objects: FileObjectService,
    private readonly thumbnails: FileThumbnailService,
    private readonly storage: FileStorage,
  ) {}

  async chat(caller: CallerContext, query: FileDownloadChatQueryDto): Promise<Delivery> {
    const reader = await this.readerOf(caller, query.store_token);
    const claims = await this.signer.verify<FileSignClaims>(caller.appId, 'file', query.file_sign);
    if (!claims || typeof claims.k !== 'string' || !OBJECT_KEY_PATTERN.test(claims.k)) {
      throw ApiError.badParameter('file_sign: is not a valid file signature of this app');
    }
    await this.access.assertMaySee(reader, claims);
    const object = await this.objects.stored(caller.appId, claims.k);
    if (!object) throw ApiError.badParameter('file_sign: the file has not been uploaded, or was deleted');
    if (query.format !== undefined) this.checkAudioFormat(object, query.format);
    return this.deliver(object, query);
  }

  /** Avatars are visible to every user of the app, as profiles are. */
  async avatar(caller: CallerContext, query: FileDownloadAvatarQueryDto): Promise<Delivery> {
    await this.readerOf(caller, query.store_token);
    if (!/^avatar\//.test(query.object_name) || !OBJECT_KEY_PATTERN.test(query.object_name)) {
      throw ApiError.badParameter('object_name: is not an avatar name this server issued (avatar/ and 32 hex digits)');
    }
    const object = await this.objects.stored(caller.appId, query.object_name);
    if (!object) throw ApiError.badParameter(`object_name: no avatar ${query.object_name} is stored in this app`);
    return this.deliver(object, query);
  }

  /** The caller, or the user of the store token when no access-token was sent. */
  private async readerOf(caller: CallerContext, storeToken: string | undefined): Promise<CallerContext> {
    if (caller.tokenKind !== null) return caller;
    if (storeToken === undefined) {
      throw new ApiError(ErrorCode.TokenMissing, 'access-token header or store_token query parameter: one is required to download files');
    }
    const holder = await this.storeTokens.verify(caller.appId, storeToken);
    return new CallerContext(caller.app, holder.tokenId, 'user', holder.userId, null, null);
  }

  /** No audio is converted (the server carries no codec): `format` must name the stored one. */
  private checkAudioFormat(object: FileObjectRow, format: 'amr' | 'mp3'): void {
    const stored = AUDIO_FORMATS[object.contentType ?? ''];
    if (!object.contentType?.startsWith('audio/')) throw ApiError.badParameter(`format: applies to audio files; this file is ${object.contentType}`);
    if (stored !== format) {
      throw ApiError.badParameter(`format: the file is stored as ${stored ?? object.contentType}; converting it to ${format} is not supported`);
    }
  }

  private async deliver(object: FileObjectRow, query: { image_type?: 1 | 2 | 3; w?: number; h?: number }): Promise<Delivery> {
    const address: ObjectAddress = { appId: object.appId, objectKey: object.objectKey };
    let contentType = object.contentType ?? 'application/octet-stream';
    let name = object.fileName;
    if (query.image_type === 2 || query.image_type === 3) {
      const thumbnail = await this.thumbnails.thumbnailOf(object, query.image_type, query.w, query.h);
      address.variant = thumbnail.variant;
      contentType = thumbnail.contentType;
      name = name ? `${name.replace(/\.[^.]*$/, '')}-${thumbnail.variant}` : thumbnail.variant;
    }
    const disposition = contentDisposition(isInlineType(contentType) ? 'inline' : 'attachment', name);
    const url = await this.storage.presignedDownload(address, { contentType, disposition });
    if (url !== null) return { kind: 'redirect', url };
    const found = await this.storage.stat(address);
    if (!found) throw new ApiError(ErrorCode.StorageError, 'the bytes of this file are missing from storage');
    const etag = `"${object.objectKey.slice(object.objectKey.indexOf('/') + 1)}${address.variant ? `-${address.variant}` : ''}"`;
    return { kind: 'stream', address, size: found.size, contentType, disposition, etag };
  }
}
