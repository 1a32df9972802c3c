import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { FlymeCredential, PushChannel, PushContent, PushOutcome, PushTarget, PushVendor, sameOutcomeFor } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { FORM_CONTENT_TYPE, formBody, msUntilShanghaiMidnight, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { outcomeOfHttpStatus, outcomesOf } from '../vendor-common/vendor-outcome';
import { buildFlymeMessageJson } from './flyme-payload';
import { flymeSign } from './flyme-sign';

const DEAD_TARGET_KEYS = new Set(['110002', '110003', '110005']);
const RETRYABLE_TARGET_KEYS = new Set(['501', '513', '518', '519']);
/** Value key 520: the device got the same message ≥5 times a minute and Meizu collapsed it — informative, counted as accepted. */
const COLLAPSED_KEY = '520';
const RETRYABLE = new Set(['1001', '1003', '500', '110010']);
const DAILY_QUOTA = new Set(['110019']);
const FATAL_CONFIG = new Set(['1006', '110000', '110001', '110033', '110031', '110009', '201']);

/**
 * Meizu Flyme push: no token exchange, every request carries `sign` = md5 over the sorted
 * parameters + appSecret. One form POST per up to 1000 pushIds; `value` of the answer maps failure
 * codes to the pushIds that failed, every other pushId was accepted.
 */
@Injectable()
export class FlymeChannel implements PushChannel<PushVendor.Flyme> {
  readonly vendor = PushVendor.Flyme;
  readonly maxBatch = 1000;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    registry.register(this);
  }

  async send(credential: FlymeCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    if (content.type === 'cmd') return sameOutcomeFor(targets, { kind: 'fatalMessage', reason: 'meizu restricts pass-through messages; cmd pushes go through mxpush or FCM' });
    return outcomesOf(this.vendor, targets, async () => {
      const params = { appId: credential.vendorAppId, pushIds: targets.map((target) => target.deviceToken).join(','), messageJson: buildFlymeMessageJson(content) };
      const response = await vendorRequest(`${this.config.pushVendors.flymeBaseUrl}/garcia/api/server/push/varnished/pushByPushId`, {
        headers: { 'content-type': FORM_CONTENT_TYPE },
        body: formBody({ ...params, sign: flymeSign(params, credential.appSecret) }),
      });
      return this.classify(response, targets);
    });
  }

  /** The answer in the sheet's classes (push-vendors.md §8). */
  private classify(response: VendorResponse, targets: readonly PushTarget[]): PushOutcome[] {
    const now = this.clock.now().getTime();
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    if (response.status !== 200 || !response.json) return sameOutcomeFor(targets, outcomeOfHttpStatus('meizu', response.status, retryAfter, response.text.slice(0, 200)));
    const code = String(response.json.code ?? '');
    const reason = `meizu ${code}: ${response.json.message ?? ''}`;
    if (code === '200') {
      const failed = new Map<string, string>();
      for (const [failCode, ids] of Object.entries(response.json.value ?? {})) {
        if (Array.isArray(ids)) for (const id of ids) failed.set(String(id), failCode);
      }
      return targets.map((target): PushOutcome => {
        const failCode = failed.get(target.deviceToken);
        if (failCode === undefined || failCode === COLLAPSED_KEY) return { kind: 'ok' };
        if (DEAD_TARGET_KEYS.has(failCode)) return { kind: 'invalidToken', reason: `meizu ${failCode}` };
        if (RETRYABLE_TARGET_KEYS.has(failCode)) return { kind: 'retryable', retryAfterMs: retryAfter, reason: `meizu ${failCode}` };
        if (DAILY_QUOTA.has(failCode)) return { kind: 'quotaExhausted', retryAfterMs: msUntilShanghaiMidnight(now), reason: `meizu ${failCode}` };
        return { kind: 'fatalMessage', reason: `meizu ${failCode}` };
      });
    }
    if (RETRYABLE.has(code)) return sameOutcomeFor(targets, { kind: 'retryable', retryAfterMs: retryAfter, reason });
    if (DAILY_QUOTA.has(code)) return sameOutcomeFor(targets, { kind: 'quotaExhausted', retryAfterMs: msUntilShanghaiMidnight(now), reason });
    if (FATAL_CONFIG.has(code)) return sameOutcomeFor(targets, { kind: 'fatalConfig', reason });
    return sameOutcomeFor(targets, { kind: 'fatalMessage', reason });
  }
}
