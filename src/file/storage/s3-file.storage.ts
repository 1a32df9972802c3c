import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import type { FileSettings } from '../../common/config/config';
import { Clock } from '../../common/clock';
import { OBJECT_KEY_PATTERN } from '../file.types';
import { APP_ID_PATTERN, FileStorage, ObjectAddress, ServeAs, UploadTarget, VARIANT_PATTERN } from './file-storage';

/**
 * S3-compatible object storage through the AWS SDK v3. Clients upload straight to the bucket with
 * a presigned POST (`oss_body_param` holds the signed form fields) and download through presigned
 * GETs the API answers 302 with. `S3_ENDPOINT` and `S3_FORCE_PATH_STYLE` make MinIO, Ceph, R2 and
 * the like work. Keys are `<app>/<kind>/<32 hex>`, variants `<app>/derived/<kind>/<32 hex>/<variant>`.
 */
export class S3FileStorage extends FileStorage {
  readonly name = 's3' as const;
  readonly client: S3Client;

  constructor(
    private readonly settings: FileSettings,
    private readonly clock: Clock,
  ) {
    super();
    const s3 = settings.s3;
    this.client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint ?? undefined,
      forcePathStyle: s3.forcePathStyle,
      // Without static keys the client resolves the default provider chain itself.
      credentials: s3.accessKeyId ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
    });
  }

  /** The bucket's POST URL: path style (`<endpoint>/<bucket>`) or virtual-hosted (`<bucket>.<host>`). */
  bucketUrl(): string {
    const s3 = this.settings.s3;
    const base = new URL(s3.endpoint ?? `https://s3.${s3.region}.amazonaws.com`);
    if (s3.forcePathStyle) return `${base.origin}${base.pathname.replace(/\/+$/, '')}/${s3.bucket}`;
    return `${base.protocol}//${s3.bucket}.${base.host}${base.pathname.replace(/\/+$/, '')}`;
  }

  async uploadTarget(address: ObjectAddress, _ticket: string, maxBytes: number, expiresAt: Date): Promise<UploadTarget> {
    // The policy pins the bucket and the exact key, and S3 refuses a body outside 0..maxBytes.
    const { fields } = await createPresignedPost(this.client, {
      Bucket: this.settings.s3.bucket,
      Key: this.keyOf(address),
      Conditions: [['content-length-range', 0, maxBytes], ['starts-with', '$Content-Type', '']],
      Expires: Math.max(1, Math.round((expiresAt.getTime() - this.clock.now().getTime()) / 1000)),
    });
    return { upload_url: this.bucketUrl(), upload_method: 'POST', oss_body_param: fields };
  }

  async stat(address: ObjectAddress): Promise<{ size: number } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.s3.bucket, Key: this.keyOf(address) }));
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NotFound')) return null;
      throw error;
    }
  }

  async readHead(address: ObjectAddress, length: number): Promise<Buffer> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.s3.bucket, Key: this.keyOf(address), Range: `bytes=0-${length - 1}` }));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  async read(address: ObjectAddress): Promise<Buffer> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.s3.bucket, Key: this.keyOf(address) }));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  async write(address: ObjectAddress, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.s3.bucket, Key: this.keyOf(address), Body: data, ContentType: contentType }));
  }

  async remove(appId: string, objectKey: string): Promise<void> {
    const bucket = this.settings.s3.bucket;
    const keys = [this.keyOf({ appId, objectKey })];
    const derived = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${this.derivedPrefix(appId, objectKey)}/` }));
    for (const item of derived.Contents ?? []) if (item.Key) keys.push(item.Key);
    await this.client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
  }

  presignedDownload(address: ObjectAddress, serveAs: ServeAs): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.settings.s3.bucket,
      Key: this.keyOf(address),
      ResponseContentType: serveAs.contentType,
      ResponseContentDisposition: serveAs.disposition,
    });
    return getSignedUrl(this.client, command, { expiresIn: this.settings.urlTtlSeconds, signingDate: this.clock.now() });
  }

  stream(): Readable {
    throw new Error('S3 objects are downloaded through presigned URLs, not streamed by the server');
  }

  /** The bucket key of an address; refuses anything that is not a generated key. */
  keyOf(address: ObjectAddress): string {
    if (address.variant !== undefined) {
      if (!VARIANT_PATTERN.test(address.variant)) throw new Error(`not a variant name: ${JSON.stringify(address.variant)}`);
      return `${this.derivedPrefix(address.appId, address.objectKey)}/${address.variant}`;
    }
    if (!APP_ID_PATTERN.test(address.appId) || !OBJECT_KEY_PATTERN.test(address.objectKey)) throw new Error(`not a storage address: ${JSON.stringify(address)}`);
    return `${address.appId}/${address.objectKey}`;
  }

  private derivedPrefix(appId: string, objectKey: string): string {
    if (!APP_ID_PATTERN.test(appId) || !OBJECT_KEY_PATTERN.test(objectKey)) throw new Error(`not a storage address: ${appId}/${objectKey}`);
    return `${appId}/derived/${objectKey}`;
  }
}
