import { randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG, VerificationSettings } from '../common/config/config';
import { ApiError, ErrorCode, RateLimitedError } from '../common/errors/error-codes';
import { CaptchaService } from './captcha.service';
import { CodeMessage, SendFailedError, SenderCredential, SenderVendor } from './senders/code-sender';
import { CodeSenderRegistry } from './senders/code-sender.registry';
import { VerificationHasher } from './verification-hasher';
import { ResolvedSender, VerificationSettingsService } from './verification-settings.service';
import { SenderTemplates, VerificationRepository } from './verification.repository';
import { CodeSentResponseDto, VerificationSendDto, VerificationTokenResponseDto } from './verification.dto';
import { Destination, destinationOf, purposeFitsChannel, VerificationPurpose } from './verification.types';

const CODE_PATTERN = /^\d{6}$/;

const BUILT_IN: Record<'en' | 'zh', { text: string; subject: string }> = {
  en: { text: 'Your verification code is {code}. It expires in {minutes} minutes.', subject: 'Your verification code' },
  zh: { text: '您的验证码是 {code}，{minutes} 分钟内有效。', subject: '验证码' },
};

/** Purposes whose codes go only to destinations an account already has (the answer is the same either way). */
const KNOWN_DESTINATIONS_ONLY = new Set([VerificationPurpose.ResetPassword, VerificationPurpose.Login]);

/** What a caller offers as proof of a destination: a 6-digit code, or a verification token from /user/verify_code. */
export type DestinationProof = string | undefined;

/**
 * Verification codes: 6 digits per (app, purpose, destination), stored as an HMAC, valid
 * VERIFICATION_CODE_TTL_SECONDS, spent after VERIFICATION_MAX_CHECKS wrong checks; one send per
 * destination per VERIFICATION_RESEND_SECONDS and daily caps per address and per app. A right
 * code either proves the destination at once or is traded for a single-use verification token.
 */
@Injectable()
export class VerificationCodeService {
  private readonly limits: VerificationSettings;
  private readonly logger = new Logger(VerificationCodeService.name);

  constructor(
    private readonly repository: VerificationRepository,
    private readonly settings: VerificationSettingsService,
    private readonly captchas: CaptchaService,
    private readonly senders: CodeSenderRegistry,
    private readonly hasher: VerificationHasher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = config.verification;
  }

