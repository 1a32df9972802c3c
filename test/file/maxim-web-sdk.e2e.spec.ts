import { FileController } from '../../src/file/file.controller';
import { insertGroup } from '../group/fixtures';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { fileTestConfig, pathOf, redPng, sha256, UploadAnswer } from './fixtures';

/**
 * The file flows as MaxIM's web SDK (floo-web) puts them on the wire: `sysManage.asyncFileUpload`
 * posts a browser FormData holding only a `file` part (no `oss_body_param.key` → no OSS fields),
 * through its axios instance that adds the `app_id` and `access-token` headers to every request,
 * and settles only on a body whose `data` is `true` or whose `Status` is "OK";
 * `getChatFile`/`getImage` build links with `access-token` and `app_id` in the query.
 */
describe(`${FileController.name} as MaxIM's web SDK calls it`, () => {
  let server: TestServer;
  let app: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  beforeAll(async () => {
    server = await startTestServer(fileTestConfig());
    app = await createTenant(server, 'sdk files');
    [alice, bob, carol] = await Promise.all([createUser(server, app), createUser(server, app), createUser(server, app)]);
  });
  afterAll(() => server.close());

  /** The body and Content-Type a browser's FormData with one `file` part serialises to. */
  async function browserForm(file: Buffer, fileName: string, type: string): Promise<{ payload: Buffer; contentType: string }> {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(file)], fileName, { type }));
    const request = new Request('http://sdk.test/', { method: 'POST', body: form });
    return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
  }

  /** `asyncFileUpload`'s POST to `upload_url`, and the SDK's test of the answer (request.js). */
  async function sdkUpload(target: UploadAnswer, user: TestUser, file: Buffer, fileName = 'photo.png') {
    expect(target.oss_body_param.key).toBeUndefined(); // so the SDK sends no OSS fields
    const { payload, contentType } = await browserForm(file, fileName, 'image/png');
    const response = await server.app.inject({
      method: 'POST',
      url: pathOf(target.upload_url),
      payload,
      headers: { 'content-type': contentType, app_id: app.appId, 'access-token': user.token },
    });
    const body = response.json();
    const settles = body.data === true || body.Status === 'OK';
    return { status: response.statusCode, body, settles };
  }

  /** `getChatFile`: the link with `access-token` and `app_id` appended to the query. */
  const sdkLink = (url: string, token: string, params: Record<string, string | number> = {}) => {
    const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), 'access-token': token, app_id: app.appId });
    return `${pathOf(url)}${url.includes('?') ? '&' : '?'}${query}`;
  };

  it('settles the upload of a chat image, and loads it and its thumbnail from the links getChatFile builds', async () => {
    const target = (await server.request({ url: `/file/upload/chat?file_type=102&to_id=${bob.userId}&to_type=1`, appId: app.appId, token: alice.token })).body.data;
    const png = await redPng(400, 300);
    const upload = await sdkUpload(target, alice, png, 'red.png');
    expect(upload).toEqual({ status: 200, settles: true, body: { code: 200, message: null, data: { size: png.length, content_type: 'image/png' }, Status: 'OK' } });

    const image = await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, bob.token) });
    expect(image.statusCode).toBe(200);
    expect(sha256(image.rawPayload)).toBe(sha256(png));
    const thumbnail = await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, bob.token, { image_type: 2 }) });
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/png');
  });

  it('loads an avatar from the link getImage builds (object_name, image_type=2, access-token, app_id)', async () => {
    const target = (await server.request({ url: '/file/upload/avatar/user', appId: app.appId, token: alice.token })).body.data;
    expect((await sdkUpload(target, alice, await redPng(300, 300))).settles).toBe(true);
    const objectName = new URL(target.download_url).searchParams.get('object_name')!;
    const avatar = await server.app.inject({ method: 'GET', url: sdkLink('http://files.test/file/download/avatar', carol.token, { object_name: objectName, image_type: 2 }) });
    expect(avatar.statusCode).toBe(200);
    expect(avatar.headers['content-type']).toBe('image/png');
  });

  it('takes the group avatar URL and a forward with access-token in the query as well as the header', async () => {
    const groupId = await insertGroup(server, app, { owner: alice, members: [bob] });
    const avatar = await server.request({ url: `/file/upload/avatar/group?access-token=${alice.token}&group_id=${groupId}`, appId: app.appId, token: alice.token });
    expect(avatar.body).toMatchObject({ code: 200, data: { upload_method: 'POST' } });
    const chat = (await server.request({ url: `/file/upload/chat?file_type=102&to_id=${bob.userId}&to_type=1`, appId: app.appId, token: alice.token })).body.data;
    await sdkUpload(chat, alice, await redPng(20, 20));
    const fileSign = new URL(chat.download_url).searchParams.get('file_sign')!;
    const forward = await server.request({ url: `/file/upload/forward?file_sign=${fileSign}&access-token=${alice.token}&to_id=${carol.userId}&to_type=1`, appId: app.appId, token: alice.token });
    expect(forward.body).toMatchObject({ code: 200, data: { download_url: expect.stringContaining('/file/download/chat?file_sign=') } });
  });

  it('applies the same rules to a token in the query as in the header: a reader outside the conversation, a foreign or revoked token, a conflicting header', async () => {
    const target = (await server.request({ url: `/file/upload/chat?file_type=102&to_id=${bob.userId}&to_type=1`, appId: app.appId, token: alice.token })).body.data;
    await sdkUpload(target, alice, await redPng(20, 20));
    expect((await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, carol.token) })).json().code).toBe(10010);
    expect((await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, 'not-a-token') })).json().code).toBe(10008);
    const conflicting = await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, bob.token), headers: { 'access-token': carol.token } });
    expect(conflicting.json()).toEqual({ code: 10002, message: 'access-token: the header and the query parameter differ; send one of them', data: null });
    const same = await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, bob.token), headers: { 'access-token': bob.token } });
    expect(same.statusCode).toBe(200);
    await server.sql(`UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1`, [bob.userId]);
    expect((await server.app.inject({ method: 'GET', url: sdkLink(target.download_url, bob.token) })).json()).toEqual({ code: 402, message: 'access-token has been revoked; log in again', data: null });
  });

  it('reads the token from the query only on the routes the SDK puts it there', async () => {
    const profile = await server.app.inject({ method: 'GET', url: `/file/upload/avatar/user?access-token=${alice.token}`, headers: { app_id: app.appId } });
    expect(profile.json()).toEqual({ code: 10003, message: 'access-token header: required for this operation', data: null });
  });
});
