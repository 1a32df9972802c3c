import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';
import { e164, smsVendorRequest } from '../vendor-request';
import { tc3Authorization } from './tencent-sign';

const CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Tencent Cloud SMS (API 2021-01-11, SendSms) signed with TC3-HMAC-SHA256. The template
 * (`templateId` = TemplateId) gets the code as its first parameter, and the minutes of validity as
 * the second when the sender's `template_params` setting is "code,minutes".
 */
@Injectable()
export class TencentSender implements CodeSender {
  readonly vendor = SenderVendor.Tencent;
  readonly requiredSettings = ['secret_id', 'sdk_app_id', 'sign_name'] as const;
  readonly needsSecret = true;
  readonly usesTemplateId = true;
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.verification.tencentBaseUrl;
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    const params = credential.settings.template_params === 'code,minutes' ? [message.code, String(message.minutes)] : [message.code];
    const payload = JSON.stringify({
      PhoneNumberSet: [e164(message.to)],
      SmsSdkAppId: credential.settings.sdk_app_id,
      SignName: credential.settings.sign_name,
      TemplateId: message.templateId ?? '',
      TemplateParamSet: params,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const host = new URL(this.baseUrl).host;
    const authorization = tc3Authorization({ secretId: credential.settings.secret_id, secretKey: credential.secret ?? '', service: 'sms', host, timestamp, payload, contentType: CONTENT_TYPE });
    const response = await smsVendorRequest('tencent', `${this.baseUrl}/`, {
      headers: {
        Authorization: authorization,
        'Content-Type': CONTENT_TYPE,
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': credential.settings.region || 'ap-guangzhou',
      },
      body: payload,
    });
    const answer = response.json?.Response;
    if (response.status !== 200 || !answer || answer.Error) {
      throw new SendFailedError(`tencent ${answer?.Error?.Code ?? response.status}: ${answer?.Error?.Message ?? response.text.slice(0, 200)}`);
    }
    const status = answer.SendStatusSet?.[0];
    if (status?.Code !== 'Ok') throw new SendFailedError(`tencent ${status?.Code ?? 'no status'}: ${status?.Message ?? ''}`);
  }
}
