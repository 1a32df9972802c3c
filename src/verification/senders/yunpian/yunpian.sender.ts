import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { FORM_CONTENT_TYPE, formBody } from '../../../push/channels/vendor-common/vendor-http';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';
import { smsVendorRequest } from '../vendor-request';

/**
 * Yunpian (SealTalk's SMS vendor), v2 single_send: the apikey and our rendered text, which must
 * match a template approved at Yunpian and start with the 【signature】. Mainland numbers go as
 * they are, others with "+".
 */
@Injectable()
export class YunpianSender implements CodeSender {
  readonly vendor = SenderVendor.Yunpian;
  readonly requiredSettings = [] as const;
  readonly needsSecret = true;
  readonly usesTemplateId = false;
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.verification.yunpianBaseUrl;
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    const response = await smsVendorRequest('yunpian', `${this.baseUrl}/v2/sms/single_send.json`, {
      headers: { 'Content-Type': FORM_CONTENT_TYPE, Accept: 'application/json;charset=utf-8' },
      body: formBody({ apikey: credential.secret ?? '', mobile: message.to, text: message.text }),
    });
    if (response.status !== 200 || response.json?.code !== 0) {
      throw new SendFailedError(`yunpian ${response.json?.code ?? response.status}: ${response.json?.msg ?? response.text.slice(0, 200)}`);
    }
  }
}
