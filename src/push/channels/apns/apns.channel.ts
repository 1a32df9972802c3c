import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ClientHttp2Session, connect, constants as h2 } from 'node:http2';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { ApnsCredential, PushChannel, PushContent, PushEnvironment, PushOutcome, PushTarget, PushVendor } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { retryAfterMs, VendorUnreachableError } from '../vendor-common/vendor-http';
import { mapWithConcurrency, outcomesOf, sendWithVendorToken, VendorAttempt, VendorOutcomeError } from '../vendor-common/vendor-outcome';
import { VendorTokenCache, VendorTokenScope } from '../vendor-common/vendor-token.cache';
import { APNS_MAX_PAYLOAD_BYTES, buildApnsRequest } from './apns-payload';
import { createApnsProviderToken, PROVIDER_TOKEN_LIFETIME_MS } from './apns-provider-token';

interface ApnsAnswer {
  status: number;
  reason: string;
  retryAfter: string | undefined;
}

const STREAM_TIMEOUT_MS = 15_000;
/** Streams in flight per send() on the shared session (Apple allows ~1000 per connection). */
const CONCURRENT_STREAMS = 100;

/**
 * Apple Push Notification service over HTTP/2 with token (.p8) auth. One long-lived session per
 * credential and environment, reused by every send and replaced after GOAWAY, a close, or an
 * answer Apple follows with a reconnect (500, 503, IdleTimeout). The provider JWT is shared by all
 * workers through VendorTokenCache, renewed every 50 minutes and at once on ExpiredProviderToken.
 */
