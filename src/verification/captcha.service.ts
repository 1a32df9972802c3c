import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import svgCaptcha from 'svg-captcha';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { VerificationHasher } from './verification-hasher';
import { VerificationRepository } from './verification.repository';

export interface CaptchaAnswer {
  captcha_id?: string;
  captcha?: string;
}

/** Letters that read alike in the noise are left out, so a human gets it right first time. */
const IGNORED_CHARACTERS = '0oO1iIlL';

/**
 * Image captchas: an SVG with 4 characters and a one-time id. An answer is checked once (right or
 * wrong, the captcha is spent), case-insensitively, within CAPTCHA_TTL_SECONDS.
 */
@Injectable()
export class CaptchaService {
  private readonly ttlMs: number;

  constructor(
    private readonly repository: VerificationRepository,
    private readonly hasher: VerificationHasher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlMs = config.verification.captchaTtlSeconds * 1000;
  }

  async create(appId: string): Promise<{ captcha_id: string; image: string; expire: number }> {
    const captcha = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: IGNORED_CHARACTERS, color: false });
    const id = randomUUID();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await this.repository.insertCaptcha(appId, id, this.hasher.hash(appId, id, captcha.text.toLowerCase()), expiresAt, now);
    return { captcha_id: id, image: `data:image/svg+xml;base64,${Buffer.from(captcha.data).toString('base64')}`, expire: expiresAt.getTime() };
  }

  /** Throws 10016 unless the answer is right for a live captcha of this app; spends the captcha either way. */
  async assertSolved(appId: string, answer: CaptchaAnswer, why: string): Promise<void> {
    if (!answer.captcha_id || !answer.captcha) {
      throw new ApiError(ErrorCode.CaptchaRequired, `${why}: send captcha_id and captcha from GET /user/captcha/image`);
    }
    const stored = /^[0-9a-f-]{36}$/i.test(answer.captcha_id) ? await this.repository.takeCaptcha(appId, answer.captcha_id, this.clock.now()) : null;
    if (!stored || !this.hasher.matches(stored, appId, answer.captcha_id, answer.captcha.toLowerCase())) {
      throw new ApiError(ErrorCode.CaptchaRequired, 'captcha: wrong, used or expired; get a new one from GET /user/captcha/image');
    }
  }
}
