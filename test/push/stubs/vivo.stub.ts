import { createHash } from 'node:crypto';
import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface VivoStub {
  url: string;
  authUrl: string;
  state: StubState;
  close(): Promise<void>;
}

/**
 * vivo push: POST /message/auth JSON {appId, appKey, timestamp, sign = md5(appId+appKey+timestamp+appSecret)}
 * → authToken; later calls need the `authToken` header (else result 10040 — the code this stub and
 * the adapter settle on for the sheet's unnamed "authToken invalid/expired") and `appId` in the
 * body (else 10094). /message/send: one regId, 10302 when it is dead; /message/saveListPayload →
 * taskId, /message/pushToList with 2–1000 regIds answers dead ones in `invalidUsers`
 * [{userid, status 1}] (the [verify] item, settled here).
 */
export async function startVivoStub(options: { appId: string; appKey: string; appSecret: string }): Promise<VivoStub> {
  const state = new StubState();
  const tasks = new Map<string, any>();
  const result = (code: number, desc: string, extra: Record<string, unknown> = {}): StubAnswer => ({ status: 200, json: { result: code, desc, ...extra } });
  const checkContent = (body: any): string | null => {
    if (typeof body.title !== 'string' || typeof body.content !== 'string') return 'title and content';
    if (![1, 2, 3, 4].includes(body.notifyType)) return 'notifyType 1–4';
    if (![1, 2, 3, 4].includes(body.skipType)) return 'skipType 1–4';
    if (body.skipType === 4 && !body.skipContent) return 'skipContent for skipType 4';
    if (typeof body.requestId !== 'string' || body.requestId.length > 64) return 'requestId ≤ 64';
    if (body.clientCustomMap && Object.values(body.clientCustomMap).some((value) => typeof value !== 'string')) return 'clientCustomMap values are strings';
    return null;
  };
  const handle = (request: StubRequest): StubAnswer => {
    const body = request.json ?? {};
    if (request.path === '/message/auth') {
      if (String(body.appId) !== options.appId || body.appKey !== options.appKey) return result(10201, 'appId或appKey不合法');
      const expected = createHash('md5').update(`${body.appId}${body.appKey}${body.timestamp}${options.appSecret}`).digest('hex');
      if (body.sign !== expected) return result(10203, 'sign校验失败');
      return result(0, '请求成功', { authToken: state.issueAuthToken('vivo') });
    }
    if (!['/message/send', '/message/saveListPayload', '/message/pushToList'].includes(request.path)) return { status: 404, json: { result: 404, desc: state.violation(`unknown path ${request.path}`) } };
    if (!state.isValidAuthToken(request.headers.authtoken)) return result(10040, 'authToken不合法或已过期');
    if (String(body.appId) !== options.appId) return result(10094, state.violation('appId missing or mismatched'));
    if (request.path === '/message/saveListPayload') {
      const problem = checkContent(body);
      if (problem) return result(10055, state.violation(problem));
      const taskId = `task-${tasks.size + 1}`;
      tasks.set(taskId, body);
      return result(0, '请求成功', { taskId });
    }
    const regIds: string[] = request.path === '/message/send' ? [body.regId] : body.regIds;
    if (request.path === '/message/send') {
      const problem = checkContent(body);
      if (problem) return result(10055, state.violation(problem));
    } else if (!Array.isArray(regIds) || regIds.length < 2 || regIds.length > 1000 || !tasks.has(body.taskId) || typeof body.requestId !== 'string') {
      return result(10055, state.violation('pushToList needs 2–1000 regIds, a saved taskId and a requestId'));
    }
    const failure = state.callFailureOf(regIds);
    if (failure?.kind === 'rateLimited') return rateLimitedAnswer(failure, { result: 10071, desc: '超过频率限制' });
    if (failure?.kind === 'serverError') return { status: 500, json: { result: 500, desc: 'server error' } };
    const payload = request.path === '/message/send' ? body : tasks.get(body.taskId);
    const dead = regIds.filter((id) => state.behaviourOf(id).kind === 'invalidToken');
    for (const id of regIds) if (!dead.includes(id)) state.deliveries.push({ token: id, payload });
    if (request.path === '/message/send') return dead.length ? result(10302, 'regId不合法') : result(0, '请求成功', { taskId: 'single-1' });
    return result(0, '请求成功', dead.length ? { invalidUsers: dead.map((userid) => ({ userid, status: 1 })) } : {});
  };
  const server = await startHttpStub(state, handle);
  return { url: server.url, authUrl: `${server.url}/message/auth`, state, close: server.close };
}
