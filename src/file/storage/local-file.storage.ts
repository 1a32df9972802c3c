import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { finished, Readable } from 'node:stream';
import { OBJECT_KEY_PATTERN } from '../file.types';
import { APP_ID_PATTERN, FileStorage, ObjectAddress, ServeAs, UploadTarget, VARIANT_PATTERN } from './file-storage';

/** The body grew past its limit while it was being received. */
export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`upload is larger than ${limit} bytes`);
  }
}

/** An upload received into a temporary file: its size and first bytes (for sniffing). */
export interface ReceivedUpload {
  tempPath: string;
  size: number;
  head: Buffer;
}

const HEAD_BYTES = 4100;

/**
 * Objects on local disk under `<DATA_DIR>/files`: `objects/<app>/<kind>/<key>`, derived variants
 * under `derived/<app>/<kind>/<key>/<variant>`, uploads in flight under `tmp/`. The server itself
 * accepts the uploads (POST or PUT to `/file/object?ticket=<signed ticket>`), so uploads stream to a temporary
 * file, are cut off as soon as they pass their limit, and are renamed into place only once stored.
 */
export class LocalFileStorage extends FileStorage {
  readonly name = 'local' as const;
  readonly root: string;

  constructor(
    dataDir: string,
    private readonly publicUrl: string,
  ) {
    super();
    this.root = resolve(dataDir, 'files');
  }

  async uploadTarget(_address: ObjectAddress, ticket: string): Promise<UploadTarget> {
    return { upload_url: `${this.publicUrl}/file/object?ticket=${ticket}`, upload_method: 'POST', oss_body_param: {} };
  }

  /**
   * Streams `source` into a new temporary file, stopping as soon as it passes `limit` bytes; the
   * partial file is deleted on any failure. The source is paused, never destroyed, on refusal, so
   * the client still reads the answer (which closes the connection).
   */
  async receive(source: Readable | AsyncIterable<Buffer>, limit: number): Promise<ReceivedUpload> {
    const tempDir = join(this.root, 'tmp');
    await mkdir(tempDir, { recursive: true });
    const tempPath = join(tempDir, `${randomBytes(16).toString('hex')}.part`);
    const input = source instanceof Readable ? source : Readable.from(source);
    const file = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
    let size = 0;
    const head: Buffer[] = [];
    let headLength = 0;
    try {
      await new Promise<void>((resolvePromise, reject) => {
        const fail = (error: Error) => {
          input.off('data', onData);
          input.pause();
          reject(error);
        };
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) return fail(new UploadTooLargeError(limit));
          if (headLength < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headLength));
            headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
          }
          if (!file.write(chunk)) {
            input.pause();
            file.once('drain', () => input.resume());
          }
        };
        input.on('data', onData);
        // finished() also settles for a request whose client hung up before we got here (its
        // 'aborted' and 'close' already fired): waiting for events would hold the .part file for ever.
        finished(input, (error) => {
          if (!error) file.end(() => resolvePromise());
          else fail((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' ? new Error('aborted') : error);
        });
        file.once('error', fail);
      });
    } catch (error) {
      if (!file.closed) {
        // A write still queued when the client hung up fails once more on the destroyed file: that
        // error must neither crash the process nor (through once()) skip the unlink below.
        file.on('error', () => undefined);
        await new Promise<void>((closed) => file.destroy().once('close', () => closed()));
      }
      await unlink(tempPath).catch(() => undefined);
      throw error;
    }
    return { tempPath, size, head: Buffer.concat(head) };
  }

  /** Moves a received upload to its final place (same file system: an atomic rename). */
  async place(upload: ReceivedUpload, address: ObjectAddress): Promise<void> {
    const target = this.pathOf(address);
    await mkdir(dirname(target), { recursive: true });
    await rename(upload.tempPath, target);
  }

  async discard(upload: ReceivedUpload): Promise<void> {
    await unlink(upload.tempPath).catch(() => undefined);
  }

  async stat(address: ObjectAddress): Promise<{ size: number } | null> {
    try {
      const info = await stat(this.pathOf(address));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async readHead(address: ObjectAddress, length: number): Promise<Buffer> {
    const handle = await open(this.pathOf(address), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  read(address: ObjectAddress): Promise<Buffer> {
    return readFile(this.pathOf(address));
  }

  async write(address: ObjectAddress, data: Buffer): Promise<void> {
    const target = this.pathOf(address);
    await mkdir(dirname(target), { recursive: true });
    // Written aside and renamed, so a concurrent reader sees the whole variant or none.
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    await writeFile(temp, data, { mode: 0o600 });
    await rename(temp, target);
  }

  async remove(appId: string, objectKey: string): Promise<void> {
    await rm(this.pathOf({ appId, objectKey }), { force: true });
    await rm(this.derivedDir(appId, objectKey), { recursive: true, force: true });
  }

  async presignedDownload(_address: ObjectAddress, _serveAs: ServeAs): Promise<string | null> {
    return null;
  }

  stream(address: ObjectAddress, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(address), range ? { start: range.start, end: range.end } : {});
  }

  /** The file of an address; refuses anything that is not a generated key inside the storage root. */
  pathOf(address: ObjectAddress): string {
    if (!APP_ID_PATTERN.test(address.appId) || !OBJECT_KEY_PATTERN.test(address.objectKey)) {
      throw new Error(`not a storage address: ${JSON.stringify(address)}`);
    }
    if (address.variant !== undefined) {
      if (!VARIANT_PATTERN.test(address.variant)) throw new Error(`not a variant name: ${JSON.stringify(address.variant)}`);
      return this.inside(join(this.derivedDir(address.appId, address.objectKey), address.variant));
    }
    return this.inside(join(this.root, 'objects', address.appId, address.objectKey));
  }

  private derivedDir(appId: string, objectKey: string): string {
    if (!APP_ID_PATTERN.test(appId) || !OBJECT_KEY_PATTERN.test(objectKey)) throw new Error(`not a storage address: ${appId}/${objectKey}`);
    return this.inside(join(this.root, 'derived', appId, objectKey));
  }

  private inside(path: string): string {
    const full = resolve(path);
    if (!full.startsWith(this.root + sep)) throw new Error(`path escapes the storage root: ${path}`);
    return full;
  }
}
