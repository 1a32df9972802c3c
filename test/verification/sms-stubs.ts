import { createHash, createHmac } from 'node:crypto';
import { startHttpStub, StubAnswer, StubRequest, StubState } from '../push/stubs/stub-server';

/** One SMS a vendor stub accepted: the number and what the phone would show (text, or template and its parameters). */
export interface StubSms {
  to: string;
  text?: string;
  templateId?: string;
  params?: unknown;
}

export interface SmsStub {
  url: string;
  state: StubState;
  messages: StubSms[];
  /** The code in the last message to `to` (6 digits), for tests that act on it. */
  lastCode(to: string): string;
  /** Makes the next calls fail the vendor's way (quota, bad template) until cleared. */
  refuse(refusing: boolean): void;
  close(): Promise<void>;
}

async function start(handle: (request: StubRequest, stub: SmsStub) => StubAnswer): Promise<SmsStub> {
  const state = new StubState();
  const messages: StubSms[] = [];
  let refusing = false;
  const stub: SmsStub = {
    url: '',
    state,
    messages,
    lastCode(to) {
      const message = [...messages].reverse().find((sent) => sent.to === to);
      const code = /\d{6}/.exec(message?.text ?? JSON.stringify(message?.params ?? ''))?.[0];
      if (!code) throw new Error(`no code was sent to ${to}; sent: ${JSON.stringify(messages)}`);
      return code;
    },
    refuse(value) {
      refusing = value;
    },
    close: async () => undefined,
  };
  const running = await startHttpStub(state, (request) => (refusing ? { status: 503, json: { message: 'service unavailable' } } : handle(request, stub)));
  stub.url = running.url;
  stub.close = running.close;
  return stub;
}

const rfc3986 = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Alibaba Cloud dysmsapi: GET / with the RPC signature recomputed here (HMAC-SHA1 over
 * "GET&%2F&" + the encoded sorted query, key secret + "&"); answers {Code: "OK"} or the vendor's
 * error codes (SignatureDoesNotMatch, InvalidAccessKeyId.NotFound, isv.BUSINESS_LIMIT_CONTROL).
 */
export function startAliyunStub(options: { accessKeyId: string; accessKeySecret: string }): Promise<SmsStub> {
  return start((request, stub) => {
    const query = request.query;
    const fail = (Code: string, Message: string): StubAnswer => ({ status: Code === 'OK' ? 200 : 400, json: { Code, Message, RequestId: 'req-1' } });
    if (request.method !== 'GET' || request.path !== '/') return fail('InvalidAction', stub.state.violation(`${request.method} ${request.path}`));
    if (query.AccessKeyId !== options.accessKeyId) return fail('InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    for (const [name, value] of Object.entries({ Action: 'SendSms', Version: '2017-05-25', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', Format: 'JSON' })) {
      if (query[name] !== value) return fail('MissingParameter', stub.state.violation(`${name} must be ${value}, got ${query[name]}`));
    }
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(query.Timestamp ?? '')) return fail('InvalidTimeStamp.Format', stub.state.violation(`Timestamp ${query.Timestamp}`));
    if (!query.SignatureNonce) return fail('MissingSignatureNonce', stub.state.violation('no SignatureNonce'));
    const canonical = Object.keys(query)
      .filter((name) => name !== 'Signature')
      .sort()
      .map((name) => `${rfc3986(name)}=${rfc3986(query[name])}`)
      .join('&');
    const expected = createHmac('sha1', `${options.accessKeySecret}&`).update(`GET&%2F&${rfc3986(canonical)}`).digest('base64');
    if (query.Signature !== expected) return fail('SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    if (!query.SignName || !query.TemplateCode || !query.PhoneNumbers) return fail('MissingParameter', stub.state.violation('SignName, TemplateCode and PhoneNumbers are required'));
    stub.messages.push({ to: query.PhoneNumbers, templateId: query.TemplateCode, params: JSON.parse(query.TemplateParam ?? '{}') });
    return { status: 200, json: { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'req-1' } };
  });
}

/**
 * Tencent Cloud SMS: POST / with the TC3-HMAC-SHA256 Authorization recomputed here from the
 * signed headers; answers Response.SendStatusSet, or Response.Error (AuthFailure.SignatureFailure…).
 */
