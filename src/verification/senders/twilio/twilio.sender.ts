import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { FORM_CONTENT_TYPE, formBody } from '../../../push/channels/vendor-common/vendor-http';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';
import { e164, smsVendorRequest } from '../vendor-request';

/** Twilio Programmable Messaging: POST Messages.json with HTTP Basic auth (Account SID, auth token), our text as Body. */
@Injectable()
export class TwilioSender implements CodeSender {
  readonly vendor = SenderVendor.Twilio;
  readonly requiredSettings = ['account_sid', 'from'] as const;
  readonly needsSecret = true;
  readonly usesTemplateId = false;
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.verification.twilioBaseUrl;
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    const accountSid = credential.settings.account_sid;
    const basic = Buffer.from(`${accountSid}:${credential.secret ?? ''}`).toString('base64');
    const response = await smsVendorRequest('twilio', `${this.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': FORM_CONTENT_TYPE },
      body: formBody({ To: e164(message.to), From: credential.settings.from, Body: message.text }),
    });
    if (response.status !== 201 && response.status !== 200) {
      throw new SendFailedError(`twilio ${response.json?.code ?? response.status}: ${response.json?.message ?? response.text.slice(0, 200)}`);
    }
  }
}
