import type { Readable } from 'node:stream';

/** Where the client sends the bytes: MaxIM's `{upload_url, upload_method, oss_body_param}`. */
export interface UploadTarget {
  upload_url: string;
  upload_method: 'POST' | 'PUT';
  oss_body_param: Record<string, string>;
}

/** Headers an object is served with; the object store repeats them on presigned downloads. */
export interface ServeAs {
  contentType: string;
  disposition: string;
}

/** Where an object lives: the app's folder, then the server-generated key (`chat/<32 hex>`). */
export interface ObjectAddress {
  appId: string;
  objectKey: string;
  /** a derived variant (thumbnail), or undefined for the original bytes */
  variant?: string;
}

/**
 * One interface for the byte stores: local disk (the server accepts uploads itself) and
 * S3-compatible object storage (clients upload with a presigned POST and download through a
 * presigned GET). Addresses are always built from validated app ids and server-generated keys.
 */
export abstract class FileStorage {
  abstract readonly name: 'local' | 's3';

  /** The signed destination of one upload; `ticket` is our own signed upload token (local), `maxBytes` the size limit. */
  abstract uploadTarget(address: ObjectAddress, ticket: string, maxBytes: number, expiresAt: Date): Promise<UploadTarget>;

  /** Size of the stored bytes, or null when there are none. */
  abstract stat(address: ObjectAddress): Promise<{ size: number } | null>;

  /** Up to `length` bytes from the start (for sniffing the content type). */
  abstract readHead(address: ObjectAddress, length: number): Promise<Buffer>;

  /** All bytes (thumbnail sources, bounded by the image size limit). */
  abstract read(address: ObjectAddress): Promise<Buffer>;

  /** Writes a derived variant (thumbnails); originals arrive through uploads only. */
  abstract write(address: ObjectAddress, data: Buffer, contentType: string): Promise<void>;

  /** Removes an object's bytes and every derived variant. */
  abstract remove(appId: string, objectKey: string): Promise<void>;

  /** A presigned URL to send the client to, or null when the server streams the bytes itself. */
  abstract presignedDownload(address: ObjectAddress, serveAs: ServeAs): Promise<string | null>;

  /** The bytes `start`..`end` (inclusive) as a stream; local storage only. */
  abstract stream(address: ObjectAddress, range?: { start: number; end: number }): Readable;
}

/** App ids the server generates are short base64url/hex strings; anything else never reaches a path. */
export const APP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const VARIANT_PATTERN = /^[a-z0-9][a-z0-9.-]{0,63}$/;
