import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';

/**
 * Development sender: writes the code to the server log (warn level, so it shows at the default
 * level). The only place a code is ever logged; refused unless VERIFICATION_LOG_SENDER_ALLOWED
 * (default: not with NODE_ENV=production).
 */
@Injectable()
export class LogSender implements CodeSender {
  readonly vendor = SenderVendor.Log;
  readonly requiredSettings = [] as const;
  readonly needsSecret = false;
  readonly usesTemplateId = false;
  private readonly logger = new Logger('VerificationLogSender');
  readonly allowed: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.allowed = config.verification.logSenderAllowed;
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    if (!this.allowed) throw new SendFailedError('the log sender is not allowed here (VERIFICATION_LOG_SENDER_ALLOWED); configure an SMS or email sender');
    this.logger.warn({ msg: 'verification code (log sender)', app_id: credential.appId, channel: credential.channel, to: message.to, code: message.code });
  }
}
