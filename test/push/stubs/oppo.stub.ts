import { createHash } from 'node:crypto';
import { rateLimitedAnswer, startHttpStub, StubAnswer, StubRequest, StubState } from './stub-server';

export interface OppoStub {
  url: string;
  authUrl: string;
  state: StubState;
  close(): Promise<void>;
}

/**
 * OPPO push: POST /server/v1/auth (form app_key, timestamp, sign = sha256(app_key+timestamp+master_secret))
 * → data.auth_token; /server/v1/message/notification/unicast (form `message` JSON) and /unicast_batch
 * (form `messages` JSON array). The auth token must come in the form and the auth_token header.
 * unicast_batch answers `data` = [{registrationId, messageId} | {registrationId, errorCode, errorMessage}]
 * — the reading of the sheet's [verify] item, settled here; batches hold at most 1000 messages.
 */
export async function startOppoStub(options: { appKey: string; masterSecret: string }): Promise<OppoStub> {
  const state = new StubState();
  const answer = (code: number, message: string, data?: unknown): StubAnswer => ({ status: 200, json: { code, message, ...(data === undefined ? {} : { data }) } });
  const checkMessage = (message: any): string | null => {
    if (message?.target_type !== 2 || typeof message.target_value !== 'string') return 'target_type 2 with a target_value';
    const notification = message.notification;
    if (typeof notification?.title !== 'string' || typeof notification.content !== 'string') return 'notification.title and content';
    if (notification.action_parameters !== undefined && typeof notification.action_parameters !== 'string') return 'action_parameters must be JSON text';
    return null;
  };
  const handle = (request: StubRequest): StubAnswer => {
    if (request.path === '/server/v1/auth') {
      const { app_key, timestamp, sign } = request.form;
      if (app_key !== options.appKey) return answer(14, 'Invalid AppKey');
      // OPPO allows ±10 minutes; tests move the adapter's Clock by hours, so only the format is checked.
      if (!/^\d{13}$/.test(timestamp ?? '')) return answer(18, state.violation('timestamp must be epoch milliseconds'));
      if (sign !== createHash('sha256').update(`${app_key}${timestamp}${options.masterSecret}`).digest('hex')) return answer(17, 'Invalid Signature');
      return answer(0, 'Success', { auth_token: state.issueAuthToken('oppo'), create_time: Date.now() });
    }
    const batch = request.path === '/server/v1/message/notification/unicast_batch';
    if (!batch && request.path !== '/server/v1/message/notification/unicast') return { status: 404, json: { code: 404, message: state.violation(`unknown path ${request.path}`) } };
    if (request.form.auth_token !== request.headers.auth_token) state.violation('auth_token header and form field differ');
    if (!state.isValidAuthToken(request.form.auth_token)) return answer(11, 'Invalid AuthToken');
    let messages: any[];
    try {
      messages = batch ? JSON.parse(request.form.messages) : [JSON.parse(request.form.message)];
    } catch {
      return answer(41, state.violation('message(s) is not JSON'));
    }
    if (!Array.isArray(messages) || messages.length < 1 || messages.length > 1000) return answer(41, state.violation('1–1000 messages'));
    for (const message of messages) {
      const problem = checkMessage(message);
      if (problem) return answer(41, state.violation(`Invalid Argument: ${problem}`));
    }
    const ids = messages.map((message) => message.target_value as string);
    const failure = state.callFailureOf(ids);
    if (failure?.kind === 'rateLimited') return rateLimitedAnswer(failure, { code: -2, message: 'Service in Flow Control' });
    if (failure?.kind === 'serverError') return { status: 500, json: { code: -1, message: 'Service Currently Unavailable' } };
    for (const message of messages) if (state.behaviourOf(message.target_value).kind !== 'invalidToken') state.deliveries.push({ token: message.target_value, payload: message });
    if (!batch) {
      return state.behaviourOf(ids[0]).kind === 'invalidToken' ? answer(10000, 'Invalid RegistrationId') : answer(0, 'Success', { messageId: 'm-1' });
    }
    return answer(
      0,
      'Success',
      ids.map((id, index) =>
        state.behaviourOf(id).kind === 'invalidToken' ? { registrationId: id, errorCode: 10000, errorMessage: 'Invalid RegistrationId' } : { registrationId: id, messageId: `m-${index}` },
      ),
    );
  };
  const server = await startHttpStub(state, handle);
  return { url: server.url, authUrl: `${server.url}/server/v1/auth`, state, close: server.close };
}
