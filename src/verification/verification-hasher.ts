import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../common/config/config';

/**
 * HMAC-SHA256 of codes, verification tokens and captcha answers under a key derived from
 * PUSH_SECRET_KEY (the server's one at-rest key): a database dump alone does not let anyone test
 * the million possible codes offline. Each value is bound to its app, purpose and destination.
 */
@Injectable()
export class VerificationHasher {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const base = config.pushSecretKey ?? Buffer.from('im-server development push secret key; set PUSH_SECRET_KEY');
    this.key = createHash('sha256').update(base).update('verification').digest();
  }

  hash(...parts: string[]): string {
    return createHmac('sha256', this.key).update(parts.join('\u0000')).digest('base64url');
  }

  matches(stored: string, ...parts: string[]): boolean {
    const offered = Buffer.from(this.hash(...parts));
    const expected = Buffer.from(stored);
    return offered.length === expected.length && timingSafeEqual(offered, expected);
  }
}
