import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { AppConfig, FileSettings, loadConfig } from '../../src/common/config/config';
import { TestServer, TestUser } from '../server';

export const PUBLIC_URL = 'http://files.test';

/** Server settings for file tests: a private data directory, small limits so limits are cheap to pass. */
export function fileTestConfig(files: Partial<FileSettings> = {}): Partial<AppConfig> {
  return {
    // Inside the run's scratch directory (test/global-setup.ts), so the run's teardown removes it.
    dataDir: mkdtempSync(join(process.env.IM_TEST_SCRATCH ?? tmpdir(), 'im-files-')),
    files: { ...loadConfig({}).files, publicUrl: PUBLIC_URL, maxFileBytes: 256 * 1024, maxImageBytes: 128 * 1024, ...files },
  };
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under the server's storage root, or under one of its folders (`tmp`, `objects`, `derived`). */
export function filesOnDisk(server: TestServer, under = ''): string[] {
  const root = join(server.config.dataDir, 'files', under);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The path and query of one of our absolute URLs, for inject(). */
export const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

export function multipartBody(fields: Record<string, string>, file: Buffer, fileName = 'photo.png', boundary = 'x-boundary-Zz9'): { payload: Buffer; contentType: string } {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(file, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface UploadAnswer {
  upload_url: string;
  upload_method: string;
  oss_body_param: Record<string, string>;
  download_url: string;
}

/** Sends bytes to an upload URL as MaxIM clients do (multipart POST), or as a raw PUT. */
export async function sendUpload(
  server: TestServer,
  target: UploadAnswer,
  data: Buffer | Readable,
  options: { method?: 'POST' | 'PUT'; fileName?: string; headers?: Record<string, string> } = {},
) {
  const url = pathOf(target.upload_url);
  if ((options.method ?? 'POST') === 'PUT') {
    const response = await server.app.inject({ method: 'PUT', url, payload: data, headers: { 'content-type': 'application/octet-stream', ...options.headers } });
    return { status: response.statusCode, body: response.json() };
  }
  const { payload, contentType } = multipartBody(target.oss_body_param, data as Buffer, options.fileName);
  const response = await server.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, ...options.headers } });
  return { status: response.statusCode, body: response.json() };
}

/** GETs one of our download URLs as `user` (or with no token), answering the raw response. */
export async function fetchDownload(server: TestServer, appId: string, url: string, user: TestUser | string | null, headers: Record<string, string> = {}) {
  const token = user === null ? undefined : typeof user === 'string' ? user : user.token;
  return server.app.inject({ method: 'GET', url: pathOf(url), headers: { app_id: appId, ...(token ? { 'access-token': token } : {}), ...headers } });
}

export const redPng = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
export const blueJpeg = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 255 } } }).jpeg().toBuffer();
