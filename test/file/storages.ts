import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { FileSettings } from '../../src/common/config/config';
import { S3FileStorage } from '../../src/file/storage/s3-file.storage';
import { FileStorage } from '../../src/file/storage/file-storage';
import { TestServer, TestUser } from '../server';
import { fileTestConfig, multipartBody, pathOf, UploadAnswer } from './fixtures';

export const S3_BUCKET = 'im-files';

/** A local S3-compatible server (s3rver) on a free port with one empty bucket; s3rver's own default account. */
export async function startS3Server(): Promise<{ settings: FileSettings['s3']; close(): Promise<void> }> {
  const directory = mkdtempSync(join(process.env.IM_TEST_SCRATCH ?? tmpdir(), 'im-s3-'));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: S3_BUCKET }] });
  const { port } = (await s3.run()) as { port: number };
  return {
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket: S3_BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    close: () => s3.close(),
  };
}

/** A download as the client ends up seeing it: on S3 the 302 is followed to the presigned GET. */
export interface Downloaded {
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  json(): any;
}

/**
 * One storage backend the file specs run against, and how a client talks to it: uploads go to the
 * issued form (our own endpoint, or the bucket with the presigned POST fields), downloads follow
 * the redirect to the object store.
 */
export interface StorageUnderTest {
  name: 'local' | 's3';
  /** fileTestConfig() for this storage. */
  config(files?: Partial<FileSettings>): ReturnType<typeof fileTestConfig>;
  /** Posts the issued form as MaxIM clients do: the `oss_body_param` fields, then the bytes in a `file` part. */
  upload(server: TestServer, target: UploadAnswer, data: Buffer, fileName?: string): Promise<{ ok: boolean; status: number; body: string }>;
  download(server: TestServer, appId: string, url: string, user: TestUser | string | null, headers?: Record<string, string>): Promise<Downloaded>;
  /** Whether the original bytes of `objectKey` are in storage. */
  holds(server: TestServer, appId: string, objectKey: string): Promise<boolean>;
  close(): Promise<void>;
}

async function injectUpload(server: TestServer, target: UploadAnswer, data: Buffer, fileName?: string) {
  const { payload, contentType } = multipartBody(target.oss_body_param, data, fileName);
  const response = await server.app.inject({ method: 'POST', url: pathOf(target.upload_url), payload, headers: { 'content-type': contentType } });
  return { ok: response.statusCode === 200, status: response.statusCode, body: response.body };
}

async function injectDownload(server: TestServer, appId: string, url: string, user: TestUser | string | null, headers: Record<string, string> = {}) {
  const token = user === null ? undefined : typeof user === 'string' ? user : user.token;
  return server.app.inject({ method: 'GET', url: pathOf(url), headers: { app_id: appId, ...(token ? { 'access-token': token } : {}), ...headers } });
}

export const localStorage = (): StorageUnderTest => ({
  name: 'local',
  config: (files) => fileTestConfig(files),
  upload: injectUpload,
  download: injectDownload,
  holds: async (server, appId, objectKey) => existsSync(join(server.config.dataDir, 'files', 'objects', appId, objectKey)),
  close: async () => undefined,
});

/** S3 through s3rver; call `start()` in beforeAll before `config()`. */
export function s3Storage(): StorageUnderTest & { start(): Promise<void> } {
  let s3: Awaited<ReturnType<typeof startS3Server>> | null = null;
  return {
    name: 's3',
    async start() {
      s3 = await startS3Server();
    },
    config: (files) => fileTestConfig({ storage: 's3', s3: s3!.settings, ...files }),
    async upload(_server, target, data, fileName) {
      const form = new FormData();
      for (const [name, value] of Object.entries(target.oss_body_param)) form.append(name, value);
      form.append('file', new File([new Uint8Array(data)], fileName ?? 'photo.png', { type: 'application/octet-stream' }));
      const response = await fetch(target.upload_url, { method: 'POST', body: form });
      return { ok: response.ok, status: response.status, body: await response.text() };
    },
    async download(server, appId, url, user, headers = {}) {
      const answer = await injectDownload(server, appId, url, user, headers);
      if (answer.statusCode !== 302) return answer;
      const range = headers.range ? { range: headers.range } : undefined;
      const response = await fetch(answer.headers.location as string, { headers: range });
      const rawPayload = Buffer.from(await response.arrayBuffer());
      return { statusCode: response.status, headers: Object.fromEntries(response.headers), rawPayload, json: () => JSON.parse(rawPayload.toString()) };
    },
    async holds(server, appId, objectKey) {
      return (await (server.app.get(FileStorage) as S3FileStorage).stat({ appId, objectKey })) !== null;
    },
    close: async () => {
      await s3?.close();
    },
  };
}

/** Both storages, for `describe.each`: local disk and S3 (s3rver). */
export const storagesUnderTest = () => [localStorage(), s3Storage()] as const;
