import { INestApplicationContext } from '@nestjs/common';
import { AppsRepository } from '../app/apps.repository';
import { ApiError } from '../common/errors/error-codes';
import { VerificationSettingsService } from './verification-settings.service';
import { validateItem } from '../common/validation';
import { VerificationSenderDto, VerificationSettingsDto } from './verification.dto';
import { VerificationPolicy, VerificationPurpose, VERIFICATION_PURPOSES } from './verification.types';

type Option = (name: string) => string | undefined;

function json(option: Option, name: string): object | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as object;
  } catch {
    throw ApiError.badParameter(`--${name}: must be JSON, e.g. '{"sign_name":"MyApp"}'`);
  }
}

function flag(option: Option, name: string): boolean | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  if (raw !== 'true' && raw !== 'false') throw ApiError.badParameter(`--${name}: takes true or false`);
  return raw === 'true';
}

/**
 * The operator commands `verification` and `verification-sender`, run with the values the CLI
 * parsed (`option(name)` is the value after --name). Answers what the matching admin route answers.
 */
export async function runVerificationCommand(context: INestApplicationContext, command: 'verification' | 'verification-sender', appId: string, option: Option): Promise<unknown> {
  if (!(await context.get(AppsRepository).findById(appId))) throw ApiError.appNotFound(appId);
  const settings = context.get(VerificationSettingsService);
  if (command === 'verification-sender') {
    const request = { channel: option('channel'), vendor: option('vendor'), settings: json(option, 'settings'), secret: option('secret'), templates: json(option, 'templates') };
    const { value, problem } = await validateItem(VerificationSenderDto, Object.fromEntries(Object.entries(request).filter(([, given]) => given !== undefined)));
    if (problem) throw ApiError.badParameter(problem);
    return settings.saveSender(appId, value);
  }
  const policies: Partial<Record<VerificationPurpose, VerificationPolicy>> = {};
  for (const purpose of VERIFICATION_PURPOSES) {
    const policy = option(purpose.replace('_', '-'));
    if (policy !== undefined) policies[purpose] = policy as VerificationPolicy;
  }
  const failures = option('captcha-after-failed-logins');
  const request: VerificationSettingsDto = {
    policies,
    captcha_before_send: flag(option, 'captcha-before-send'),
    captcha_after_failed_logins: failures === undefined ? undefined : failures === 'none' ? null : Number(failures),
    signup_by_code: flag(option, 'signup-by-code'),
  };
  const { value, problem } = await validateItem(VerificationSettingsDto, Object.fromEntries(Object.entries(request).filter(([, given]) => given !== undefined)));
  if (problem) throw ApiError.badParameter(problem);
  return settings.update(appId, value);
}
