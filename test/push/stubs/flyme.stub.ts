import { createHash } from 'node:crypto';
import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface FlymeStub {
  url: string;
  state: StubState;
  close(): Promise<void>;
}

/**
 * Meizu Flyme: POST /garcia/api/server/push/varnished/pushByPushId, form appId, pushIds (≤1000),
 * messageJson, sign = md5 over the sorted key=value pairs (raw values) + appSecret — checked here.
 * Answers code "200" with `value` mapping failure codes to pushIds (110003 illegal pushId);
 * bad sign → "1006", unknown app → "110000".
 */
export async function startFlymeStub(options: { appId: string; appSecret: string }): Promise<FlymeStub> {
  const state = new StubState();
  const answer = (code: string, message: string, value: Record<string, string[]> = {}): StubAnswer => ({ status: 200, json: { code, message, value, msgId: 'NS20260101', redirect: '' } });
  const handle = (request: StubRequest): StubAnswer => {
    if (request.path !== '/garcia/api/server/push/varnished/pushByPushId') return { status: 404, json: { code: '404', message: state.violation(`unknown path ${request.path}`) } };
    const { sign, ...params } = request.form;
    if (params.appId !== options.appId) return answer('110000', 'appId不合法');
    const joined = Object.keys(params).sort().map((key) => `${key}=${params[key]}`).join('');
    if (sign !== createHash('md5').update(joined + options.appSecret).digest('hex')) return answer('1006', '签名认证失败');
    let message: any;
    try {
      message = JSON.parse(params.messageJson);
    } catch {
      return answer('1005', state.violation('messageJson is not JSON'));
    }
    if (typeof message?.noticeBarInfo?.title !== 'string' || typeof message.noticeBarInfo.content !== 'string') return answer('1005', state.violation('noticeBarInfo.title/content'));
    if (message.noticeBarInfo.title.length > 32 || message.noticeBarInfo.content.length > 100) return answer('1005', state.violation('title ≤ 32, content ≤ 100'));
    const ids = (params.pushIds ?? '').split(',').filter(Boolean);
    if (ids.length < 1 || ids.length > 1000) return answer('1005', state.violation('pushIds must list 1–1000 ids'));
    const failure = state.callFailureOf(ids);
    if (failure?.kind === 'rateLimited') return rateLimitedAnswer(failure, { code: '110010', message: '请求频率过高' });
    if (failure?.kind === 'serverError') return { status: 500, json: { code: '500', message: 'server error' } };
    const bad = ids.filter((id) => state.behaviourOf(id).kind === 'invalidToken');
    for (const id of ids) if (!bad.includes(id)) state.deliveries.push({ token: id, payload: message });
    return answer('200', '', bad.length ? { '110003': bad } : {});
  };
  const server = await startHttpStub(state, handle);
  return { url: server.url, state, close: server.close };
}
