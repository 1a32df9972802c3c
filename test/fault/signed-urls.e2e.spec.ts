import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock } from '../../src/common/clock';
import { FileSigner } from '../../src/file/file-signer.service';
import { fetchDownload, filesOnDisk, fileTestConfig, pathOf, redPng, sendUpload, UploadAnswer } from '../file/fixtures';
import { reportFigure } from '../figure';
import { listen } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 15: the signed upload and download URLs of the file module under attack. Every
 * attempt must be refused, leave no partial file under the storage root's tmp/ and no stored object,
 * and what is served must carry headers a browser cannot turn into a page of ours.
 * (test/file/upload-download.e2e.spec.ts covers the same module feature by feature.)
 */
describe('abuse: signed file URLs', () => {
  let server: TestServer;
  let baseUrl: string;
  let app: Tenant;
  let otherApp: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let foreigner: TestUser;
  const tally = { tried: 0, refused: 0 };

  beforeAll(async () => {
    server = await startTestServer(fileTestConfig());
    baseUrl = await listen(server);
    [app, otherApp] = [await createTenant(server, 'files'), await createTenant(server, 'other')];
    [alice, bob] = [await createUser(server, app), await createUser(server, app)];
    foreigner = await createUser(server, otherApp);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    reportFigure('signed urls', `tried ${tally.tried} forged, replayed, oversized, mistyped, traversing or foreign uploads and downloads; refused ${tally.refused}; partial files left ${filesOnDisk(server, 'tmp').length}`);
    await server.close();
  });

  const bytes = (length: number) => Buffer.from(Array.from({ length }, (_, index) => (index * 7919 + 13) % 256));

  async function chatUrl(from: TestUser, to: TestUser, fileType = 100, tenant = app): Promise<UploadAnswer> {
    const answer = await server.request({ url: `/file/upload/chat?file_type=${fileType}&to_id=${to.userId}`, appId: tenant.appId, token: from.token });
    expect(answer.body.code).toBe(200);
    return answer.body.data;
  }

  const ticketOf = (target: UploadAnswer) => new URL(target.upload_url).searchParams.get('ticket')!;
  const withTicket = (ticket: string): UploadAnswer => ({ upload_url: `http://files.test/file/object?ticket=${ticket}`, upload_method: 'POST', oss_body_param: {}, download_url: '' });
  const storedObjects = async () => Number((await server.sql(`SELECT count(*) AS n FROM file_objects WHERE state <> 'pending'`))[0].n);

  /** Counts one hostile attempt; `refused` says whether the server refused it. */
  function attempt(refused: boolean, what: string): void {
    tally.tried += 1;
    if (refused) tally.refused += 1;
    expect([what, refused]).toEqual([what, true]);
  }

  it('refuses expired and tampered tickets (key, limit, expiry, content class, app, signature) with 403, storing nothing', async () => {
    const before = await storedObjects();
    const target = await chatUrl(alice, bob, 102);
    const ticket = ticketOf(target);
    const [payload, signature] = ticket.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = (changes: object) => `${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
    const foreignTicket = ticketOf(await chatUrl(foreigner, foreigner, 100, otherApp));
    const [foreignPayload, foreignSignature] = foreignTicket.split('.');
    const foreignClaims = JSON.parse(Buffer.from(foreignPayload, 'base64url').toString());
    const tampered = {
      'other key': forged({ k: 'chat/00000000000000000000000000000000' }),
      'larger limit': forged({ m: 10 ** 9 }),
      'later expiry': forged({ e: claims.e + 86_400 }),
      'any content': forged({ c: 'any' }),
      'other app': forged({ a: otherApp.appId }),
      "another app's ticket claiming this app": `${Buffer.from(JSON.stringify({ ...foreignClaims, a: app.appId })).toString('base64url')}.${foreignSignature}`,
      'zeroed signature': `${payload}.${'A'.repeat(43)}`,
      'no signature': payload,
      'empty': '',
    };
    const png = await redPng(16, 16);
    for (const [what, forgedTicket] of Object.entries(tampered)) {
      const answer = await sendUpload(server, withTicket(forgedTicket), png);
      attempt(answer.status === 403 && answer.body.code === 10010, what);
    }
    jest.spyOn(server.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + (server.config.files.urlTtlSeconds + 1) * 1000));
    const expired = await sendUpload(server, target, png);
    attempt(expired.status === 403 && /expired at/.test(expired.body.message), 'expired');
    expect(filesOnDisk(server, 'tmp')).toEqual([]);
    expect(await storedObjects()).toBe(before);
  });

  it('refuses a replayed ticket (409), and a key that is a path even when correctly signed (404), touching nothing outside the root', async () => {
    const target = await chatUrl(alice, bob);
    expect((await sendUpload(server, target, bytes(100))).status).toBe(200);
    const replay = await sendUpload(server, target, bytes(200));
    attempt(replay.status === 409, 'replayed ticket');
    const signer = server.app.get(FileSigner);
    const expiry = Math.floor(Date.now() / 1000) + 60;
    for (const key of ['../../../../tmp/owned-by-ticket', '..%2f..%2f..%2ftmp%2fowned-by-ticket', '%2e%2e/%2e%2e/%2e%2e/tmp/owned-by-ticket', '/tmp/owned-by-ticket', 'chat/../../../tmp/owned-by-ticket', `chat/${'a'.repeat(32)}/../../x`]) {
      const ticket = await signer.sign(app.appId, 'upload', { a: app.appId, k: key, m: 1000, c: 'any', e: expiry });
      const answer = await sendUpload(server, withTicket(ticket), bytes(10));
      attempt(answer.status === 404, `signed key ${key}`);
    }
    expect(existsSync('/tmp/owned-by-ticket')).toBe(false);
    const root = `${server.config.dataDir}/files/`;
    expect(filesOnDisk(server).every((path) => path.startsWith(root))).toBe(true);
    for (const name of ['../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'avatar/../../etc/passwd', '/etc/passwd', 'avatar%2F..%2F..%2Fx']) {
      const response = await fetchDownload(server, app.appId, `http://files.test/file/download/avatar?object_name=${encodeURIComponent(name)}`, alice);
      attempt(response.json().code === 10002, `object_name ${name}`);
    }
  });

  it('cuts an oversize body off mid-stream (413) whatever Content-Length claims, and leaves no partial file after an aborted upload', async () => {
    const limit = server.config.files.maxFileBytes;
    const streamed = await chatUrl(alice, bob);
    let sent = 0;
    const endless = new Readable({
      read() {
        if (sent >= limit * 8) return this.push(null);
        sent += 16 * 1024;
        this.push(bytes(16 * 1024));
      },
    });
    const chunked = await sendUpload(server, streamed, endless, { method: 'PUT' });
    attempt(chunked.status === 413 && sent < limit * 8, 'chunked body past the limit');

    // Content-Length under the limit, then four times the limit: the extra bytes are a malformed next
    // request (400, connection cut), never part of a stored file.
    const understated = await chatUrl(alice, bob);
    const understatedAnswer = await rawPut(pathOf(understated.upload_url), limit / 2, bytes(limit * 4));
    const [largest] = await server.sql(`SELECT coalesce(max(size), 0) AS size FROM file_objects WHERE app_id = $1`, [app.appId]);
    attempt(understatedAnswer.includes('HTTP/1.1 400') && Number(largest.size) <= limit / 2, 'understated Content-Length');

    // Content-Length over the limit: refused once the limit is passed, not trusted and not waited for.
    const overstated = await chatUrl(alice, bob);
    attempt((await rawPut(pathOf(overstated.upload_url), limit * 4, bytes(limit * 2))).startsWith('HTTP/1.1 413'), 'overstated Content-Length');

    // The client hangs up half-way.
    const aborted = await chatUrl(alice, bob);
    await rawPut(pathOf(aborted.upload_url), limit - 1, bytes(limit / 2), { hangUp: true });
    for (let waited = 0; waited < 5000 && filesOnDisk(server, 'tmp').length > 0; waited += 50) await sleep(50);
    const key = JSON.parse(Buffer.from(ticketOf(aborted).split('.')[0], 'base64url').toString()).k;
    const [row] = await server.sql(`SELECT state FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key]);
    attempt(row.state === 'pending', 'aborted upload');
    expect(filesOnDisk(server, 'tmp')).toEqual([]);
  });

  it('refuses bytes that contradict the upload URL (415), whatever Content-Type the client sends', async () => {
    const png = await redPng(16, 16);
    const cases: [string, number, Buffer, string][] = [
      ['PDF as an image', 102, Buffer.from('%PDF-1.4 not an image'), 'image/png'],
      ['SVG as an image', 102, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
      ['HTML as an image', 102, Buffer.from('<!doctype html><script>alert(1)</script>'), 'image/png'],
      ['PNG as voice', 101, png, 'audio/amr'],
      ['PNG as video', 103, png, 'video/mp4'],
    ];
    for (const [what, fileType, body, contentType] of cases) {
      const answer = await sendUpload(server, await chatUrl(alice, bob, fileType), body, { method: 'PUT', headers: { 'content-type': contentType } });
      attempt(answer.status === 415, what);
    }
    const avatar = (await server.request({ url: '/file/upload/avatar/user', appId: app.appId, token: alice.token })).body.data;
    attempt((await sendUpload(server, avatar, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), { fileName: 'me.svg' })).status === 415, 'SVG as an avatar');
    expect(filesOnDisk(server, 'tmp')).toEqual([]);
  });

  it("refuses another app's files and conversations it is not part of", async () => {
    const foreignTarget = await chatUrl(foreigner, foreigner, 100, otherApp);
    await sendUpload(server, foreignTarget, bytes(50));
    const asApp = await fetchDownload(server, app.appId, foreignTarget.download_url, alice);
    attempt(asApp.json().code === 10002, "app B's file_sign under app A");
    const crossToken = await fetchDownload(server, otherApp.appId, foreignTarget.download_url, alice);
    attempt(crossToken.json().code === 10008, "app A's token on app B's file");
    const adminOfA = await fetchDownload(server, app.appId, foreignTarget.download_url, app.adminToken);
    attempt(adminOfA.json().code === 10002, "app A's admin on app B's file");

    const avatar = (await server.request({ url: '/file/upload/avatar/user', appId: app.appId, token: alice.token })).body.data;
    await sendUpload(server, avatar, await redPng(16, 16));
    attempt((await fetchDownload(server, otherApp.appId, avatar.download_url, foreigner)).json().code === 10002, "app A's avatar from app B");

    const carol = await createUser(server, app);
    const private1to1 = await chatUrl(alice, bob);
    await sendUpload(server, private1to1, bytes(50));
    attempt((await fetchDownload(server, app.appId, private1to1.download_url, carol)).json().code === 10010, 'a third user of the same app');
  });

  it('serves what could run in a browser as an attachment with nosniff and a sandboxing CSP; images inline, still nosniff', async () => {
    const dangerous: [string, Buffer][] = [
      ['page.html', Buffer.from('<!doctype html><script>alert(document.cookie)</script>')],
      ['vector.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
      ['script.js', Buffer.from('fetch("/user/profile")')],
      ['flash.swf', Buffer.concat([Buffer.from('FWS'), bytes(40)])],
    ];
    for (const [name, body] of dangerous) {
      const target = await chatUrl(alice, bob);
      expect((await sendUpload(server, target, body, { fileName: name, method: 'PUT', headers: { 'content-type': 'text/html' } })).status).toBe(200);
      const served = await fetchDownload(server, app.appId, target.download_url, bob);
      expect([name, served.headers['x-content-type-options'], served.headers['content-security-policy']]).toEqual([name, 'nosniff', "default-src 'none'; sandbox"]);
      expect([name, served.headers['content-disposition']]).toEqual([name, expect.stringMatching(/^attachment; /)]);
      expect([name, served.headers['content-type']]).toEqual([name, expect.not.stringMatching(/html|svg|javascript|xml/)]);
    }
    const image = await chatUrl(alice, bob, 102);
    await sendUpload(server, image, await redPng(16, 16));
    const served = await fetchDownload(server, app.appId, image.download_url, bob);
    expect(served.headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'content-disposition': expect.stringMatching(/^inline; /) });
  });

  /** A PUT over a real socket, so Content-Length can say what it likes; answers the status line and headers received. */
  function rawPut(path: string, contentLength: number, body: Buffer, options: { hangUp?: boolean } = {}): Promise<string> {
    const { hostname, port } = new URL(baseUrl);
    return new Promise((resolve) => {
      const socket = connect(Number(port), hostname);
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(answer));
      socket.write(`PUT ${path} HTTP/1.1\r\nHost: files.test\r\nContent-Type: application/octet-stream\r\nContent-Length: ${contentLength}\r\n\r\n`);
      socket.write(body, () => {
        if (options.hangUp) socket.destroy();
        else setTimeout(() => socket.end(), 200);
      });
    });
  }
});
