import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { PushChannel, PushContent, PushOutcome, PushTarget, PushVendor, XiaomiCredential } from '../push-channel';
import { PushChannelRegistry } from '../push-channel.registry';
import { FORM_CONTENT_TYPE, formBody, msUntilShanghaiMidnight, retryAfterMs, vendorRequest, VendorResponse } from '../vendor-common/vendor-http';
import { outcomeOfHttpStatus, outcomesOf } from '../vendor-common/vendor-outcome';
import { buildXiaomiForm } from './xiaomi-payload';

const NO_VALID_TARGETS = 20301;
const RETRYABLE = new Set([10001, 10002, 10003, 10027, 10037]);
const DAILY_QUOTA = new Set([10034, 200001]);
const FATAL_CONFIG = new Set([21301, 21302, 22000, 22006, 22007, 22022, 10031, 10036, 27001]);

/**
 * Xiaomi MiPush: static `Authorization: key=<AppSecret>` (no token exchange), one form POST per up
 * to 1000 regIds. HTTP is normally 200 and the business `code` decides; `data.bad_regids` on a
 * success lists the dead regIds, everything else in the call was accepted.
 */
@Injectable()
export class XiaomiChannel implements PushChannel<PushVendor.Xiaomi> {
  readonly vendor = PushVendor.Xiaomi;
  readonly maxBatch = 1000;

  constructor(
    registry: PushChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    registry.register(this);
  }

  async send(credential: XiaomiCredential, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    return outcomesOf(this.vendor, targets, async () => {
      const form = buildXiaomiForm(content, targets.map((target) => target.deviceToken), credential.packageName);
      const response = await vendorRequest(`${this.config.pushVendors.xiaomiBaseUrl}/v3/message/regid`, {
        headers: { authorization: `key=${credential.appSecret}`, 'content-type': FORM_CONTENT_TYPE },
        body: formBody(form),
      });
      return this.classify(response, targets);
    });
  }

  /** The answer in the sheet's classes (push-vendors.md §5). */
  private classify(response: VendorResponse, targets: readonly PushTarget[]): PushOutcome[] {
    const now = this.clock.now().getTime();
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    const all = (outcome: PushOutcome) => targets.map(() => outcome);
    if (response.status !== 200 || !response.json) return all(outcomeOfHttpStatus('xiaomi', response.status, retryAfter, response.text.slice(0, 200)));
    const code = Number(response.json.code);
    const reason = `xiaomi ${code}: ${response.json.reason ?? response.json.description ?? ''}`;
    if (code === 0) {
      const bad = new Set(String(response.json.data?.bad_regids ?? '').split(',').filter(Boolean));
      return targets.map((target) => (bad.has(target.deviceToken) ? { kind: 'invalidToken', reason: 'xiaomi bad_regids' } : { kind: 'ok' }));
    }
    if (code === NO_VALID_TARGETS) return all({ kind: 'invalidToken', reason });
    if (RETRYABLE.has(code)) return all({ kind: 'retryable', retryAfterMs: retryAfter, reason });
    if (DAILY_QUOTA.has(code)) return all({ kind: 'quotaExhausted', retryAfterMs: msUntilShanghaiMidnight(now), reason });
    if (FATAL_CONFIG.has(code)) return all({ kind: 'fatalConfig', reason });
    return all({ kind: 'fatalMessage', reason });
  }
}
