import { createPublicKey } from 'node:crypto';
import { verifyJwt } from './jwt-check';
import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface FcmStub {
  url: string;
  tokenUrl: string;
  state: StubState;
  close(): Promise<void>;
}

const FCM_ERROR = 'type.googleapis.com/google.firebase.fcm.v1.FcmError';

function fcmError(status: number, code: string, errorCode: string | null, message: string): StubAnswer {
  const details = errorCode ? [{ '@type': FCM_ERROR, errorCode }] : [];
  return { status, json: { error: { code: status, message, status: code, details } } };
}

/**
 * FCM HTTP v1 plus Google's OAuth2 token endpoint. POST /token takes the jwt-bearer grant and
 * verifies the RS256 assertion (kid, iss = client_email, aud = this token URL, firebase.messaging
 * scope, exp = iat + 3600); POST /v1/projects/{id}/messages:send needs a live Bearer token and a
 * message with `token` and string-only `data`. Errors carry details[].errorCode like FCM does.
 */
export async function startFcmStub(options: { projectId: string; clientEmail: string; privateKeyPem: string; privateKeyId: string; expiresInSeconds?: number }): Promise<FcmStub> {
  const state = new StubState();
  const publicKey = createPublicKey(options.privateKeyPem);
  let tokenUrl = '';
  const handle = (request: StubRequest): StubAnswer => {
    if (request.path === '/token') {
      if (request.form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, json: { error: 'unsupported_grant_type', error_description: state.violation('wrong grant_type') } };
      const decoded = verifyJwt(request.form.assertion ?? '', publicKey, 'RS256');
      if (!decoded) return { status: 400, json: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
      const { header, claims } = decoded;
      if (header.kid !== options.privateKeyId || claims.iss !== options.clientEmail) return { status: 400, json: { error: 'invalid_grant', error_description: 'Invalid JWT: unknown key or issuer.' } };
      if (claims.aud !== tokenUrl || claims.scope !== 'https://www.googleapis.com/auth/firebase.messaging' || claims.exp !== claims.iat + 3600) {
        return { status: 400, json: { error: 'invalid_grant', error_description: state.violation(`bad claims ${JSON.stringify(claims)}`) } };
      }
      return { status: 200, json: { access_token: state.issueAuthToken('ya29'), expires_in: options.expiresInSeconds ?? 3599, token_type: 'Bearer' } };
    }
    const match = /^\/v1\/projects\/([^/]+)\/messages:send$/.exec(request.path);
    if (!match) return fcmError(404, 'NOT_FOUND', null, state.violation(`unknown path ${request.path}`));
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!state.isValidAuthToken(bearer)) return fcmError(401, 'UNAUTHENTICATED', null, 'Request had invalid authentication credentials.');
    if (match[1] !== options.projectId) return fcmError(403, 'PERMISSION_DENIED', null, 'Permission denied on project.');
    const message = request.json?.message;
    if (typeof message?.token !== 'string') return fcmError(400, 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', state.violation('message.token missing'));
    if (message.data && Object.values(message.data).some((value) => typeof value !== 'string')) return fcmError(400, 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', state.violation('data values must be strings'));
    const behaviour = state.behaviourOf(message.token);
    if (behaviour.kind === 'invalidToken') return fcmError(404, 'NOT_FOUND', 'UNREGISTERED', 'Requested entity was not found.');
    if (behaviour.kind === 'rateLimited') return { ...rateLimitedAnswer(behaviour, fcmError(429, 'RESOURCE_EXHAUSTED', 'QUOTA_EXCEEDED', 'Quota exceeded').json) };
    if (behaviour.kind === 'serverError') return fcmError(500, 'INTERNAL', 'INTERNAL', 'Internal error');
    state.deliveries.push({ token: message.token, payload: message });
    return { status: 200, json: { name: `projects/${options.projectId}/messages/${state.deliveries.length}` } };
  };
  const server = await startHttpStub(state, handle);
  tokenUrl = `${server.url}/token`;
  return { url: server.url, tokenUrl, state, close: server.close };
}
