import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';
import { smsVendorRequest } from '../vendor-request';
import { aliyunPercentEncode, aliyunSignature } from './aliyun-sign';

/**
 * Alibaba Cloud SMS (dysmsapi 2017-05-25, SendSms), a GET signed with the RPC signature. The code
 * goes in the registered template (`templateId` = TemplateCode) as its `code` variable; mainland
 * numbers are sent as they are, others as country code + number without the "+".
 */
@Injectable()
export class AliyunSender implements CodeSender {
  readonly vendor = SenderVendor.Aliyun;
  readonly requiredSettings = ['access_key_id', 'sign_name'] as const;
  readonly needsSecret = true;
  readonly usesTemplateId = true;
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.verification.aliyunBaseUrl;
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    const params: Record<string, string> = {
      AccessKeyId: credential.settings.access_key_id,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.to.replace(/^\+/, ''),
      RegionId: credential.settings.region || 'cn-hangzhou',
      SignName: credential.settings.sign_name,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: message.templateId ?? '',
      TemplateParam: JSON.stringify({ code: message.code }),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    params.Signature = aliyunSignature('GET', params, credential.secret ?? '');
    const query = Object.entries(params)
      .map(([name, value]) => `${aliyunPercentEncode(name)}=${aliyunPercentEncode(value)}`)
      .join('&');
    const response = await smsVendorRequest('aliyun', `${this.baseUrl}/?${query}`, { method: 'GET' });
    if (response.status !== 200 || response.json?.Code !== 'OK') {
      throw new SendFailedError(`aliyun ${response.json?.Code ?? response.status}: ${response.json?.Message ?? response.text.slice(0, 200)}`);
    }
  }
}