export function startTencentStub(options: { secretId: string; secretKey: string; sdkAppId: string }): Promise<SmsStub> {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();
  return start((request, stub) => {
    const error = (Code: string, Message: string): StubAnswer => ({ status: 200, json: { Response: { Error: { Code, Message }, RequestId: 'req-1' } } });
    const headers = request.headers;
    if (request.method !== 'POST' || request.path !== '/') return error('InvalidAction', stub.state.violation(`${request.method} ${request.path}`));
    if (headers['x-tc-action'] !== 'SendSms' || headers['x-tc-version'] !== '2021-01-11') return error('InvalidAction', stub.state.violation(`action ${headers['x-tc-action']} ${headers['x-tc-version']}`));
    const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/sms\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(headers.authorization ?? '');
    if (!match) return error('AuthFailure.InvalidAuthorization', stub.state.violation(`Authorization ${headers.authorization}`));
    const [, secretId, date, signedHeaders, signature] = match;
    if (secretId !== options.secretId) return error('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
    const timestamp = headers['x-tc-timestamp'];
    if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) return error('AuthFailure.SignatureFailure', stub.state.violation('credential date is not the UTC date of X-TC-Timestamp'));
    const names = signedHeaders.split(';');
    const canonicalHeaders = names.map((name) => `${name}:${(headers[name] ?? '').trim().toLowerCase()}\n`).join('');
    const canonical = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256(request.rawBody)].join('\n');
    const stringToSign = ['TC3-HMAC-SHA256', timestamp, `${date}/sms/tc3_request`, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(`TC3${options.secretKey}`, date), 'sms'), 'tc3_request');
    if (createHmac('sha256', key).update(stringToSign).digest('hex') !== signature) return error('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
    if (!names.includes('host') || !names.includes('content-type')) return error('AuthFailure.SignatureFailure', stub.state.violation('host and content-type must be signed'));
    const body = request.json;
    if (body?.SmsSdkAppId !== options.sdkAppId) return error('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId not exist.');
    if (!body.SignName || !body.TemplateId || !Array.isArray(body.PhoneNumberSet)) return error('MissingParameter', stub.state.violation('SignName, TemplateId and PhoneNumberSet are required'));
    for (const to of body.PhoneNumberSet) stub.messages.push({ to, templateId: body.TemplateId, params: body.TemplateParamSet });
    const statuses = body.PhoneNumberSet.map((to: string) => ({ SerialNo: '2028:1', PhoneNumber: to, Fee: 1, SessionContext: '', Code: 'Ok', Message: 'send success', IsoCode: 'CN' }));
    return { status: 200, json: { Response: { SendStatusSet: statuses, RequestId: 'req-1' } } };
  });
}

/** Yunpian v2 single_send: form apikey, mobile, text (must start with a 【signature】); code 0 or the vendor's error codes. */
export function startYunpianStub(options: { apikey: string }): Promise<SmsStub> {
  return start((request, stub) => {
    const error = (code: number, msg: string): StubAnswer => ({ status: 400, json: { http_status_code: 400, code, msg, detail: msg } });
    if (request.method !== 'POST' || request.path !== '/v2/sms/single_send.json') return error(-1, stub.state.violation(`${request.method} ${request.path}`));
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return error(-1, stub.state.violation('form body expected'));
    const form = request.form;
    if (form.apikey !== options.apikey) return error(-1, '非法的apikey');
    if (!/^【[^】]+】/.test(form.text ?? '')) return error(5, '未找到匹配的模板');
    if (!/^(1\d{10}|\+\d{8,})$/.test(form.mobile ?? '')) return error(2, stub.state.violation(`mobile ${form.mobile}`));
    stub.messages.push({ to: form.mobile, text: form.text });
    return { status: 200, json: { code: 0, msg: '发送成功', count: 1, fee: 0.05, unit: 'RMB', mobile: form.mobile, sid: 3310228982 } };
  });
}

/** Twilio Messages.json: HTTP Basic (Account SID, auth token), form To (E.164), From, Body; 201 or the vendor's error JSON. */
export function startTwilioStub(options: { accountSid: string; authToken: string }): Promise<SmsStub> {
  return start((request, stub) => {
    const error = (status: number, code: number, message: string): StubAnswer => ({ status, json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } });
    if (request.method !== 'POST' || request.path !== `/2010-04-01/Accounts/${options.accountSid}/Messages.json`) return error(404, 20404, stub.state.violation(`${request.method} ${request.path}`));
    if (request.headers.authorization !== `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`) return error(401, 20003, 'Authenticate');
    const form = request.form;
    if (!/^\+[1-9]\d{6,14}$/.test(form.To ?? '')) return error(400, 21211, `The 'To' number ${form.To} is not a valid phone number.`);
    if (!form.From || !form.Body) return error(400, 21602, stub.state.violation('From and Body are required'));
    stub.messages.push({ to: form.To, text: form.Body });
    return { status: 201, json: { sid: 'SM00000000000000000000000000000000', status: 'queued', to: form.To, from: form.From, body: form.Body } };
  });
}
