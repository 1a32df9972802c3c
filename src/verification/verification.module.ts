import { Module } from '@nestjs/common';
import { CaptchaService } from './captcha.service';
import { CodeSenderRegistry, CODE_SENDERS } from './senders/code-sender.registry';
import { VerificationCodeService } from './verification-code.service';
import { VerificationHasher } from './verification-hasher';
import { VerificationSettingsService } from './verification-settings.service';
import { VerificationController } from './verification.controller';
import { VerificationRepository } from './verification.repository';

/** Verification codes, captchas and code senders; the user and token modules ask it to prove destinations. */
@Module({
  controllers: [VerificationController],
  providers: [VerificationRepository, VerificationHasher, ...CODE_SENDERS, CodeSenderRegistry, VerificationSettingsService, CaptchaService, VerificationCodeService],
  exports: [VerificationCodeService, VerificationSettingsService, CaptchaService],
})
export class VerificationModule {}
