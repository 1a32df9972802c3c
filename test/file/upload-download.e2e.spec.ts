import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { Clock } from '../../src/common/clock';
import { FileUploadService } from '../../src/file/file-upload.service';
import { FileStorage } from '../../src/file/storage/file-storage';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { storagesUnderTest } from './storages';
import { pathOf, redPng, blueJpeg, sendUpload, sha256, UploadAnswer } from './fixtures';

const filesRoot = (server: TestServer) => join(server.config.dataDir, 'files');
/** Every file under the storage root (objects, derived variants, temporary uploads). */
function filesOnDisk(server: TestServer, under = ''): string[] {
  const root = join(filesRoot(server), under);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(storagesUnderTest().map((storage) => [storage.name, storage] as const))(`${FileUploadService.name} on %s storage`, (_name, storage) => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let foreigner: TestUser;

  beforeAll(async () => {
    if ('start' in storage) await storage.start();
    server = await startTestServer(storage.config());
    app = await createTenant(server, 'files app');
    otherApp = await createTenant(server, 'other app');
    [alice, bob, carol] = await Promise.all([createUser(server, app), createUser(server, app), createUser(server, app)]);
    foreigner = await createUser(server, otherApp);
  });
  afterAll(async () => {
    await server.close();
    await storage.close();
  });
  const onlyOn = (name: typeof storage.name) => (storage.name === name ? it : it.skip);
  afterEach(() => jest.restoreAllMocks());

  const get = (url: string, user: TestUser | null, headers?: Record<string, string>) =>
    server.request({ url, appId: app.appId, token: user?.token ?? app.adminToken, headers });
  const chatUrl = async (from: TestUser, to: number, fileType = 100, toType = 1): Promise<UploadAnswer> => {
    const response = await get(`/file/upload/chat?file_type=${fileType}&to_id=${to}&to_type=${toType}`, from);
    expect(response.body).toMatchObject({ code: 200, message: null });
    return response.body.data;
  };
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const randomBytes = (length: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 7919 + 13) % 256));

  describe('GET /file/upload/chat, the upload and GET /file/download/chat', () => {
    onlyOn('local')('answers a signed upload URL and a download URL; the bytes come back unchanged to both users of the conversation', async () => {
      const target = await chatUrl(alice, bob.userId);
      expect(target).toEqual({
        upload_url: expect.stringMatching(/^http:\/\/files\.test\/file\/object\?ticket=[\w-]+\.[\w-]{43}$/),
        upload_method: 'POST',
        oss_body_param: {},
        download_url: expect.stringMatching(/^http:\/\/files\.test\/file\/download\/chat\?file_sign=[\w-]+\.[\w-]{43}$/),
      });
      const bytes = randomBytes(100_000);
      const uploaded = await sendUpload(server, target, bytes, { fileName: 'report.bin' });
      expect(uploaded).toEqual({ status: 200, body: { code: 200, message: null, data: { size: 100_000, content_type: 'application/octet-stream' }, Status: 'OK' } });
      for (const reader of [alice, bob]) {
        const download = await storage.download(server, app.appId, target.download_url, reader);
        expect(download.statusCode).toBe(200);
        expect(sha256(download.rawPayload)).toBe(sha256(bytes));
        expect(download.headers).toMatchObject({
          'content-type': 'application/octet-stream',
          'content-length': '100000',
          'content-disposition': `attachment; filename="report.bin"; filename*=UTF-8''report.bin`,
          'x-content-type-options': 'nosniff',
          'accept-ranges': 'bytes',
        });
      }
    });

    onlyOn('local')('accepts a raw PUT too, and takes the name from Content-Disposition', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = randomBytes(5000);
      const uploaded = await sendUpload(server, target, bytes, { method: 'PUT', headers: { 'content-disposition': `attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.txt` } });
      expect(uploaded.status).toBe(200);
      const download = await storage.download(server, app.appId, target.download_url, bob);
      expect(sha256(download.rawPayload)).toBe(sha256(bytes));
      expect(download.headers['content-disposition']).toBe(`attachment; filename="__.txt"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.txt`);
    });

    it('serves byte ranges: a range, an open range, and 416 past the end', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = randomBytes(10_000);
      await storage.upload(server, target, bytes);
      const range = (header: string) => storage.download(server, app.appId, target.download_url, bob, { range: header });
      const middle = await range('bytes=100-199');
      expect(middle.statusCode).toBe(206);
      expect(middle.headers['content-range']).toBe('bytes 100-199/10000');
      expect(middle.rawPayload.equals(bytes.subarray(100, 200))).toBe(true);
      const open = await range('bytes=9990-');
      expect(open.statusCode).toBe(206);
      expect(open.rawPayload.equals(bytes.subarray(9990))).toBe(true);
      const past = await range('bytes=20000-');
      expect(past.statusCode).toBe(416);
    });

    // s3rver reads `bytes=-10` as 0-10 and answers multiple ranges with one: suffix and multi-range are ours alone.
    onlyOn('local')('serves suffix ranges, names the size on 416, and answers the whole object to multiple ranges', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = randomBytes(10_000);
      await storage.upload(server, target, bytes);
      const range = (header: string) => storage.download(server, app.appId, target.download_url, bob, { range: header });
      const suffix = await range('bytes=-10');
      expect(suffix.headers['content-range']).toBe('bytes 9990-9999/10000');
      expect(suffix.rawPayload.equals(bytes.subarray(9990))).toBe(true);
      expect((await range('bytes=20000-')).headers['content-range']).toBe('bytes */10000');
      const many = await range('bytes=0-1,5-6');
      expect(many.statusCode).toBe(200);
      expect(many.rawPayload.length).toBe(10_000);
    });

    onlyOn('local')('stores one upload per URL: a second upload to the same URL is refused (409)', async () => {
      const target = await chatUrl(alice, bob.userId);
      expect((await sendUpload(server, target, randomBytes(10))).status).toBe(200);
      const again = await sendUpload(server, target, randomBytes(20));
      expect(again).toEqual({ status: 409, body: { code: 10002, message: 'upload URL: a file was already uploaded with it; ask /file/upload/* for a new URL', data: null } });
      expect((await storage.download(server, app.appId, target.download_url, bob)).rawPayload.length).toBe(10);
    });

    it('refuses a download before the upload', async () => {
      const target = await chatUrl(alice, bob.userId);
      expect((await storage.download(server, app.appId, target.download_url, bob)).json()).toEqual(bad('file_sign: the file has not been uploaded, or was deleted'));
    });

    onlyOn('local')('judges images by their bytes: an image URL refuses other bytes (415), whatever Content-Type the client claims', async () => {
      const target = await chatUrl(alice, bob.userId, 102);
      const refused = await sendUpload(server, target, Buffer.from('%PDF-1.4 not an image'), { method: 'PUT', headers: { 'content-type': 'image/png' } });
      expect(refused).toEqual({ status: 415, body: { code: 10002, message: 'file: the bytes are not an image, as this upload URL requires', data: null } });
      expect(filesOnDisk(server, 'tmp')).toEqual([]);
      const png = await redPng();
      expect((await sendUpload(server, target, png, { method: 'PUT', headers: { 'content-type': 'text/html' } })).body.data).toEqual({ size: png.length, content_type: 'image/png' });
      const download = await storage.download(server, app.appId, target.download_url, bob);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['content-disposition']).toMatch(/^inline; /);
    });

    onlyOn('local')('serves HTML uploaded as a chat file as an attachment of type application/octet-stream, never as a page', async () => {
      const target = await chatUrl(alice, bob.userId);
      await sendUpload(server, target, Buffer.from('<html><script>alert(1)</script></html>'), { fileName: 'page.html', method: 'PUT', headers: { 'content-type': 'text/html' } });
      const download = await storage.download(server, app.appId, target.download_url, bob);
      expect(download.headers).toMatchObject({
        'content-type': 'application/octet-stream',
        'content-disposition': expect.stringMatching(/^attachment; /),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    });

    onlyOn('local')('refuses bad parameters with their reason', async () => {
      expect((await get(`/file/upload/chat?file_type=105&to_id=${bob.userId}`, alice)).body).toEqual(
        bad('file_type: must be one of 100, 101, 102, 103, 104, 200, 201, 202, 203'),
      );
      expect((await get(`/file/upload/chat?file_type=100`, alice)).body).toEqual(bad('to_id: is required'));
      expect((await get(`/file/upload/chat?file_type=100&to_id=${bob.userId}&to_type=3`, alice)).body).toEqual(bad('to_type: must be 1 (user) or 2 (group)'));
      expect((await get(`/file/upload/chat?file_type=200&to_id=${bob.userId}&to_type=1`, alice)).body).toEqual(
        bad("file_type: 200 is a group shared file; send to_type 2 and the group's id as to_id"),
      );
      expect((await get(`/file/upload/chat?file_type=100&to_id=999999`, alice)).body).toEqual({ code: 10000, message: 'user 999999 does not exist in this app', data: null });
    });
  });

  describe('signatures', () => {
    onlyOn('local')('refuses an upload URL after it expires, and stores nothing', async () => {
      const target = await chatUrl(alice, bob.userId);
      const later = new Date(Date.now() + (server.config.files.urlTtlSeconds + 1) * 1000);
      jest.spyOn(server.app.get(Clock), 'now').mockReturnValue(later);
      const refused = await sendUpload(server, target, randomBytes(10));
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ code: 10010, message: expect.stringMatching(/^upload URL: expired at .*; ask \/file\/upload\/\* for a new URL$/), data: null });
      jest.restoreAllMocks();
      expect((await storage.download(server, app.appId, target.download_url, bob)).json().code).toBe(10002);
    });

    onlyOn('local')('refuses a tampered upload URL: another limit, another key, another signature', async () => {
      const target = await chatUrl(alice, bob.userId);
      const ticket = new URL(target.upload_url).searchParams.get('ticket')!;
      const [payload, signature] = ticket.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = (changes: object) => `${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
      const invalid = { status: 403, body: { code: 10010, message: 'upload URL: the signature is not valid; ask /file/upload/* for a new URL', data: null } };
      for (const tampered of [forged({ m: 10 ** 9 }), forged({ k: 'chat/00000000000000000000000000000000' }), forged({ e: claims.e + 3600 }), `${payload}.${'A'.repeat(43)}`, 'garbage', '']) {
        expect(await sendUpload(server, { ...target, upload_url: `http://files.test/file/object?ticket=${tampered}` }, randomBytes(10))).toEqual(invalid);
      }
      expect(filesOnDisk(server, 'tmp')).toEqual([]);
    });

    onlyOn('local')('refuses a tampered file_sign, and the file_sign of another app', async () => {
      const target = await chatUrl(alice, bob.userId);
      await sendUpload(server, target, randomBytes(10));
      const sign = new URL(target.download_url).searchParams.get('file_sign')!;
      const [payload, signature] = sign.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const carolsCopy = `${Buffer.from(JSON.stringify({ ...claims, i: carol.userId })).toString('base64url')}.${signature}`;
      const invalid = bad('file_sign: is not a valid file signature of this app');
      expect((await storage.download(server, app.appId, `http://files.test/file/download/chat?file_sign=${carolsCopy}`, carol)).json()).toEqual(invalid);
      const foreignTarget = (await server.request({ url: `/file/upload/avatar/user`, appId: otherApp.appId, token: foreigner.token })).body.data;
      expect(foreignTarget.download_url).toContain('object_name=avatar');
      const otherTarget = await server.request({
        url: `/file/upload/chat?file_type=100&to_id=${foreigner.userId}`,
        appId: otherApp.appId,
        token: foreigner.token,
      });
      await sendUpload(server, otherTarget.body.data, randomBytes(10));
      expect((await storage.download(server, app.appId, otherTarget.body.data.download_url, alice)).json()).toEqual(invalid);
    });
  });

  describe('size limits', () => {
    onlyOn('local')('cuts an upload off while it streams once it passes the limit, answers 413 and leaves no partial file', async () => {
      const target = await chatUrl(alice, bob.userId);
      const limit = server.config.files.maxFileBytes;
      const chunk = randomBytes(16 * 1024);
      let sent = 0;
      const total = limit * 8;
      const body = new Readable({
        read() {
          if (sent >= total) return this.push(null);
          sent += chunk.length;
          this.push(chunk);
        },
      });
      const refused = await sendUpload(server, target, body, { method: 'PUT' });
      expect(refused).toEqual({ status: 413, body: { code: 10002, message: `file: larger than this upload URL allows (${limit} bytes)`, data: null } });
      expect(sent).toBeLessThan(total);
      expect(filesOnDisk(server, 'tmp')).toEqual([]);
      expect((await storage.download(server, app.appId, target.download_url, bob)).json().code).toBe(10002);
      const [row] = await server.sql(`SELECT state FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, JSON.parse(Buffer.from(new URL(target.download_url).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k]);
      expect(row.state).toBe('pending');
    });

    onlyOn('local')('takes a file of exactly the limit', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = randomBytes(server.config.files.maxFileBytes);
      expect((await sendUpload(server, target, bytes, { method: 'PUT' })).status).toBe(200);
      expect(sha256((await storage.download(server, app.appId, target.download_url, alice)).rawPayload)).toBe(sha256(bytes));
    });

    onlyOn('local')('limits images to FILE_MAX_IMAGE_BYTES, multipart bodies included', async () => {
      const target = await chatUrl(alice, bob.userId, 102);
      const big = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: '#888' } }).png({ compressionLevel: 0 }).toBuffer();
      expect(big.length).toBeGreaterThan(server.config.files.maxImageBytes);
      const refused = await sendUpload(server, target, big);
      expect(refused).toEqual({ status: 413, body: { code: 10002, message: `file: larger than this upload URL allows (${server.config.files.maxImageBytes} bytes)`, data: null } });
      expect(filesOnDisk(server, 'tmp')).toEqual([]);
    });
  });

  describe('multipart bodies (parsed by @fastify/multipart)', () => {
    const post = (target: UploadAnswer, payload: Buffer, boundary = 'b0undary') =>
      server.app.inject({ method: 'POST', url: pathOf(target.upload_url), payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    const part = (disposition: string, body: Buffer | string) => Buffer.concat([Buffer.from(`--b0undary\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
    const end = Buffer.from('--b0undary--\r\n');

    onlyOn('local')('hands the file part on unchanged, even bytes that look like the boundary, after OSS fields; a part named "file" needs no filename', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = Buffer.concat([randomBytes(3000), Buffer.from('\r\n--b0undar'), randomBytes(100)]);
      const response = await post(target, Buffer.concat([part('name="key"', 'k'), part('name="policy"', 'p'), part('name="file"', bytes), end]));
      expect(response.statusCode).toBe(200);
      const download = await storage.download(server, app.appId, target.download_url, bob);
      expect(sha256(download.rawPayload)).toBe(sha256(bytes));
      expect(download.headers['content-disposition']).toBe(`attachment; filename="file"; filename*=UTF-8''file`);
    });

    onlyOn('local')('reads a UTF-8 filename as browsers send it (raw bytes; RFC 7578 has no filename* in forms)', async () => {
      const target = await chatUrl(alice, bob.userId);
      const response = await post(target, Buffer.concat([part('name="upload"; filename="报告.txt"', 'hello'), end]));
      expect(response.statusCode).toBe(200);
      const download = await storage.download(server, app.appId, target.download_url, bob);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="__.txt"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.txt`);
    });

    onlyOn('local')('refuses a body that ends inside the file part, a form without a file, and an oversized form field; no partial file stays', async () => {
      const cut = Buffer.concat([part('name="file"; filename="x.bin"', randomBytes(5000)), end]);
      const truncated = await post(await chatUrl(alice, bob.userId), cut.subarray(0, cut.length - 40));
      expect(truncated.statusCode).toBe(400);
      expect(truncated.json()).toEqual({ code: 10002, message: expect.stringMatching(/^multipart body: /), data: null });
      const noFile = await post(await chatUrl(alice, bob.userId), Buffer.concat([part('name="key"', 'k'), end]));
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json()).toEqual(bad('multipart body: has no file part (send the bytes in a part named "file")'));
      const longField = await post(await chatUrl(alice, bob.userId), Buffer.concat([part('name="policy"', 'p'.repeat(17 * 1024)), part('name="file"; filename="x.bin"', 'data'), end]));
      expect(longField.statusCode).toBe(400);
      expect(longField.json()).toEqual(bad('multipart body: form field policy is longer than 16384 bytes'));
      expect(filesOnDisk(server, 'tmp')).toEqual([]);
    });
  });

  describe('thumbnails and covers', () => {
    it.each([
      ['PNG', redPng, 'image/png', 'png'],
      ['JPEG', blueJpeg, 'image/jpeg', 'jpeg'],
    ] as const)('makes a %s thumbnail (image_type 2) and cover (3) with sharp on first request and keeps them', async (_name, make, contentType, format) => {
      const original = await make();
      const target = await chatUrl(alice, bob.userId, 102);
      await storage.upload(server, target, original);
      const thumbnail = await storage.download(server, app.appId, `${target.download_url}&image_type=2`, bob);
      expect(thumbnail.headers['content-type']).toBe(contentType);
      const thumbnailInfo = await sharp(thumbnail.rawPayload).metadata();
      expect(thumbnailInfo.format).toBe(format);
      expect(Math.max(thumbnailInfo.width!, thumbnailInfo.height!)).toBe(256);
      const key = JSON.parse(Buffer.from(new URL(target.download_url).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k;
      const variant = `thumb-256x256.${format === 'jpeg' ? 'jpg' : 'png'}`;
      expect(await server.app.get(FileStorage).stat({ appId: app.appId, objectKey: key, variant })).toEqual({ size: expect.any(Number) });
      const again = await storage.download(server, app.appId, `${target.download_url}&image_type=2`, bob);
      expect(sha256(again.rawPayload)).toBe(sha256(thumbnail.rawPayload));
      // Covers fit 720×720 but never enlarge: the 640×480 PNG stays as it is, the 800×600 JPEG shrinks.
      const originalInfo = await sharp(original).metadata();
      const cover = await sharp((await storage.download(server, app.appId, `${target.download_url}&image_type=3`, bob)).rawPayload).metadata();
      expect(Math.max(cover.width!, cover.height!)).toBe(Math.min(720, Math.max(originalInfo.width!, originalInfo.height!)));
      // w=100 h=50 round up to a 112×64 box; a 4:3 image fits it at 85×64.
      const sized = await sharp((await storage.download(server, app.appId, `${target.download_url}&image_type=2&w=100&h=50`, bob)).rawPayload).metadata();
      expect([sized.width, sized.height]).toEqual([85, 64]);
      const originalBack = await storage.download(server, app.appId, `${target.download_url}&image_type=1`, bob);
      expect(sha256(originalBack.rawPayload)).toBe(sha256(original));
    });

    it('refuses thumbnails of what is not an image, and audio formats it would have to convert', async () => {
      const target = await chatUrl(alice, bob.userId);
      await storage.upload(server, target, randomBytes(100));
      expect((await storage.download(server, app.appId, `${target.download_url}&image_type=2`, bob)).json()).toEqual(
        bad('image_type: 2 needs an image (JPEG, PNG, GIF, WebP, AVIF or TIFF); this file is application/octet-stream'),
      );
      expect((await storage.download(server, app.appId, `${target.download_url}&format=mp3`, bob)).json()).toEqual(bad('format: applies to audio files; this file is application/octet-stream'));
      const voice = await chatUrl(alice, bob.userId, 101);
      const amr = Buffer.concat([Buffer.from('#!AMR\n'), randomBytes(600)]);
      expect((await storage.upload(server, voice, amr)).ok).toBe(true);
      expect((await storage.download(server, app.appId, `${voice.download_url}&format=amr`, bob)).rawPayload.equals(amr)).toBe(true);
      expect((await storage.download(server, app.appId, `${voice.download_url}&format=mp3`, bob)).json()).toEqual(
        bad('format: the file is stored as amr; converting it to mp3 is not supported'),
      );
      expect((await storage.download(server, app.appId, `${voice.download_url}&format=wav`, bob)).json()).toEqual(bad('format: must be amr or mp3'));
      expect((await storage.download(server, app.appId, `${voice.download_url}&image_type=4`, bob)).json()).toEqual(bad('image_type: must be 1 (original), 2 (thumbnail) or 3 (cover)'));
    });
  });

  describe('GET /file/upload/forward', () => {
    it('re-issues a stored file for another conversation without uploading; the new reader gets the same bytes, the old URL stays closed to them', async () => {
      const target = await chatUrl(alice, bob.userId);
      const bytes = randomBytes(3000);
      await storage.upload(server, target, bytes);
      const sign = new URL(target.download_url).searchParams.get('file_sign')!;
      const forwarded = await get(`/file/upload/forward?file_sign=${sign}&to_id=${carol.userId}&to_type=1`, bob);
      expect(forwarded.body).toEqual({
        code: 200,
        message: null,
        data: { upload_url: null, upload_method: null, oss_body_param: {}, download_url: expect.stringMatching(/^http:\/\/files\.test\/file\/download\/chat\?file_sign=/) },
      });
      const copy = forwarded.body.data.download_url;
      expect(copy).not.toBe(target.download_url);
      expect(sha256((await storage.download(server, app.appId, copy, carol)).rawPayload)).toBe(sha256(bytes));
      expect((await storage.download(server, app.appId, target.download_url, carol)).json().code).toBe(10010);
      const [objects] = await server.sql(`SELECT count(*)::int AS n FROM file_objects WHERE app_id = $1`, [app.appId]);
      const again = await get(`/file/upload/forward?file_sign=${sign}&to_id=${carol.userId}`, alice);
      expect(again.body.code).toBe(200);
      expect((await server.sql(`SELECT count(*)::int AS n FROM file_objects WHERE app_id = $1`, [app.appId]))[0].n).toBe(objects.n);
    });

    it('refuses callers who cannot read the file, targets they cannot send to, bad signatures and files not uploaded', async () => {
      const target = await chatUrl(alice, bob.userId);
      const sign = new URL(target.download_url).searchParams.get('file_sign')!;
      expect((await get(`/file/upload/forward?file_sign=${sign}&to_id=${alice.userId}`, bob)).body).toEqual(bad('file_sign: the file has not been uploaded, or was deleted'));
      await storage.upload(server, target, randomBytes(10));
      expect((await get(`/file/upload/forward?file_sign=${sign}&to_id=${alice.userId}`, carol)).body).toEqual({
        code: 10010,
        message: `this file belongs to the conversation of users ${alice.userId} and ${bob.userId}; only they may read it`,
        data: null,
      });
      expect((await get(`/file/upload/forward?file_sign=x.y&to_id=${carol.userId}`, bob)).body).toEqual(bad('file_sign: is not a valid file signature of this app'));
      expect((await get(`/file/upload/forward?to_id=${carol.userId}`, bob)).body).toEqual(bad('file_sign: is required'));
      const blocked = await server.request({ method: 'POST', url: `/roster/block?user_id=${bob.userId}`, appId: app.appId, token: carol.token });
      expect(blocked.body.code).toBe(200);
      expect((await get(`/file/upload/forward?file_sign=${sign}&to_id=${carol.userId}`, bob)).body).toEqual({
        code: 10010,
        message: `user ${bob.userId} may not message user ${carol.userId} (blocked, or this app lets only friends message each other)`,
        data: null,
      });
    });
  });

  describe('downloads: who may read', () => {
    let download: string;
    beforeAll(async () => {
      const target = await chatUrl(alice, bob.userId);
      await storage.upload(server, target, randomBytes(10));
      download = target.download_url;
    });

    it('refuses a third user, a token of another app, impersonation headers with a user token, and callers with no credential', async () => {
      expect((await storage.download(server, app.appId, download, carol)).json().code).toBe(10010);
      expect((await storage.download(server, app.appId, download, foreigner)).json()).toEqual({ code: 10008, message: 'access-token is not a valid token of this app', data: null });
      expect((await storage.download(server, app.appId, download, bob, { user_id: String(bob.userId) })).json().code).toBe(10010);
      expect((await storage.download(server, app.appId, download, null)).json()).toEqual({
        code: 10003,
        message: 'access-token header or store_token query parameter: one is required to download files',
        data: null,
      });
      expect((await storage.download(server, otherApp.appId, download, null, { 'access-token': foreigner.token })).json()).toEqual(bad('file_sign: is not a valid file signature of this app'));
    });

    it('lets the app admin token read any file of its app, and act as a user with user_id', async () => {
      expect((await storage.download(server, app.appId, download, app.adminToken)).statusCode).toBe(200);
      expect((await storage.download(server, app.appId, download, app.adminToken)).rawPayload.length).toBe(10);
      expect((await storage.download(server, app.appId, download, app.adminToken, { user_id: String(bob.userId) })).rawPayload.length).toBe(10);
      expect((await storage.download(server, app.appId, download, app.adminToken, { user_id: String(carol.userId) })).json().code).toBe(10010);
    });

    it('takes the store_token of a login instead of the access-token header; it dies with its login', async () => {
      const login = await server.request({ method: 'POST', url: '/token/user', appId: app.appId, body: { name: bob.username, password: bob.password } });
      const storeToken: string = login.body.data.store_token;
      expect(storeToken).toMatch(/^[\w-]+\.[\w-]{43}$/);
      const withStoreToken = (token: string, who: TestUser | null = null) => storage.download(server, app.appId, `${download}&store_token=${token}`, who);
      expect((await withStoreToken(storeToken)).rawPayload.length).toBe(10);
      const aliceLogin = await server.request({ method: 'POST', url: '/token/user', appId: app.appId, body: { name: carol.username, password: carol.password } });
      expect((await withStoreToken(aliceLogin.body.data.store_token)).json().code).toBe(10010);
      const [payload, signature] = storeToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = `${Buffer.from(JSON.stringify({ ...claims, u: carol.userId })).toString('base64url')}.${signature}`;
      expect((await withStoreToken(forged)).json()).toEqual({ code: 10008, message: 'store_token: not a valid store token of this app', data: null });
      expect((await withStoreToken(storeToken.replace(/^./, 'x'))).json().code).toBe(10008);
      await server.sql(`UPDATE access_tokens SET revoked_at = now() WHERE id = $1`, [claims.t]);
      expect((await withStoreToken(storeToken)).json()).toEqual({ code: 402, message: 'store_token: its login was revoked; log in again', data: null });
    });

    onlyOn('local')('serves a bare link with app_id and store_token in the query, as an <img src> loads it', async () => {
      const login = await server.request({ method: 'POST', url: '/token/user', appId: app.appId, body: { name: bob.username, password: bob.password } });
      const link = `${pathOf(download)}&app_id=${app.appId}&store_token=${login.body.data.store_token}`;
      const bare = await server.app.inject({ method: 'GET', url: link });
      expect(bare.statusCode).toBe(200);
      expect(bare.rawPayload.length).toBe(10);
      const profile = await server.app.inject({ method: 'GET', url: `/user/profile?app_id=${app.appId}` });
      expect(profile.json()).toEqual({ code: 10002, message: 'app_id header: required on every call', data: null });
    });
  });

  describe('avatars', () => {
    it('uploads a user avatar; every user of the app may read it, no user of another app may', async () => {
      const answer = await get('/file/upload/avatar/user', alice);
      expect(answer.body.data).toEqual({
        upload_url: storage.name === 'local' ? expect.stringContaining('http://files.test/file/object?ticket=') : server.config.files.s3.endpoint + '/' + server.config.files.s3.bucket,
        upload_method: 'POST',
        oss_body_param: storage.name === 'local' ? {} : expect.objectContaining({ key: expect.stringMatching(/\/avatar\/[0-9a-f]{32}$/) }),
        download_url: expect.stringMatching(/^http:\/\/files\.test\/file\/download\/avatar\?object_name=avatar%2F[0-9a-f]{32}$/),
      });
      const png = await redPng(64, 64);
      expect((await storage.upload(server, answer.body.data, png)).ok).toBe(true);
      for (const reader of [alice, carol]) {
        expect(sha256((await storage.download(server, app.appId, answer.body.data.download_url, reader)).rawPayload)).toBe(sha256(png));
      }
      const objectName = new URL(answer.body.data.download_url).searchParams.get('object_name')!;
      const foreign = await storage.download(server, otherApp.appId, answer.body.data.download_url, foreigner);
      expect(foreign.json()).toEqual(bad(`object_name: no avatar ${objectName} is stored in this app`));
      expect((await get('/file/upload/avatar/user', null)).body.code).toBe(10010);
      expect((await get('/file/upload/avatar/user', null, { user_id: String(alice.userId) })).body.code).toBe(200);
      expect((await get('/file/upload/avatar/user', alice, { user_id: String(alice.userId) })).body.code).toBe(10010);
    });

    onlyOn('local')('takes only images as avatars', async () => {
      const answer = await get('/file/upload/avatar/user', alice);
      expect((await sendUpload(server, answer.body.data, randomBytes(100))).status).toBe(415);
    });
  });

  describe('the first use of an S3 upload', () => {
    onlyOn('s3')('stores what the URL was for; deletes bytes that are not (an avatar that is no image), and what passes the signed limit', async () => {
      const image = (await get('/file/upload/avatar/user', alice)).body.data;
      const png = await redPng(16, 16);
      await storage.upload(server, image, png);
      const key = new URL(image.download_url).searchParams.get('object_name')!;
      expect((await server.sql(`SELECT state FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key]))[0].state).toBe('pending');
      expect(sha256((await storage.download(server, app.appId, image.download_url, bob)).rawPayload)).toBe(sha256(png));
      expect((await server.sql(`SELECT state, size, content_type FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key]))[0]).toEqual({
        state: 'stored',
        size: png.length,
        content_type: 'image/png',
      });

      const notImage = (await get('/file/upload/avatar/user', alice)).body.data;
      await storage.upload(server, notImage, randomBytes(100));
      const notImageKey = new URL(notImage.download_url).searchParams.get('object_name')!;
      expect(await storage.holds(server, app.appId, notImageKey)).toBe(true);
      expect((await storage.download(server, app.appId, notImage.download_url, bob)).json()).toEqual(bad(`object_name: no avatar ${notImageKey} is stored in this app`));
      expect(await storage.holds(server, app.appId, notImageKey)).toBe(false);

      // s3rver does not enforce the policy's content-length-range (S3 does); the first use still does.
      const tooBig = await chatUrl(alice, bob.userId, 102);
      await storage.upload(server, tooBig, Buffer.concat([png, randomBytes(server.config.files.maxImageBytes)]));
      expect((await storage.download(server, app.appId, tooBig.download_url, bob)).json()).toEqual(bad('file_sign: the file has not been uploaded, or was deleted'));
      const tooBigKey = JSON.parse(Buffer.from(new URL(tooBig.download_url).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k;
      expect(await storage.holds(server, app.appId, tooBigKey)).toBe(false);
    });
  });

  describe('path traversal', () => {
    onlyOn('local')('never builds a path from object_name: traversal attempts are refused before storage is touched', async () => {
      for (const name of ['../../../etc/passwd', 'avatar/../../../etc/passwd', 'avatar/..%2F..%2Fetc', 'chat/0123456789abcdef0123456789abcdef', `avatar/${'0'.repeat(31)}/`, '/etc/passwd', 'avatar\\..\\..\\x']) {
        const response = await storage.download(server, app.appId, `http://files.test/file/download/avatar?object_name=${encodeURIComponent(name)}`, alice);
        expect(response.json()).toEqual(bad('object_name: is not an avatar name this server issued (avatar/ and 32 hex digits)'));
      }
    });

    onlyOn('local')('keeps only the last segment of an uploaded file name, without control characters', async () => {
      const target = await chatUrl(alice, bob.userId);
      await sendUpload(server, target, randomBytes(10), { fileName: '..\\..\\../../etc/evil\u0000.sh' });
      expect((await storage.download(server, app.appId, target.download_url, bob)).headers['content-disposition']).toBe(`attachment; filename="evil.sh"; filename*=UTF-8''evil.sh`);
      expect(filesOnDisk(server).every((path) => path.startsWith(filesRoot(server)))).toBe(true);
    });

    onlyOn('local')('refuses a correctly signed ticket or file_sign whose key is a path: keys come from the server only', async () => {
      const { FileSigner } = await import('../../src/file/file-signer.service');
      const signer = server.app.get(FileSigner);
      const ticket = await signer.sign(app.appId, 'upload', { a: app.appId, k: '../../../../tmp/owned', m: 100, c: 'any', e: Math.floor(Date.now() / 1000) + 60 });
      const refused = await sendUpload(server, { upload_url: `http://files.test/file/object?ticket=${ticket}`, upload_method: 'POST', oss_body_param: {}, download_url: '' }, randomBytes(10));
      expect(refused.status).toBe(404);
      expect(existsSync('/tmp/owned')).toBe(false);
      const sign = await signer.sign(app.appId, 'file', { k: '../../etc/passwd', f: alice.userId, t: 1, i: bob.userId });
      expect((await storage.download(server, app.appId, `http://files.test/file/download/chat?file_sign=${sign}`, bob)).json()).toEqual(bad('file_sign: is not a valid file signature of this app'));
    });
  });

  it('pathOf keeps request paths as given', () => {
    expect(pathOf('http://files.test/a?b=c')).toBe('/a?b=c');
  });
});
