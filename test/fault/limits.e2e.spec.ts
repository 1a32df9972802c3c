import { request as httpRequest } from 'node:http';
import { GROUP_FILE_LIMITS } from '../../src/group/group-file.dto';
import { APPLICATION_LIST_GROUPS_MAX } from '../../src/group/group-join.dto';
import { GROUP_INFO_BATCH_MAX } from '../../src/group/group-info.dto';
import { GROUP_BATCH_MAX } from '../../src/group/group.dto';
import { HISTORY_LIMIT_MAX, TARGETS_MAX } from '../../src/message/message.dto';
import { APPLICATION_LIST_LIMIT, APPLY_BATCH_MAX, DETAILS_MAX, ROSTER_LIST_LIMIT } from '../../src/roster/roster.dto';
import { MAX_TAGS_PER_REQUEST } from '../../src/user/push-identity.dto';
import { PROFILE_BATCH_MAX, REGISTER_BATCH_MAX, STATUS_LIST_MAX } from '../../src/user/user.dto';
import { MAX_ID, MAX_INPUT_DEPTH } from '../../src/common/validation';
import { reportFigure } from '../figure';
import { createGroup } from '../group/fixtures';
import { addCertificate, HUAWEI_CERTIFICATE } from '../push/push-fixtures';
import { listen } from '../realtime/xsync-client';
import { ApiResponse, createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 18: page sizes past their caps, audiences of 501, bodies past the body limit and
 * batches past their caps are refused with the published code (10002, 12005, HTTP 413), while the
 * cap itself is still taken, so each refusal is the limit speaking and not some other rule.
 */
const BODY_LIMIT_BYTES = 64 * 1024;
/** Sizes maxim-semantics.md publishes: page sizes ("Paging and limits": defaults, which are also our caps) and 12005's 500; the other caps are ours, read from the DTOs. */
const PUBLISHED = { memberListLimit: 1000, requestListLimit: 100, userListPageSize: 200, audienceList: 500 };

const ids = (count: number, from = 1_000_000_000) => Array.from({ length: count }, (_, index) => from + index);

interface Limit {
  name: string;
  cap: number;
  /** The request carrying `size` items (or that page size); `size` past the cap must be refused. */
  request: (size: number) => RequestOptions;
  admin?: boolean;
}

describe('limits (issue 9, test 18)', () => {
  let server: TestServer;
  let tenant: Tenant;
  let owner: TestUser;
  let friend: TestUser;
  let groupId: number;
  const tried: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ bodyLimitBytes: BODY_LIMIT_BYTES });
    tenant = await createTenant(server);
    owner = await createUser(server, tenant);
    friend = await createUser(server, tenant);
    groupId = await createGroup(server, tenant, owner, { members: [friend] });
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
  });
  afterAll(() => {
    reportFigure('limits', `tried ${tried.length} limits past their caps (${tried.join(', ')}), accepted past a cap 0`);
    return server.close();
  });

  function call(limit: Limit, size: number): Promise<ApiResponse> {
    const options = limit.request(size);
    return server.request({ appId: tenant.appId, token: limit.admin ? tenant.adminToken : owner.token, ...options });
  }

  /** At the cap: taken (200, per-item answers included) or refused for something other than its size. */
  async function expectCapTaken(limit: Limit): Promise<void> {
    const answer = await call(limit, limit.cap);
    expect(answer.status).toBe(200);
    if (answer.body.code !== 200) expect(`${limit.name}: ${answer.body.message}`).not.toMatch(/at most|from 1 to|holds \d+ entries/);
  }

  async function expectRefused(limit: Limit, size: number, code = 10002): Promise<void> {
    const answer = await call(limit, size);
    expect(answer.status).toBe(200);
    expect({ name: limit.name, size, code: answer.body.code, data: answer.body.data }).toEqual({ name: limit.name, size, code, data: null });
    expect(answer.body.message).toContain(String(limit.cap));
  }

  describe('page sizes', () => {
    const pages: Limit[] = [
      { name: 'GET /message/conversation limit', cap: HISTORY_LIMIT_MAX, request: (size) => ({ url: `/message/conversation?opposite_id=${friend.userId}&msg_id_start=0&limit=${size}` }) },
      { name: 'GET /group/member_list limit', cap: PUBLISHED.memberListLimit, request: (size) => ({ url: `/group/member_list?group_id=${groupId}&limit=${size}` }) },
      { name: 'GET /group/banned_list limit', cap: PUBLISHED.memberListLimit, request: (size) => ({ url: `/group/banned_list?group_id=${groupId}&limit=${size}` }) },
      { name: 'GET /group/blocked_list limit', cap: PUBLISHED.memberListLimit, request: (size) => ({ url: `/group/blocked_list?group_id=${groupId}&limit=${size}` }) },
      {
        name: 'POST /group/application_list limit',
        cap: PUBLISHED.requestListLimit,
        request: (size) => ({ method: 'POST', url: `/group/application_list?limit=${size}`, body: { group_list: [groupId] } }),
      },
      { name: 'GET /group/invitation_list limit', cap: PUBLISHED.requestListLimit, request: (size) => ({ url: `/group/invitation_list?limit=${size}` }) },
      { name: 'GET /roster/list limit', cap: ROSTER_LIST_LIMIT.max, request: (size) => ({ url: `/roster/list?limit=${size}` }) },
      { name: 'GET /roster/apply/list limit', cap: APPLICATION_LIST_LIMIT.max, request: (size) => ({ url: `/roster/apply/list?limit=${size}` }) },
      { name: 'GET /user/list page_size', cap: PUBLISHED.userListPageSize, request: (size) => ({ url: `/user/list?page_num=1&page_size=${size}` }), admin: true },
    ];

    it.each(pages.map((limit) => [limit.name, limit] as const))('%s: the cap is taken; cap + 1 and 10^9 are refused with 10002 naming the cap', async (_name, limit) => {
      await expectCapTaken(limit);
      await expectRefused(limit, limit.cap + 1);
      await expectRefused(limit, 1_000_000_000);
      tried.push(`${limit.name.split(' ').pop()}=10^9 on ${limit.name.split(' ')[1]}`);
    });

    it('pages past the end of /user/list answer an empty page, even at page_num 2^53-1', async () => {
      for (const page of [1_000_000_000, MAX_ID]) {
        const answer = await server.request({ url: `/user/list?page_num=${page}&page_size=${PUBLISHED.userListPageSize}`, appId: tenant.appId, token: tenant.adminToken });
        expect({ page, code: answer.body.code, data: answer.body.data }).toEqual({ page, code: 200, data: [] });
      }
      const past = await server.request({ url: `/user/list?page_num=${MAX_ID + 2}`, appId: tenant.appId, token: tenant.adminToken });
      expect(past.body).toEqual({ code: 10002, message: `page_num: must be at most ${MAX_ID}`, data: null });
      tried.push('page_num=2^53+1');
    });
  });

  describe('push audiences', () => {
    it.each(['user_id', 'alias', 'tag', 'push_token'])('audience.%s of 501 is refused with 12005; 500 is taken', async (kind) => {
      const audience = (size: number) => (kind === 'user_id' ? ids(size) : ids(size).map((id) => `${kind}-${id}`));
      const limit: Limit = {
        name: `POST /push/notify audience.${kind}`,
        cap: PUBLISHED.audienceList,
        admin: true,
        request: (size) => ({ method: 'POST', url: '/push/notify', body: { audience: { [kind]: audience(size) }, message: { title: 'limits', body: 'limits' } } }),
      };
      await expectCapTaken(limit);
      await expectRefused(limit, PUBLISHED.audienceList + 1, 12005);
      await expectRefused(limit, 1_000, 12005);
      tried.push(`audience.${kind}=501`);
    });
  });

  describe('batches', () => {
    const groupBatch = (path: string, method: RequestOptions['method'] = 'POST'): Limit => ({
      name: `${method} ${path} user_list`,
      cap: GROUP_BATCH_MAX,
      request: (size) => ({ method, url: path, body: { group_id: groupId, user_list: ids(size) } }),
    });
    const batches: Limit[] = [
      { name: 'POST /user/register/batch list', cap: REGISTER_BATCH_MAX, admin: true, request: (size) => ({ method: 'POST', url: '/user/register/batch', body: { list: ids(size).map((id) => ({ username: `batch_${id}`, password: 'x' })) } }) },
      { name: 'POST /user/profile/batch list', cap: PROFILE_BATCH_MAX, admin: true, request: (size) => ({ method: 'POST', url: '/user/profile/batch', body: { list: ids(size).map((id) => ({ user_id: id })) } }) },
      { name: 'POST /user/avatar/batch list', cap: PROFILE_BATCH_MAX, admin: true, request: (size) => ({ method: 'POST', url: '/user/avatar/batch', body: { list: ids(size).map((id) => ({ user_id: id, avatar: 'a' })) } }) },
      { name: 'PUT /user/disable list', cap: STATUS_LIST_MAX, admin: true, request: (size) => ({ method: 'PUT', url: '/user/disable', body: { list: ids(size) } }) },
      { name: 'PUT /user/enable list', cap: STATUS_LIST_MAX, admin: true, request: (size) => ({ method: 'PUT', url: '/user/enable', body: { list: ids(size) } }) },
      { name: 'DELETE /user/push/tag tags', cap: MAX_TAGS_PER_REQUEST, request: (size) => ({ method: 'DELETE', url: '/user/push/tag', body: { tags: ids(size).map(String) } }) },
      { name: 'POST /push/task/detail list', cap: 100, admin: true, request: (size) => ({ method: 'POST', url: '/push/task/detail', body: { list: ids(size) } }) },
      groupBatch('/group/invite'),
      groupBatch('/group/kick', 'DELETE'),
      groupBatch('/group/admin/add'),
      groupBatch('/group/admin/remove'),
      groupBatch('/group/block'),
      groupBatch('/group/unblock'),
      groupBatch('/group/unban'),
      { name: 'POST /group/ban user_list', cap: GROUP_BATCH_MAX, request: (size) => ({ method: 'POST', url: '/group/ban', body: { group_id: groupId, duration: 60, user_list: ids(size) } }) },
      { name: 'POST /group/create user_list', cap: GROUP_BATCH_MAX, request: (size) => ({ method: 'POST', url: '/group/create', body: { name: 'limits', user_list: ids(size) } }) },
      { name: 'POST /group/info/batch group_list', cap: GROUP_INFO_BATCH_MAX, request: (size) => ({ method: 'POST', url: '/group/info/batch', body: { group_list: ids(size) } }) },
      {
        name: 'POST /group/file/delete file_list',
        cap: GROUP_FILE_LIMITS.deleteBatch,
        request: (size) => ({ method: 'POST', url: '/group/file/delete', body: { group_id: groupId, file_list: ids(size) } }),
      },
      {
        name: 'POST /group/application_list group_list',
        cap: APPLICATION_LIST_GROUPS_MAX,
        request: (size) => ({ method: 'POST', url: '/group/application_list', body: { group_list: ids(size) } }),
      },
      { name: 'POST /roster/list list', cap: DETAILS_MAX, request: (size) => ({ method: 'POST', url: '/roster/list', body: { list: ids(size) } }) },
      { name: 'POST /roster/apply/batch items', cap: APPLY_BATCH_MAX, request: (size) => ({ method: 'POST', url: '/roster/apply/batch', body: ids(size).map((id) => ({ user_id: id })) }) },
      {
        name: 'POST /message/send targets',
        cap: TARGETS_MAX,
        request: (size) => ({ method: 'POST', url: '/message/send', body: { type: 1, targets: ids(size), content_type: 0, content: 'limits' } }),
      },
    ];

    it.each(batches.map((limit) => [limit.name, limit] as const))('%s: the cap is taken; past it the request is refused with 10002 naming the cap', async (_name, limit) => {
      await expectCapTaken(limit);
      await expectRefused(limit, limit.cap + 1);
      tried.push(`${limit.name.split(' ').slice(1).join(' ')}=${limit.cap + 1}`);
    });
  });

  describe('input shape', () => {
    it(`refuses JSON nested 10,000 deep with 10002 naming the ${MAX_INPUT_DEPTH}-level limit`, async () => {
      const deep = '['.repeat(10_000) + ']'.repeat(10_000);
      const answer = await server.request({ method: 'POST', url: '/user/profile', appId: tenant.appId, token: owner.token, rawBody: `{"description":${deep}}` });
      expect({ status: answer.status, code: answer.body.code, data: answer.body.data }).toEqual({ status: 200, code: 10002, data: null });
      expect(answer.body.message).toMatch(new RegExp(`^description(\\[0\\])+: nested deeper than ${MAX_INPUT_DEPTH} levels$`));
      tried.push('JSON nested 10,000 deep');
    });

    it('refuses a query parameter given twice with 10002', async () => {
      const answer = await server.request({ url: `/group/member_list?group_id=${groupId}&group_id=${groupId}`, appId: tenant.appId, token: owner.token });
      expect(answer.body).toEqual({ code: 10002, message: 'group_id: given more than once; send it once', data: null });
      tried.push('group_id given twice');
    });
  });

  describe('bodies past the body limit', () => {
    let url: URL;

    beforeAll(async () => {
      url = new URL(await listen(server));
    });

    /** Sends `body` over a real TCP connection (inject never resets a socket); answers the status and the parsed envelope. */
    function post(body: Buffer, options: { chunked?: boolean; contentLength?: number } = {}): Promise<{ status: number; body: unknown }> {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string | number> = { 'content-type': 'application/json', app_id: tenant.appId, 'access-token': owner.token };
        if (!options.chunked) headers['content-length'] = options.contentLength ?? body.length;
        const request = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/user/profile', headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
          response.on('error', reject);
        });
        // The server may answer and stop reading before the whole body is written; the answer is what counts.
        request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
        if (options.chunked) {
          for (let offset = 0; offset < body.length; offset += 16 * 1024) request.write(body.subarray(offset, offset + 16 * 1024));
          request.end();
        } else {
          request.end(options.contentLength === undefined ? body : body.subarray(0, 16));
        }
      });
    }

    const tooLarge = { code: 10002, message: `request body is larger than the ${BODY_LIMIT_BYTES} bytes this server accepts`, data: null };
    const oversized = (bytes: number) => Buffer.from(JSON.stringify({ description: 'x'.repeat(bytes) }));

    it('answers 413 with the envelope, not a reset, for a body with a Content-Length past the limit', async () => {
      expect(await post(oversized(BODY_LIMIT_BYTES * 4))).toEqual({ status: 413, body: tooLarge });
      tried.push('body 4x the limit');
    });

    it('answers 413 with the envelope for a chunked body that grows past the limit', async () => {
      expect(await post(oversized(BODY_LIMIT_BYTES * 4), { chunked: true })).toEqual({ status: 413, body: tooLarge });
      tried.push('chunked body 4x the limit');
    });

    it('answers 413 at once for a declared Content-Length of 10 GB', async () => {
      expect(await post(Buffer.from('{"description":"x"}'), { contentLength: 10 * 1024 ** 3 })).toEqual({ status: 413, body: tooLarge });
      tried.push('Content-Length 10 GB');
    });

    it('takes a body just under the limit, so the refusals above are the limit itself', async () => {
      const body = Buffer.from(JSON.stringify({ description: 'x'.repeat(1000) }));
      expect(await post(body)).toEqual({ status: 200, body: { code: 200, message: null, data: true } });
    });
  });
});