@Injectable()
export class ApnsChannel implements PushChannel<PushVendor.Apns>, OnModuleDestroy {
  readonly vendor = PushVendor.Apns;
  readonly maxBatch = 500;
  private readonly sessions = new Map<string, ClientHttp2Session>();

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: VendorTokenCache,
  ) {
    registry.register(this);
  }

  onModuleDestroy(): void {
    for (const session of this.sessions.values()) session.close();
    this.sessions.clear();
  }

  async send(credential: ApnsCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    const origin = credential.environment === PushEnvironment.Development ? this.config.pushVendors.apnsSandboxBaseUrl : this.config.pushVendors.apnsBaseUrl;
    const scope: VendorTokenScope = { appId: credential.appId, vendor: this.vendor, credentialParts: [credential.id, credential.version, credential.teamId, credential.keyId] };
    const fetchToken = async () => {
      try {
        const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
        return { token: createApnsProviderToken({ teamId: credential.teamId, keyId: credential.keyId, privateKeyPem: credential.privateKey }, issuedAt), expiresInMs: PROVIDER_TOKEN_LIFETIME_MS };
      } catch (error) {
        throw new VendorOutcomeError({ kind: 'fatalConfig', reason: `apns: the .p8 key of certificate ${credential.name} is unusable: ${(error as Error).message}` });
      }
    };
    return mapWithConcurrency(targets, CONCURRENT_STREAMS, async (target) => {
      const request = buildApnsRequest(content, target, credential.bundleId, this.clock.now().getTime());
      const size = Buffer.byteLength(request.body);
      if (size > APNS_MAX_PAYLOAD_BYTES) {
        return { kind: 'fatalMessage', reason: `apns: payload is ${size} bytes; APNs accepts at most ${APNS_MAX_PAYLOAD_BYTES}` } as PushOutcome;
      }
      const [outcome] = await outcomesOf(this.vendor, [target], () =>
        sendWithVendorToken(this.tokens, scope, { refreshMarginMs: 0 }, fetchToken, async (jwt): Promise<VendorAttempt> => {
          const answer = await this.post(origin, credential, `/3/device/${target.deviceToken}`, { ...request.headers, authorization: `bearer ${jwt}` }, request.body);
          if (answer.status === 403 && answer.reason === 'ExpiredProviderToken') return { authRejected: answer.reason };
          return [this.classify(answer, origin, credential)];
        }),
      );
      return outcome;
    });
  }

  /** Apple's answer in the sheet's classes (push-vendors.md §2). */
  private classify(answer: ApnsAnswer, origin: string, credential: ApnsCredential): PushOutcome {
    const { status, reason } = answer;
    const detail = `apns ${status} ${reason || '(no reason)'}`;
    if (status === 200) return { kind: 'ok' };
    if (status === 410 || ['BadDeviceToken', 'DeviceTokenNotForTopic', 'Unregistered', 'ExpiredToken'].includes(reason)) {
      return { kind: 'invalidToken', reason: detail };
    }
    if (status === 429 && reason === 'TooManyProviderTokenUpdates') return { kind: 'fatalConfig', reason: detail };
    if (status === 500 || status === 503 || reason === 'IdleTimeout' || reason === 'Shutdown') {
      // Apple expects a new connection after these.
      this.dropSession(origin, credential);
    }
    if (status === 429 || status >= 500 || reason === 'IdleTimeout') {
      return { kind: 'retryable', retryAfterMs: retryAfterMs(answer.retryAfter, this.clock.now().getTime()), reason: detail };
    }
    if (status === 403 || status === 404 || status === 405) return { kind: 'fatalConfig', reason: detail };
    if (['BadTopic', 'TopicDisallowed', 'MissingTopic', 'InvalidPushType', 'BadCertificate', 'BadCertificateEnvironment'].includes(reason)) {
      return { kind: 'fatalConfig', reason: detail };
    }
    return { kind: 'fatalMessage', reason: detail };
  }

  private sessionKey(origin: string, credential: ApnsCredential): string {
    return `${origin}|${credential.id}|${credential.version}`;
  }

  private sessionFor(origin: string, credential: ApnsCredential): ClientHttp2Session {
    const key = this.sessionKey(origin, credential);
    const existing = this.sessions.get(key);
    if (existing && !existing.closed && !existing.destroyed) return existing;
    const session = connect(origin);
    const forget = () => {
      if (this.sessions.get(key) === session) this.sessions.delete(key);
    };
    session.on('goaway', forget);
    session.on('close', forget);
    // A connection failure also fails the streams waiting on it; they report it.
    session.on('error', forget);
    // An idle APNs connection must not keep a worker process from exiting.
    session.unref();
    this.sessions.set(key, session);
    return session;
  }

  private dropSession(origin: string, credential: ApnsCredential): void {
    const key = this.sessionKey(origin, credential);
    const session = this.sessions.get(key);
    if (!session) return;
    this.sessions.delete(key);
    session.close();
  }

  /**
   * One request; a stream the server refused unprocessed (REFUSED_STREAM after GOAWAY) or a session
   * that died before the stream started is resent once on a new connection: Apple never saw it.
   */
  private async post(origin: string, credential: ApnsCredential, path: string, headers: Record<string, string>, body: string): Promise<ApnsAnswer> {
    try {
      return await this.postOnce(origin, credential, path, headers, body);
    } catch (error) {
      if (!(error instanceof UnprocessedStreamError)) throw error;
      this.dropSession(origin, credential);
      return this.postOnce(origin, credential, path, headers, body);
    }
  }

  private postOnce(origin: string, credential: ApnsCredential, path: string, headers: Record<string, string>, body: string): Promise<ApnsAnswer> {
    return new Promise((resolve, reject) => {
      let stream;
      try {
        stream = this.sessionFor(origin, credential).request({ ':method': 'POST', ':path': path, 'content-type': 'application/json', ...headers });
      } catch (error) {
        // The session died between lookup and request (GOAWAY race).
        reject(new UnprocessedStreamError(`apns: ${(error as Error).message}`));
        return;
      }
      let status = 0;
      let retryAfter: string | undefined;
      const chunks: Buffer[] = [];
      stream.setTimeout(STREAM_TIMEOUT_MS, () => stream.close(h2.NGHTTP2_CANCEL));
      stream.on('response', (responseHeaders) => {
        status = Number(responseHeaders[':status']);
        const header = responseHeaders['retry-after'];
        retryAfter = Array.isArray(header) ? header[0] : header;
      });
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        let reason = '';
        try {
          reason = chunks.length ? String(JSON.parse(Buffer.concat(chunks).toString('utf8')).reason ?? '') : '';
        } catch {
          reason = '';
        }
        resolve({ status, reason, retryAfter });
      });
      stream.on('error', (error) => {
        const unprocessed = !status && (stream.rstCode === h2.NGHTTP2_REFUSED_STREAM || (error as { code?: string }).code === 'ERR_HTTP2_GOAWAY_SESSION');
        reject(unprocessed ? new UnprocessedStreamError(`apns: ${error.message}`) : new VendorUnreachableError(`apns: ${error.message}`));
      });
      stream.on('close', () => {
        if (status) return;
        if (stream.rstCode === h2.NGHTTP2_REFUSED_STREAM) reject(new UnprocessedStreamError('apns: stream refused'));
        else reject(new VendorUnreachableError(`apns: stream closed before an answer (code ${stream.rstCode})`));
      });
      stream.end(body);
    });
  }
}

/** The stream never reached APNs' processing (refused, or its session was already going away): safe to resend at once. */
class UnprocessedStreamError extends VendorUnreachableError {}
