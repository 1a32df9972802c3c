import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface XiaomiStub {
  url: string;
  state: StubState;
  close(): Promise<void>;
}

/**
 * Xiaomi MiPush: POST /v3/message/regid, form-urlencoded, `Authorization: key=<AppSecret>`.
 * Business errors are HTTP 200 with `code` (21301 auth failed, 22022 bad package, 20301 no valid
 * targets); partly bad lists answer code 0 with data.bad_regids. 429/500 come as HTTP statuses.
 */
export async function startXiaomiStub(options: { appSecret: string; packageName: string }): Promise<XiaomiStub> {
  const state = new StubState();
  const error = (code: number, reason: string): StubAnswer => ({ status: 200, json: { result: 'error', code, reason, description: reason, trace_id: 't' } });
  const handle = (request: StubRequest): StubAnswer => {
    if (request.path !== '/v3/message/regid') return { status: 404, json: { result: 'error', code: 404, reason: state.violation(`unknown path ${request.path}`) } };
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return error(10017, state.violation('body must be form-urlencoded'));
    if (request.headers.authorization !== `key=${options.appSecret}`) return error(21301, 'Authentication failed');
    const form = request.form;
    if (form.restricted_package_name !== options.packageName) return error(22022, 'Invalid package name');
    const ids = (form.registration_id ?? '').split(',').filter(Boolean);
    if (ids.length < 1 || ids.length > 1000) return error(10017, state.violation('registration_id must list 1–1000 ids'));
    if (form.pass_through === '0' && (!form.title || !form.description)) return error(10017, state.violation('notification needs title and description'));
    const failure = state.callFailureOf(ids);
    if (failure?.kind === 'rateLimited') return rateLimitedAnswer(failure, { result: 'error', code: 10027, reason: 'Too many requests' });
    if (failure?.kind === 'serverError') return { status: 500, json: { result: 'error', code: 10001, reason: 'System error' } };
    const bad = ids.filter((id) => state.behaviourOf(id).kind === 'invalidToken');
    for (const id of ids) if (!bad.includes(id)) state.deliveries.push({ token: id, payload: form });
    if (bad.length === ids.length) return error(20301, 'No valid targets!');
    return { status: 200, json: { result: 'ok', code: 0, data: { id: 'msg1', ...(bad.length ? { bad_regids: bad.join(',') } : {}) }, description: 'success', trace_id: 't' } };
  };
  const server = await startHttpStub(state, handle);
  return { url: server.url, state, close: server.close };
}
