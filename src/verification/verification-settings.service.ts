import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/errors/error-codes';
import { SecretCipher } from '../common/secrets/secret.cipher';
import { CHANNEL_OF_VENDOR, SenderCredential, SenderVendor } from './senders/code-sender';
import { CodeSenderRegistry } from './senders/code-sender.registry';
import { SenderTemplates, StoredVerificationSettings, VerificationRepository } from './verification.repository';
import { VerificationSenderDto, VerificationSenderResponseDto, VerificationSettingsDto, VerificationSettingsResponseDto } from './verification.dto';
import { VerificationChannel, VerificationPolicy, VerificationPurpose, VERIFICATION_POLICIES, VERIFICATION_PURPOSES } from './verification.types';

/** An app that never set anything: every purpose optional (a code is checked when one is sent), no captcha, no sign-up by code. */
export const DEFAULT_SETTINGS: StoredVerificationSettings = { policies: {}, captchaBeforeSend: false, captchaAfterFailedLogins: null, signupByCode: false };

export const DEFAULT_POLICY: VerificationPolicy = 'optional';

/** The sender an app gets and the templates it renders, per channel. */
export interface ResolvedSender {
  credential: SenderCredential;
  templates: SenderTemplates;
}

function sealingContext(appId: string, channel: VerificationChannel): string {
  return `verification-sender:${appId}:${channel}`;
}

function mask(secret: string | null): string | null {
  if (secret === null) return null;
  return secret.length <= 12 ? '****' : `****${secret.slice(-4)}`;
}

/** Per-app verification policy and code senders: set by the admin routes and the CLI, read by the code service. */
@Injectable()
export class VerificationSettingsService {
  constructor(
    private readonly repository: VerificationRepository,
    private readonly cipher: SecretCipher,
    private readonly senders: CodeSenderRegistry,
  ) {}

  async settingsOf(appId: string): Promise<StoredVerificationSettings> {
    return (await this.repository.findSettings(appId)) ?? DEFAULT_SETTINGS;
  }

  async policyOf(appId: string, purpose: VerificationPurpose): Promise<VerificationPolicy> {
    return (await this.settingsOf(appId)).policies[purpose] ?? DEFAULT_POLICY;
  }

  async view(appId: string): Promise<VerificationSettingsResponseDto> {
    const settings = await this.settingsOf(appId);
    return {
      policies: Object.fromEntries(VERIFICATION_PURPOSES.map((purpose) => [purpose, settings.policies[purpose] ?? DEFAULT_POLICY])) as Record<VerificationPurpose, VerificationPolicy>,
      captcha_before_send: settings.captchaBeforeSend,
      captcha_after_failed_logins: settings.captchaAfterFailedLogins,
      signup_by_code: settings.signupByCode,
    };
  }

  /** Changes only the fields sent. */
  async update(appId: string, request: VerificationSettingsDto): Promise<VerificationSettingsResponseDto> {
    for (const [purpose, policy] of Object.entries(request.policies ?? {})) {
      if (!VERIFICATION_PURPOSES.includes(purpose as VerificationPurpose)) {
        throw ApiError.badParameter(`policies: ${JSON.stringify(purpose)} is not a purpose; use ${VERIFICATION_PURPOSES.join(', ')}`);
      }
      if (!VERIFICATION_POLICIES.includes(policy)) throw ApiError.badParameter(`policies.${purpose}: must be one of ${VERIFICATION_POLICIES.join(', ')}`);
    }
    const current = await this.settingsOf(appId);
    await this.repository.saveSettings(appId, {
      policies: { ...current.policies, ...(request.policies ?? {}) },
      captchaBeforeSend: request.captcha_before_send ?? current.captchaBeforeSend,
      captchaAfterFailedLogins: request.captcha_after_failed_logins === undefined ? current.captchaAfterFailedLogins : request.captcha_after_failed_logins,
      signupByCode: request.signup_by_code ?? current.signupByCode,
    });
    return this.view(appId);
  }

  async saveSender(appId: string, request: VerificationSenderDto): Promise<VerificationSenderResponseDto> {
    const vendor = request.vendor;
    const fits = CHANNEL_OF_VENDOR[vendor];
    if (fits !== 'any' && fits !== request.channel) throw ApiError.badParameter(`vendor: ${vendor} sends ${fits}, not ${request.channel}`);
    const sender = this.senders.senderFor(vendor);
    if (vendor === SenderVendor.Log && !this.senders.log.allowed) {
      throw ApiError.badParameter('vendor: the log sender is not allowed on this server (NODE_ENV=production without VERIFICATION_LOG_SENDER_ALLOWED=true)');
    }
    const settings = request.settings ?? {};
    for (const [field, value] of Object.entries(settings)) {
      if (typeof value !== 'string' || value.length > 1024) throw ApiError.badParameter(`settings.${field}: must be a string of at most 1024 characters`);
    }
    for (const [language, template] of Object.entries(request.templates ?? {})) {
      const fields = template && typeof template === 'object' ? Object.entries(template) : null;
      if (!fields || fields.some(([name, value]) => !['text', 'subject', 'template_id'].includes(name) || typeof value !== 'string' || value.length > 1024)) {
        throw ApiError.badParameter(`templates.${language}: must be an object of strings text, subject and template_id (each at most 1024 characters)`);
      }
    }
    const missing = sender.requiredSettings.filter((field) => !settings[field]);
    if (missing.length > 0) throw ApiError.badParameter(`settings: ${vendor} needs ${missing.join(', ')}`);
    if (sender.needsSecret && !request.secret) throw ApiError.badParameter(`secret: ${vendor} needs its secret (${secretNameOf(vendor)})`);
    const templates = request.templates ?? {};
    if (sender.usesTemplateId && !Object.values(templates).some((template) => template.template_id)) {
      throw ApiError.badParameter(`templates: ${vendor} sends a template registered with it; give its id as templates.<language>.template_id`);
    }
    await this.repository.saveSender(appId, request.channel, {
      vendor,
      settings,
      sealedSecret: request.secret ? this.cipher.seal(request.secret, sealingContext(appId, request.channel)) : null,
      templates,
    });
    return (await this.viewSender(appId, request.channel))!;
  }

  async viewSender(appId: string, channel: VerificationChannel): Promise<VerificationSenderResponseDto | null> {
    const resolved = await this.senderOf(appId, channel);
    if (!resolved) return null;
    const { credential } = resolved;
    return { channel, vendor: credential.vendor, settings: credential.settings, secret: mask(credential.secret), templates: resolved.templates, version: credential.version };
  }

  deleteSender(appId: string, channel: VerificationChannel): Promise<boolean> {
    return this.repository.deleteSender(appId, channel);
  }

  /** The app's sender for the channel, opened; null when it has none. */
  async senderOf(appId: string, channel: VerificationChannel): Promise<ResolvedSender | null> {
    const stored = await this.repository.findSender(appId, channel);
    if (!stored) return null;
    return {
      credential: {
        appId,
        channel,
        vendor: stored.vendor as SenderVendor,
        version: stored.version,
        settings: stored.settings,
        secret: stored.sealedSecret ? this.cipher.open(stored.sealedSecret, sealingContext(appId, channel)) : null,
      },
      templates: stored.templates,
    };
  }
}

function secretNameOf(vendor: SenderVendor): string {
  switch (vendor) {
    case SenderVendor.Aliyun:
      return 'the AccessKey secret';
    case SenderVendor.Tencent:
      return 'the SecretKey';
    case SenderVendor.Yunpian:
      return 'the apikey';
    case SenderVendor.Twilio:
      return 'the auth token';
    default:
      return 'the password';
  }
}
