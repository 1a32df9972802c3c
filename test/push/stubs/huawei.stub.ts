import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface HuaweiStub {
  url: string;
  authUrl: string;
  state: StubState;
  close(): Promise<void>;
}

/**
 * Huawei Push Kit: POST /oauth2/v3/token (client_credentials, form) and POST /v1/{appId}/messages:send
 * (Bearer, JSON). Partial failure answers 80100000 with `msg` = JSON text
 * {"success":n,"failure":m,"illegal_tokens":[…]} — the reading of the sheet's [verify] item.
 */
export async function startHuaweiStub(options: { clientId: string; clientSecret: string; expiresInSeconds?: number }): Promise<HuaweiStub> {
  const state = new StubState();
  const handle = (request: StubRequest): StubAnswer => {
    if (request.path === '/oauth2/v3/token') {
      if (request.form.grant_type !== 'client_credentials') return { status: 400, json: { error: 1102, error_description: state.violation('grant_type must be client_credentials') } };
      if (request.form.client_id !== options.clientId || request.form.client_secret !== options.clientSecret) {
        return { status: 400, json: { error: 1101, error_description: 'invalid client' } };
      }
      return { status: 200, json: { access_token: state.issueAuthToken('hw'), expires_in: options.expiresInSeconds ?? 3600, token_type: 'Bearer' } };
    }
    const match = /^\/v1\/([^/]+)\/messages:send$/.exec(request.path);
    if (!match) return { status: 404, json: { code: '80100000', msg: state.violation(`unknown path ${request.path}`) } };
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!state.isValidAuthToken(bearer)) return { status: 401, json: { code: '80200003', msg: 'OAuth token expired' } };
    if (match[1] !== options.clientId) return { status: 403, json: { code: '80200001', msg: state.violation('appId of the path is not the token owner') } };
    const message = request.json?.message;
    const tokens: unknown = message?.token;
    if (!Array.isArray(tokens) || tokens.length < 1 || tokens.length > 1000) return { status: 400, json: { code: '80300010', msg: state.violation('message.token must hold 1–1000 tokens') } };
    if (message.data !== undefined && typeof message.data !== 'string') return { status: 400, json: { code: '80100003', msg: state.violation('message.data must be a string') } };
    if (message.android?.notification && typeof message.android.notification.title !== 'string') return { status: 400, json: { code: '80100003', msg: state.violation('android.notification.title missing') } };
    const failure = state.callFailureOf(tokens);
    if (failure?.kind === 'rateLimited') return rateLimitedAnswer(failure, { code: '80300009', msg: 'flow control' });
    if (failure?.kind === 'serverError') return { status: 500, json: { code: '81000001', msg: 'System inner error' } };
    const illegal = tokens.filter((token) => state.behaviourOf(token).kind === 'invalidToken');
    for (const token of tokens) if (!illegal.includes(token)) state.deliveries.push({ token, payload: message });
    if (illegal.length === tokens.length) return { status: 200, json: { code: '80300007', msg: 'All the tokens are invalid', requestId: 'r1' } };
    if (illegal.length > 0) {
      return { status: 200, json: { code: '80100000', msg: JSON.stringify({ success: tokens.length - illegal.length, failure: illegal.length, illegal_tokens: illegal }), requestId: 'r2' } };
    }
    return { status: 200, json: { code: '80000000', msg: 'Success', requestId: 'r3' } };
  };
  const server = await startHttpStub(state, handle);
  return { url: server.url, authUrl: `${server.url}/oauth2/v3/token`, state, close: server.close };
}
