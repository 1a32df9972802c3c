import { createPublicKey, KeyObject } from 'node:crypto';
import { createServer, Http2Server, Http2Session, ServerHttp2Stream } from 'node:http2';
import { AddressInfo } from 'node:net';
import { verifyJwt } from './jwt-check';
import { StubState } from './stub-server';

export interface ApnsStub {
  /** http://127.0.0.1:port — cleartext HTTP/2 (h2c); the adapter connects with node:http2 exactly as to Apple. */
  url: string;
  state: StubState;
  /** HTTP/2 connections the stub has accepted: proves the adapter reuses one session. */
  connections(): number;
  /** Every provider JWT seen so far is answered 403 ExpiredProviderToken from now on. */
  expireProviderTokens(): void;
  /** Sends GOAWAY on every open connection (Apple does on maintenance), so the adapter must reconnect. */
  goAway(): void;
  close(): Promise<void>;
}

/**
 * APNs over h2c: POST /3/device/{token} with `authorization: bearer <ES256 JWT>` verified against
 * the .p8 key's public half ({alg ES256, kid} / {iss, iat}, no exp), `apns-topic` = the bundle id,
 * `apns-push-type`, JSON with `aps`, ≤ 4096 bytes. Answers 200 + apns-id, or status + {reason}
 * (410 carries a timestamp), as Apple does.
 */
export async function startApnsStub(options: { teamId: string; keyId: string; privateKeyPem: string; bundleId: string }): Promise<ApnsStub> {
  const state = new StubState();
  const publicKey: KeyObject = createPublicKey(options.privateKeyPem);
  const expired = new Set<string>();
  const seen = new Set<string>();
  const sessions = new Set<Http2Session>();
  let connections = 0;
  const server: Http2Server = createServer();
  server.on('session', (session) => {
    connections++;
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on('stream', (stream: ServerHttp2Stream, headers) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = String(headers[':path']);
      const plainHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers)) if (!name.startsWith(':')) plainHeaders[name] = String(value);
      let json: any = null;
      try {
        json = JSON.parse(rawBody);
      } catch {
        json = null;
      }
      state.requests.push({ method: String(headers[':method']), path, headers: plainHeaders, rawBody, query: {}, form: {}, json, at: Date.now() });
      const reply = (status: number, reason?: string, extra: Record<string, string | number> = {}) => {
        // Apple echoes the request's apns-id, or assigns one.
        stream.respond({ ':status': status, 'apns-id': String(headers['apns-id'] ?? '00000000-0000-0000-0000-000000000001'), ...extra });
        stream.end(reason ? JSON.stringify(status === 410 ? { reason, timestamp: Date.now() } : { reason }) : undefined);
      };
      const refuse = (status: number, reason: string, why: string) => {
        state.violation(why);
        reply(status, reason);
      };
      const match = /^\/3\/device\/([0-9A-Za-z_-]+)$/.exec(path);
      if (headers[':method'] !== 'POST') return reply(405, 'MethodNotAllowed');
      if (!match) return refuse(404, 'BadPath', `BadPath ${path}`);
      const jwt = /^bearer (.+)$/.exec(String(headers.authorization ?? ''))?.[1];
      if (!jwt) return reply(403, 'MissingProviderToken');
      const decoded = verifyJwt(jwt, publicKey, 'ES256');
      if (!decoded || decoded.header.kid !== options.keyId || decoded.claims.iss !== options.teamId || typeof decoded.claims.iat !== 'number' || 'exp' in decoded.claims) {
        return reply(403, 'InvalidProviderToken');
      }
      if (expired.has(jwt)) return reply(403, 'ExpiredProviderToken');
      seen.add(jwt);
      const apnsId = headers['apns-id'];
      if (apnsId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(apnsId))) return refuse(400, 'BadMessageId', `BadMessageId ${apnsId}`);
      if (headers['apns-topic'] !== options.bundleId) return reply(400, headers['apns-topic'] ? 'BadTopic' : 'MissingTopic');
      const pushType = String(headers['apns-push-type'] ?? '');
      if (!['alert', 'background'].includes(pushType)) return refuse(400, 'InvalidPushType', `InvalidPushType ${pushType}`);
      if (pushType === 'background' && headers['apns-priority'] !== '5') return refuse(400, 'BadPriority', 'background push must use priority 5');
      if (!json || typeof json.aps !== 'object') return refuse(400, 'PayloadEmpty', 'payload without aps');
      if (Buffer.byteLength(rawBody) > 4096) return reply(413, 'PayloadTooLarge');
      const token = match[1];
      const behaviour = state.behaviourOf(token);
      if (behaviour.kind === 'invalidToken') return reply(410, 'Unregistered');
      if (behaviour.kind === 'rateLimited') return reply(429, 'TooManyRequests', { 'retry-after': behaviour.retryAfterSeconds });
      if (behaviour.kind === 'serverError') return reply(500, 'InternalServerError');
      state.deliveries.push({ token, payload: json, headers: plainHeaders });
      reply(200);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    connections: () => connections,
    expireProviderTokens: () => {
      for (const jwt of seen) expired.add(jwt);
    },
    goAway: () => {
      for (const session of sessions) session.goaway();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
