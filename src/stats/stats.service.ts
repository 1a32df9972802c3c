import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { PRESENCE_WINDOW_SECONDS } from '../user/presence.service';
import { AppStatsDto } from './stats.dto';
import { StatsRepository } from './stats.repository';

const DAY_MS = 24 * 3600 * 1000;

/** The figures of the console's overview: totals, and messages and registrations per UTC day. */
@Injectable()
export class StatsService {
  constructor(
    private readonly repository: StatsRepository,
    private readonly clock: Clock,
  ) {}

  async appStats(caller: CallerContext, days: number): Promise<AppStatsDto> {
    const today = Math.floor(this.clock.now().getTime() / DAY_MS) * DAY_MS;
    const since = today - (days - 1) * DAY_MS;
    const [totals, messages, registrations] = await Promise.all([
      this.repository.totals(caller.appId, PRESENCE_WINDOW_SECONDS),
      this.repository.messagesPerDay(caller.appId, since),
      this.repository.registrationsPerDay(caller.appId, new Date(since)),
    ]);
    const series = Array.from({ length: days }, (_, index) => {
      const day = new Date(since + index * DAY_MS).toISOString().slice(0, 10);
      return { day, messages: messages.get(day) ?? 0, new_users: registrations.get(day) ?? 0 };
    });
    return { ...totals, messages_today: series[series.length - 1].messages, days: series };
  }
}
