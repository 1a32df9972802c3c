import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { OppoCredential, PushChannel, PushContent, PushOutcome, PushTarget, PushVendor, sameOutcomeFor } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { FORM_CONTENT_TYPE, formBody, msUntilShanghaiMidnight, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { outcomeOfHttpStatus, outcomesOf, sendWithVendorToken, VendorAttempt, VendorOutcomeError } from '../vendor-common/vendor-outcome';
import { FetchedVendorToken, VendorTokenCache, VendorTokenScope } from '../vendor-common/vendor-token.cache';
import { buildOppoMessage } from './oppo-payload';
import { oppoAuthSign } from './oppo-sign';

const INVALID_REGISTRATION = 10000;
const AUTH_REJECTED = new Set([11, 29]);
const RETRYABLE = new Set([-1, -2, 13, 55]);
const DAILY_QUOTA = new Set([33, 34]);
const FATAL_CONFIG = new Set([14, 15, 16, 17, 18, 19, 26, 27, 28, 30, 59]);
/** OPPO's auth_token lives 24 h; renew an hour early. */
const AUTH_TOKEN_LIFETIME_MS = 24 * 3600 * 1000;

/**
 * OPPO (HeyTap) push: auth_token from /server/v1/auth (sha256 sign with the MasterSecret), shared by
 * all workers; one device → /notification/unicast, several → /notification/unicast_batch whose
 * `data` answers per registration id. The token goes in the form and (as production code does) in
 * an `auth_token` header. Codes 11/29 = token invalid: refresh once and resend.
 */
@Injectable()
export class OppoChannel implements PushChannel<PushVendor.Oppo> {
  readonly vendor = PushVendor.Oppo;
  readonly maxBatch = 1000;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: VendorTokenCache,
  ) {
    registry.register(this);
  }

  async send(credential: OppoCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    if (content.type === 'cmd') return sameOutcomeFor(targets, { kind: 'fatalMessage', reason: 'oppo has no silent (pass-through) messages; cmd pushes go through mxpush or FCM' });
    const { oppoBaseUrl, oppoAuthUrl } = this.config.pushVendors;
    const scope: VendorTokenScope = { appId: credential.appId, vendor: this.vendor, credentialParts: [credential.id, credential.version, credential.appKey, oppoAuthUrl] };
    const messages = targets.map((target) => buildOppoMessage(content, target));
    const batch = targets.length > 1;
    const url = `${oppoBaseUrl}/server/v1/message/notification/${batch ? 'unicast_batch' : 'unicast'}`;
    return outcomesOf(this.vendor, targets, () =>
      sendWithVendorToken(this.tokens, scope, { refreshMarginMs: 3600_000 }, () => this.fetchAuthToken(credential, oppoAuthUrl), async (authToken): Promise<VendorAttempt> => {
        const form = batch ? { auth_token: authToken, messages: JSON.stringify(messages) } : { auth_token: authToken, message: JSON.stringify(messages[0]) };
        const response = await vendorRequest(url, { headers: { 'content-type': FORM_CONTENT_TYPE, auth_token: authToken }, body: formBody(form) });
        const code = Number(response.json?.code);
        if (AUTH_REJECTED.has(code)) return { authRejected: `${code} ${response.json?.message ?? ''}` };
        return this.classify(response, targets, batch);
      }),
    );
  }

  private async fetchAuthToken(credential: OppoCredential, authUrl: string): Promise<FetchedVendorToken> {
    const timestamp = this.clock.now().getTime();
    const response = await vendorRequest(authUrl, {
      headers: { 'content-type': FORM_CONTENT_TYPE },
      body: formBody({ app_key: credential.appKey, timestamp, sign: oppoAuthSign(credential.appKey, timestamp, credential.masterSecret) }),
    });
    const code = Number(response.json?.code);
    if (response.status === 200 && code === 0 && typeof response.json?.data?.auth_token === 'string') {
      return { token: response.json.data.auth_token, expiresInMs: AUTH_TOKEN_LIFETIME_MS };
    }
    const reason = `oppo auth HTTP ${response.status} ${Number.isNaN(code) ? '' : code}: ${response.json?.message ?? response.text.slice(0, 200)}`;
    if (response.status === 429 || response.status >= 500 || RETRYABLE.has(code)) {
      throw new VendorOutcomeError({ kind: 'retryable', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), timestamp), reason });
    }
    throw new VendorOutcomeError({ kind: 'fatalConfig', reason });
  }

  /** The answer in the sheet's classes (push-vendors.md §6). */
  private classify(response: VendorResponse, targets: readonly PushTarget[], batch: boolean): PushOutcome[] {
    const now = this.clock.now().getTime();
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    if (response.status !== 200 || !response.json) return sameOutcomeFor(targets, outcomeOfHttpStatus('oppo', response.status, retryAfter, response.text.slice(0, 200)));
    const code = Number(response.json.code);
    if (code !== 0) return sameOutcomeFor(targets, outcomeOfCode(code, `oppo ${code}: ${response.json.message ?? ''}`, retryAfter, now));
    if (!batch) return [{ kind: 'ok' }];
    // unicast_batch: data = [{registrationId, messageId} | {registrationId, errorCode, errorMessage}].
    const failures = new Map<string, { errorCode: number; errorMessage?: string }>();
    for (const item of Array.isArray(response.json.data) ? response.json.data : []) {
      if (item?.errorCode !== undefined && item.errorCode !== 0) failures.set(String(item.registrationId), { errorCode: Number(item.errorCode), errorMessage: item.errorMessage });
    }
    return targets.map((target) => {
      const failure = failures.get(target.deviceToken);
      if (!failure) return { kind: 'ok' };
      return outcomeOfCode(failure.errorCode, `oppo ${failure.errorCode}: ${failure.errorMessage ?? ''}`, retryAfter, now);
    });
  }
}

function outcomeOfCode(code: number, reason: string, retryAfter: number | undefined, now: number): PushOutcome {
  if (code === INVALID_REGISTRATION) return { kind: 'invalidToken', reason };
  if (RETRYABLE.has(code)) return { kind: 'retryable', retryAfterMs: retryAfter, reason };
  if (DAILY_QUOTA.has(code)) return { kind: 'quotaExhausted', retryAfterMs: msUntilShanghaiMidnight(now), reason };
  if (FATAL_CONFIG.has(code) || AUTH_REJECTED.has(code)) return { kind: 'fatalConfig', reason };
  return { kind: 'fatalMessage', reason };
}
