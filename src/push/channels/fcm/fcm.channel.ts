import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { FcmCredential, PushChannel, PushContent, PushOutcome, PushTarget, PushVendor } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { FORM_CONTENT_TYPE, formBody, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { mapWithConcurrency, outcomeOfHttpStatus, outcomesOf, sendWithVendorToken, VendorAttempt, VendorOutcomeError } from '../vendor-common/vendor-outcome';
import { FetchedVendorToken, VendorTokenCache, VendorTokenScope } from '../vendor-common/vendor-token.cache';
import { createServiceAccountAssertion, JWT_BEARER_GRANT } from './fcm-assertion';
import { buildFcmMessage } from './fcm-payload';

/** Parallel single sends per send() call (FCM has no batch endpoint any more; the Admin SDK does the same). */
const CONCURRENT_SENDS = 50;

/**
 * Firebase Cloud Messaging HTTP v1. The service-account JWT (RS256) is exchanged at the configured
 * token URL for an OAuth2 access token, shared by all workers and renewed 5 minutes before expiry;
 * a 401 without FCM error details means the token went stale: refresh once and resend.
 */
@Injectable()
export class FcmChannel implements PushChannel<PushVendor.Fcm> {
  readonly vendor = PushVendor.Fcm;
  readonly maxBatch = 500;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: VendorTokenCache,
  ) {
    registry.register(this);
  }

  async send(credential: FcmCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    const { fcmBaseUrl, fcmTokenUrl } = this.config.pushVendors;
    const scope: VendorTokenScope = { appId: credential.appId, vendor: this.vendor, credentialParts: [credential.id, credential.version, credential.clientEmail, fcmTokenUrl] };
    const url = `${fcmBaseUrl}/v1/projects/${encodeURIComponent(credential.projectId)}/messages:send`;
    return outcomesOf(this.vendor, targets, async () => {
      // Fetch the token once up front so a refused credential fails the call once, not per device.
      await this.tokens.get(scope, { refreshMarginMs: 5 * 60_000 }, () => this.fetchAccessToken(credential, fcmTokenUrl));
      return mapWithConcurrency(targets, CONCURRENT_SENDS, async (target) => {
        const body = JSON.stringify({ message: buildFcmMessage(content, target) });
        const [outcome] = await outcomesOf(this.vendor, [target], () =>
          sendWithVendorToken(this.tokens, scope, { refreshMarginMs: 5 * 60_000 }, () => this.fetchAccessToken(credential, fcmTokenUrl), async (accessToken): Promise<VendorAttempt> => {
            const response = await vendorRequest(url, { headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body });
            const errorCode = fcmErrorCode(response);
            if (response.status === 401 && errorCode === undefined) return { authRejected: `HTTP 401 ${response.json?.error?.status ?? ''}`.trim() };
            return [this.classify(response, errorCode)];
          }),
        );
        return outcome;
      });
    });
  }

  private async fetchAccessToken(credential: FcmCredential, tokenUrl: string): Promise<FetchedVendorToken> {
    let assertion: string;
    try {
      assertion = createServiceAccountAssertion(
        { project_id: credential.projectId, client_email: credential.clientEmail, private_key: credential.privateKey, private_key_id: credential.privateKeyId },
        tokenUrl,
        Math.floor(this.clock.now().getTime() / 1000),
      );
    } catch (error) {
      throw new VendorOutcomeError({ kind: 'fatalConfig', reason: `fcm: the private key of certificate ${credential.name} is unusable: ${(error as Error).message}` });
    }
    const response = await vendorRequest(tokenUrl, { headers: { 'content-type': FORM_CONTENT_TYPE }, body: formBody({ grant_type: JWT_BEARER_GRANT, assertion }) });
    if (response.status === 200 && typeof response.json?.access_token === 'string') {
      return { token: response.json.access_token, expiresInMs: Number(response.json.expires_in ?? 3600) * 1000 };
    }
    const detail = `${response.json?.error ?? ''} ${response.json?.error_description ?? response.text.slice(0, 200)}`.trim();
    if (response.status === 429 || response.status >= 500) {
      throw new VendorOutcomeError({ kind: 'retryable', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.clock.now().getTime()), reason: `fcm token endpoint HTTP ${response.status}: ${detail}` });
    }
    throw new VendorOutcomeError({ kind: 'fatalConfig', reason: `fcm token endpoint refused the service account (HTTP ${response.status}): ${detail}` });
  }

  /** The answer in the sheet's classes (push-vendors.md §3). */
  private classify(response: VendorResponse, errorCode: string | undefined): PushOutcome {
    if (response.status === 200) return { kind: 'ok' };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.clock.now().getTime());
    const message: string = response.json?.error?.message ?? response.text.slice(0, 200);
    const code = errorCode ?? response.json?.error?.status;
    const reason = `fcm HTTP ${response.status} ${code ?? ''}: ${message}`;
    switch (code) {
      case 'UNREGISTERED':
      case 'SENDER_ID_MISMATCH':
        return { kind: 'invalidToken', reason };
      case 'INVALID_ARGUMENT':
        return isTokenViolation(response) ? { kind: 'invalidToken', reason } : { kind: 'fatalMessage', reason };
      case 'UNAVAILABLE':
      case 'INTERNAL':
      case 'QUOTA_EXCEEDED':
      case 'RESOURCE_EXHAUSTED':
        return { kind: 'retryable', retryAfterMs: retryAfter, reason };
      case 'THIRD_PARTY_AUTH_ERROR':
      case 'PERMISSION_DENIED':
      case 'UNAUTHENTICATED':
      case 'NOT_FOUND':
        return { kind: 'fatalConfig', reason };
    }
    return outcomeOfHttpStatus('fcm', response.status, retryAfter, `${code ?? ''} ${message}`);
  }
}

/** `details[].errorCode` of the FcmError detail, which is more precise than `error.status`. */
function fcmErrorCode(response: VendorResponse): string | undefined {
  const details: any[] = Array.isArray(response.json?.error?.details) ? response.json.error.details : [];
  const fcmError = details.find((detail) => typeof detail?.['@type'] === 'string' && detail['@type'].endsWith('google.firebase.fcm.v1.FcmError'));
  return typeof fcmError?.errorCode === 'string' ? fcmError.errorCode : undefined;
}

/** INVALID_ARGUMENT names the token only through its message or a field violation on message.token (FD-tok). */
function isTokenViolation(response: VendorResponse): boolean {
  const error = response.json?.error ?? {};
  if (typeof error.message === 'string' && /registration token/i.test(error.message)) return true;
  const details: any[] = Array.isArray(error.details) ? error.details : [];
  return details.some((detail) => Array.isArray(detail?.fieldViolations) && detail.fieldViolations.some((violation: any) => violation?.field === 'message.token'));
}
