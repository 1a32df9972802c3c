import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { HuaweiCredential, PushChannel, PushContent, PushOutcome, PushTarget, PushVendor } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { FORM_CONTENT_TYPE, formBody, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { groupTargets, outcomeOfHttpStatus, outcomesOf, sendWithVendorToken, VendorAttempt, VendorOutcomeError } from '../vendor-common/vendor-outcome';
import { FetchedVendorToken, VendorTokenCache, VendorTokenScope } from '../vendor-common/vendor-token.cache';
import { buildHuaweiMessage } from './huawei-payload';

const SUCCESS = '80000000';
const PARTIAL = '80100000';
const TOKEN_EXPIRED = '80200003';
const INVALID_TOKENS = '80300007';
const RETRYABLE = new Set(['81000001', '80600003']);
const FATAL_CONFIG = new Set(['80200001', '80300002', '80300011']);

/**
 * Huawei Push Kit (HMS REST v1): an OAuth2 client-credentials token shared by all workers, one send
 * per group of up to 1000 tokens with the same badge. 80100000 is partial success: the tokens of
 * `illegal_tokens` (in the JSON text of `msg`) are dead, the others were accepted.
 */
@Injectable()
export class HuaweiChannel implements PushChannel<PushVendor.Huawei> {
  readonly vendor = PushVendor.Huawei;
  readonly maxBatch = 1000;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: VendorTokenCache,
  ) {
    registry.register(this);
  }

  async send(credential: HuaweiCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    const { huaweiBaseUrl, huaweiAuthUrl } = this.config.pushVendors;
    const scope: VendorTokenScope = { appId: credential.appId, vendor: this.vendor, credentialParts: [credential.id, credential.version, credential.clientId, huaweiAuthUrl] };
    const url = `${huaweiBaseUrl}/v1/${encodeURIComponent(credential.clientId)}/messages:send`;
    const outcomes = new Array<PushOutcome>(targets.length);
    for (const group of groupTargets(targets, (target) => String(target.badge ?? ''))) {
      const body = JSON.stringify({ validate_only: false, message: buildHuaweiMessage(content, group.targets.map((target) => target.deviceToken), group.targets[0].badge) });
      const groupOutcomes = await outcomesOf(this.vendor, group.targets, () =>
        sendWithVendorToken(this.tokens, scope, { refreshMarginMs: 5 * 60_000 }, () => this.fetchAccessToken(credential, huaweiAuthUrl), async (accessToken): Promise<VendorAttempt> => {
          const response = await vendorRequest(url, { headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json;charset=utf-8' }, body });
          if (String(response.json?.code ?? '') === TOKEN_EXPIRED) return { authRejected: `${TOKEN_EXPIRED} ${response.json?.msg ?? ''}` };
          return this.classify(response, group.targets);
        }),
      );
      group.indexes.forEach((index, position) => (outcomes[index] = groupOutcomes[position]));
    }
    return outcomes;
  }

  private async fetchAccessToken(credential: HuaweiCredential, authUrl: string): Promise<FetchedVendorToken> {
    const response = await vendorRequest(authUrl, {
      headers: { 'content-type': FORM_CONTENT_TYPE },
      body: formBody({ grant_type: 'client_credentials', client_id: credential.clientId, client_secret: credential.clientSecret }),
    });
    if (response.status === 200 && typeof response.json?.access_token === 'string') {
      return { token: response.json.access_token, expiresInMs: Number(response.json.expires_in ?? 3600) * 1000 };
    }
    const detail = `${response.json?.error ?? ''} ${response.json?.error_description ?? response.text.slice(0, 200)}`.trim();
    if (response.status === 429 || response.status >= 500) {
      throw new VendorOutcomeError({ kind: 'retryable', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.clock.now().getTime()), reason: `huawei token endpoint HTTP ${response.status}: ${detail}` });
    }
    throw new VendorOutcomeError({ kind: 'fatalConfig', reason: `huawei token endpoint refused client ${credential.clientId} (HTTP ${response.status}): ${detail}` });
  }

  /** The answer in the sheet's classes (push-vendors.md §4); one outcome per target of the group. */
  private classify(response: VendorResponse, targets: PushTarget[]): PushOutcome[] {
    const code = String(response.json?.code ?? '');
    const msg = String(response.json?.msg ?? response.text.slice(0, 200));
    const reason = `huawei HTTP ${response.status} ${code}: ${msg}`;
    const all = (outcome: PushOutcome) => targets.map(() => outcome);
    if (code === SUCCESS) return all({ kind: 'ok' });
    if (code === PARTIAL) {
      const illegal = new Set(illegalTokensOf(msg));
      return targets.map((target) => (illegal.has(target.deviceToken) ? { kind: 'invalidToken', reason: 'huawei illegal_tokens' } : { kind: 'ok' }));
    }
    if (code === INVALID_TOKENS) return all({ kind: 'invalidToken', reason });
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.clock.now().getTime());
    if (RETRYABLE.has(code) || response.status === 429 || response.status >= 500) return all({ kind: 'retryable', retryAfterMs: retryAfter, reason });
    if (FATAL_CONFIG.has(code)) return all({ kind: 'fatalConfig', reason });
    if (code.startsWith('801') || code.startsWith('803')) return all({ kind: 'fatalMessage', reason });
    return all(outcomeOfHttpStatus('huawei', response.status, retryAfter, `${code} ${msg}`));
  }
}

/** `msg` of 80100000 is JSON text: {"success":n,"failure":m,"illegal_tokens":[…]}. */
function illegalTokensOf(msg: string): string[] {
  try {
    const parsed = JSON.parse(msg);
    return Array.isArray(parsed?.illegal_tokens) ? parsed.illegal_tokens.map(String) : [];
  } catch {
    return [];
  }
}
