import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { PushChannel, PushContent, PushOutcome, PushTarget, PushVendor, sameOutcomeFor, VivoCredential } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { msUntilShanghaiMidnight, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { outcomeOfHttpStatus, outcomesOf, perTargetId, sendWithVendorToken, VendorAttempt, VendorOutcomeError } from '../vendor-common/vendor-outcome';
import { FetchedVendorToken, VendorTokenCache, VendorTokenScope } from '../vendor-common/vendor-token.cache';
import { buildVivoContent } from './vivo-payload';
import { vivoAuthSign } from './vivo-sign';

const INVALID_REGID = 10302;
/** "authToken invalid/expired": the sheet names no code; the stub and this adapter settle on 10040 [verify]. */
const AUTH_REJECTED = new Set([10040]);
const DAILY_QUOTA = new Set([10070, 10252, 10254]);
const FATAL_CONFIG = new Set([10094, 10200, 10201, 10202, 10203, 10204, 10205]);
/** vivo's authToken lives 24 h, but vivo asks for a renewal every 1–2 h. */
const AUTH_TOKEN_LIFETIME_MS = 2 * 3600 * 1000;

/**
 * vivo push: authToken from /message/auth (md5 sign), sent as the `authToken` header and shared by
 * all workers. One device → /message/send; 2–1000 → /message/saveListPayload then
 * /message/pushToList. requestId is derived from the task and device (or the list), so a resent
 * request is deduplicated by vivo. invalidUser status 1/3 → dead token; 2 (uninstalled or
 * notifications off) is not counted as delivered but the token is kept (sheet: suppress, don't delete).
 */
@Injectable()
export class VivoChannel implements PushChannel<PushVendor.Vivo> {
  readonly vendor = PushVendor.Vivo;
  readonly maxBatch = 1000;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: VendorTokenCache,
  ) {
    registry.register(this);
  }

  async send(credential: VivoCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    if (content.type === 'cmd') return sameOutcomeFor(targets, { kind: 'fatalMessage', reason: 'vivo has no silent (pass-through) messages; cmd pushes go through mxpush or FCM' });
    const { vivoBaseUrl, vivoAuthUrl } = this.config.pushVendors;
    const scope: VendorTokenScope = { appId: credential.appId, vendor: this.vendor, credentialParts: [credential.id, credential.version, credential.vendorAppId, credential.appKey, vivoAuthUrl] };
    const fields = buildVivoContent(content, credential);
    return outcomesOf(this.vendor, targets, () =>
      sendWithVendorToken(this.tokens, scope, { refreshMarginMs: 0 }, () => this.fetchAuthToken(credential, vivoAuthUrl), async (authToken): Promise<VendorAttempt> => {
        const post = (path: string, body: Record<string, unknown>) =>
          vendorRequest(`${vivoBaseUrl}${path}`, { headers: { authToken, 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (targets.length === 1) {
          const response = await post('/message/send', { ...fields, regId: targets[0].deviceToken, requestId: perTargetId(content.notificationId, targets[0]) });
          return this.classify(response, targets);
        }
        const listId = createHash('sha256').update(targets.map((target) => target.deviceToken).join(',')).digest('hex').slice(0, 16);
        const requestId = `${content.notificationId}-${listId}`.slice(-64);
        const saved = await post('/message/saveListPayload', { ...fields, requestId });
        if (Number(saved.json?.result) !== 0 || !saved.json?.taskId) {
          return this.rejectedByAuth(saved) ?? this.classify(saved, targets);
        }
        const pushed = await post('/message/pushToList', { appId: fields.appId, regIds: targets.map((target) => target.deviceToken), taskId: String(saved.json.taskId), requestId, pushMode: fields.pushMode });
        return this.classify(pushed, targets);
      }),
    );
  }

  private async fetchAuthToken(credential: VivoCredential, authUrl: string): Promise<FetchedVendorToken> {
    const timestamp = this.clock.now().getTime();
    const response = await vendorRequest(authUrl, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appId: Number(credential.vendorAppId), appKey: credential.appKey, timestamp, sign: vivoAuthSign(credential.vendorAppId, credential.appKey, timestamp, credential.appSecret) }),
    });
    if (response.status === 200 && Number(response.json?.result) === 0 && typeof response.json?.authToken === 'string') {
      return { token: response.json.authToken, expiresInMs: AUTH_TOKEN_LIFETIME_MS };
    }
    const reason = `vivo auth HTTP ${response.status} ${response.json?.result ?? ''}: ${response.json?.desc ?? response.text.slice(0, 200)}`;
    if (response.status === 429 || response.status >= 500) {
      throw new VendorOutcomeError({ kind: 'retryable', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), timestamp), reason });
    }
    throw new VendorOutcomeError({ kind: 'fatalConfig', reason });
  }

  private rejectedByAuth(response: VendorResponse): { authRejected: string } | null {
    const result = Number(response.json?.result);
    return AUTH_REJECTED.has(result) ? { authRejected: `${result} ${response.json?.desc ?? ''}` } : null;
  }

  /** The answer in the sheet's classes (push-vendors.md §7). */
  private classify(response: VendorResponse, targets: readonly PushTarget[]): VendorAttempt {
    const auth = this.rejectedByAuth(response);
    if (auth) return auth;
    const now = this.clock.now().getTime();
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    if (response.status !== 200 || !response.json) return sameOutcomeFor(targets, outcomeOfHttpStatus('vivo', response.status, retryAfter, response.text.slice(0, 200)));
    const result = Number(response.json.result);
    const reason = `vivo ${result}: ${response.json.desc ?? ''}`;
    if (result === 0) {
      // /message/send answers one `invalidUser` object; pushToList an `invalidUsers` array [verify: the stub's reading].
      const invalid = new Map<string, number>();
      const listed = [response.json.invalidUser, ...(Array.isArray(response.json.invalidUsers) ? response.json.invalidUsers : [])];
      for (const user of listed) if (user?.userid !== undefined) invalid.set(String(user.userid), Number(user.status));
      return targets.map((target): PushOutcome => {
        const status = invalid.get(target.deviceToken);
        if (status === undefined) return { kind: 'ok' };
        if (status === 1 || status === 3) return { kind: 'invalidToken', reason: `vivo invalidUser status ${status}` };
        if (status === 4) return { kind: 'fatalConfig', reason: 'vivo invalidUser status 4: not a test device while pushMode is 1 (test push)' };
        return { kind: 'fatalMessage', reason: `vivo invalidUser status ${status}: app uninstalled or notifications off on the device` };
      });
    }
    if (result === INVALID_REGID) return sameOutcomeFor(targets, { kind: 'invalidToken', reason });
    if (DAILY_QUOTA.has(result)) return sameOutcomeFor(targets, { kind: 'quotaExhausted', retryAfterMs: msUntilShanghaiMidnight(now), reason });
    if (FATAL_CONFIG.has(result)) return sameOutcomeFor(targets, { kind: 'fatalConfig', reason });
    return sameOutcomeFor(targets, { kind: 'fatalMessage', reason });
  }
}
