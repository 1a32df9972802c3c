import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Limits password guessing and mass registration: counts attempts per client address and app
 * (AUTH_RATE_LIMIT_PER_MINUTE). Counters live in this process, so each API process counts alone.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  protected async getTracker(request: Record<string, any>): Promise<string> {
    return `${request.ip}|${request.headers['app_id'] ?? ''}`;
  }
}
