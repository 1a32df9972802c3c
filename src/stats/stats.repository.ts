import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserStatus } from '../user/user.entity';
import { GroupStatus } from '../group/group.entity';

/** Content types 9 and above (READ_ACK, RECALL, APPEND, REPLACE) are operations on messages, not messages. */
const FIRST_OPERATION_TYPE = 9;

export interface AppTotals {
  users: number;
  disabled_users: number;
  groups: number;
  live_sockets: number;
  push_tasks: number;
}

@Injectable()
export class StatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async totals(appId: string, presenceWindowSeconds: number): Promise<AppTotals> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM users WHERE app_id = $1)::int AS users,
              (SELECT count(*) FROM users WHERE app_id = $1 AND status = $2)::int AS disabled_users,
              (SELECT count(*) FROM groups WHERE app_id = $1 AND status = $3)::int AS groups,
              (SELECT count(*) FROM live_sessions WHERE app_id = $1 AND seen_at > now() - make_interval(secs => $4))::int AS live_sockets,
              (SELECT count(*) FROM push_tasks WHERE app_id = $1 AND kind = 'notify')::int AS push_tasks`,
      [appId, UserStatus.Disabled, GroupStatus.Normal, presenceWindowSeconds],
    );
    return row;
  }

  /** Messages per UTC day from `since` (epoch ms of a day's start); days without any are absent. */
  async messagesPerDay(appId: string, since: number): Promise<Map<string, number>> {
    const rows: { day: string; count: number }[] = await this.dataSource.query(
      `SELECT to_char(to_timestamp(timestamp / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS count
         FROM messages WHERE app_id = $1 AND timestamp >= $2 AND content_type < $3
        GROUP BY 1`,
      [appId, since, FIRST_OPERATION_TYPE],
    );
    return new Map(rows.map((row) => [row.day, row.count]));
  }

  async registrationsPerDay(appId: string, since: Date): Promise<Map<string, number>> {
    const rows: { day: string; count: number }[] = await this.dataSource.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS count
         FROM users WHERE app_id = $1 AND created_at >= $2
        GROUP BY 1`,
      [appId, since],
    );
    return new Map(rows.map((row) => [row.day, row.count]));
  }
}