  async send(appId: string, address: string, request: VerificationSendDto): Promise<CodeSentResponseDto> {
    const purpose = request.purpose;
    const destination = destinationOf(request);
    this.assertFits(purpose, destination);
    const settings = await this.settings.settingsOf(appId);
    if ((settings.policies[purpose] ?? 'optional') === 'off') throw ApiError.noPermission(`purpose: ${purpose} codes are off in this app`);
    if (settings.captchaBeforeSend) await this.captchas.assertSolved(appId, request, 'this app asks for a captcha before sending a code');

    const now = this.clock.now();
    const existing = await this.repository.findCode(appId, purpose, destination.address);
    if (existing) this.assertResendAllowed(existing.sentAt, now);
    const day = now.toISOString().slice(0, 10);
    if (!(await this.repository.countSend(appId, `address:${address}`, day, this.limits.dailySendsPerAddress))) {
      throw this.dailyCapReached(now, 'from this address');
    }
    if (!(await this.repository.countSend(appId, 'app', day, this.limits.dailySendsPerApp))) throw this.dailyCapReached(now, 'for this app');

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + this.limits.codeTtlSeconds * 1000);
    const resendCutoff = new Date(now.getTime() - this.limits.resendSeconds * 1000);
    const codeHash = this.hasher.hash(appId, purpose, destination.address, code);
    if (!(await this.repository.replaceCode(appId, purpose, destination.address, codeHash, now, expiresAt, resendCutoff))) {
      // A concurrent request sent its code between our read and this write.
      throw new RateLimitedError(`a code was sent to this destination moments ago; request another in ${this.limits.resendSeconds} s`, this.limits.resendSeconds);
    }
    if (await this.shouldDeliver(appId, purpose, destination, settings.signupByCode)) {
      try {
        await this.deliver(appId, destination, code, request.language);
      } catch (error) {
        await this.repository.deleteCode(appId, purpose, destination.address);
        throw error;
      }
    }
    await this.repository.forgetSendCountsBefore(appId, day);
    return { expire: expiresAt.getTime(), resend_after: this.limits.resendSeconds };
  }

  /** Checks the code and trades it for a single-use token bound to the purpose and destination. */
  async verify(appId: string, purpose: VerificationPurpose, destination: Destination, code: string): Promise<VerificationTokenResponseDto> {
    this.assertFits(purpose, destination);
    await this.takeCode(appId, purpose, destination.address, code);
    const token = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.limits.tokenTtlSeconds * 1000);
    await this.repository.insertToken(appId, this.hasher.hash(appId, token), purpose, destination.address, expiresAt, now);
    return { verification_token: token, expire: expiresAt.getTime() };
  }

  /** The destination a verification token was issued for; spends the token. */
  async takeToken(appId: string, purpose: VerificationPurpose, token: string): Promise<string> {
    const destination = await this.repository.takeToken(appId, this.hasher.hash(appId, token), purpose, this.clock.now());
    if (!destination) {
      throw new ApiError(ErrorCode.WrongVerificationCode, `verification_token: unknown, used, expired or not for ${purpose}; verify a code again`);
    }
    return destination;
  }

  /**
   * Applies the app's policy for `purpose` to an action on `destination`: with "required" a proof
   * must be sent; a proof that is sent is always checked (and spent). Returns whether the
   * destination is now proven.
   */
  async prove(appId: string, purpose: VerificationPurpose, destination: Destination, proof: DestinationProof): Promise<boolean> {
    if (proof === undefined || proof === '') {
      if ((await this.settings.policyOf(appId, purpose)) === 'required') {
        throw new ApiError(
          ErrorCode.VerificationRequired,
          `verification_code: this app requires a verification code for ${purpose}; send one to the ${destination.channel === 'sms' ? 'mobile' : 'email'} with POST /user/send_code`,
        );
      }
      return false;
    }
    if (CODE_PATTERN.test(proof)) {
      await this.takeCode(appId, purpose, destination.address, proof);
      return true;
    }
    const proven = await this.takeToken(appId, purpose, proof);
    if (proven !== destination.address) {
      throw new ApiError(ErrorCode.WrongVerificationCode, `verification_token: was issued for another ${destination.channel === 'sms' ? 'mobile' : 'email'}`);
    }
    return true;
  }

  private async takeCode(appId: string, purpose: VerificationPurpose, destination: string, code: string): Promise<void> {
    const now = this.clock.now();
    const stored = await this.repository.findCode(appId, purpose, destination);
    if (stored && stored.checks >= this.limits.maxChecks && stored.expiresAt.getTime() > now.getTime()) {
      const seconds = Math.max(1, Math.ceil((stored.sentAt.getTime() + this.limits.resendSeconds * 1000 - now.getTime()) / 1000));
      throw new RateLimitedError(`verification_code: ${this.limits.maxChecks} wrong codes; request a new code in ${seconds} s`, seconds);
    }
    const hash = this.hasher.hash(appId, purpose, destination, CODE_PATTERN.test(code) ? code : '');
    if (!stored || !(await this.repository.takeCode(appId, purpose, destination, hash, now, this.limits.maxChecks))) {
      throw new ApiError(ErrorCode.WrongVerificationCode, 'verification_code: wrong or expired; check the last code sent, or request a new one');
    }
  }

  private assertFits(purpose: VerificationPurpose, destination: Destination): void {
    if (!purposeFitsChannel(purpose, destination.channel)) {
      throw ApiError.badParameter(`purpose: ${purpose} codes go to ${purpose === VerificationPurpose.BindMobile ? 'a mobile' : 'an email'}`);
    }
  }

  private assertResendAllowed(sentAt: Date, now: Date): void {
    const waitMs = sentAt.getTime() + this.limits.resendSeconds * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RateLimitedError(`a code was sent to this destination moments ago; request another in ${seconds} s`, seconds);
    }
  }

  private dailyCapReached(now: Date, scope: string): RateLimitedError {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    const seconds = Math.ceil((midnight - now.getTime()) / 1000);
    return new RateLimitedError(`the daily number of codes ${scope} is reached; try again after 00:00 UTC (${seconds} s)`, seconds);
  }

  /** Codes to log in or reset a password go only to accounts' destinations; the caller cannot tell. */
  private async shouldDeliver(appId: string, purpose: VerificationPurpose, destination: Destination, signupByCode: boolean): Promise<boolean> {
    if (!KNOWN_DESTINATIONS_ONLY.has(purpose)) return true;
    if (purpose === VerificationPurpose.Login && signupByCode) return true;
    return this.repository.accountExists(appId, destination.channel, destination.address);
  }

  private async deliver(appId: string, destination: Destination, code: string, language: string | undefined): Promise<void> {
    const resolved = (await this.settings.senderOf(appId, destination.channel)) ?? this.developmentSender(appId, destination);
    const sender = this.senders.senderFor(resolved.credential.vendor);
    const message = renderMessage(resolved.templates, language, destination.address, code, Math.ceil(this.limits.codeTtlSeconds / 60));
    try {
      await sender.send(resolved.credential, message);
    } catch (error) {
      if (!(error instanceof SendFailedError)) throw error;
      this.logger.warn({ msg: 'verification code not sent', app_id: appId, channel: destination.channel, vendor: resolved.credential.vendor, reason: error.message });
      throw new ApiError(ErrorCode.CodeNotSent, `the code could not be sent (${error.message}); try again later or ask the app operator`);
    }
  }

  /** Without a configured sender the log sender serves where it is allowed; elsewhere nothing can be sent. */
  private developmentSender(appId: string, destination: Destination): ResolvedSender {
    if (!this.senders.log.allowed) {
      throw new ApiError(ErrorCode.CodeNotSent, `this app has no ${destination.channel} sender; an admin sets one with POST /user/verification/sender`);
    }
    const credential: SenderCredential = { appId, channel: destination.channel, vendor: SenderVendor.Log, version: 0, settings: {}, secret: null };
    return { credential, templates: {} };
  }
}

/** Picks the template of the language asked for (or its base language, then English, then any), the app's before the built-in ones. */
export function renderMessage(templates: SenderTemplates, language: string | undefined, to: string, code: string, minutes: number): CodeMessage {
  const asked = (language ?? 'en').toLowerCase();
  const base = asked.split(/[-_]/)[0];
  const own = templates[asked] ?? templates[base] ?? templates.en ?? Object.values(templates)[0] ?? {};
  const builtIn = BUILT_IN[base === 'zh' ? 'zh' : 'en'];
  const fill = (text: string) => text.replaceAll('{code}', code).replaceAll('{minutes}', String(minutes));
  return { to, code, minutes, text: fill(own.text ?? builtIn.text), subject: fill(own.subject ?? builtIn.subject), templateId: own.template_id ?? null };
}
