import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time rules are judged by (request expiry, bans, schedules). Services ask it instead of
 * `new Date()` or SQL `now()`, so a test can move time by stubbing `now` instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
