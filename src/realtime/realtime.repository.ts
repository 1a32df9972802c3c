import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class RealtimeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** 0 normal, 1 disabled; null when the app has no such user. */
  async userStatus(appId: string, userId: number): Promise<number | null> {
    const rows: { status: number }[] = await this.dataSource.query(`SELECT status FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
    return rows.length ? Number(rows[0].status) : null;
  }
}
