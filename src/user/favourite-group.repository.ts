import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupStatus } from '../group/group.entity';

export type Saveable = 'saveable' | 'missing' | 'not_member';

export interface FavouriteGroupRow {
  groupId: number;
  name: string;
  avatar: string | null;
  ownerId: number;
  memberCount: number;
  savedAt: number;
}

export type FavouritePosition = {
  savedAt: number;
  groupId: number;
};

@Injectable()
export class FavouriteGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async saveable(appId: string, userId: number, groupId: number): Promise<Saveable> {
    const [row]: { live: boolean; member: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM groups WHERE app_id = $1 AND id = $3 AND status = $4) AS live,
              EXISTS (SELECT 1 FROM group_members WHERE app_id = $1 AND group_id = $3 AND user_id = $2) AS member`,
      [appId, userId, groupId, GroupStatus.Normal],
    );
    if (!row.live) return 'missing';
    return row.member ? 'saveable' : 'not_member';
  }

  /** False when it was saved already. */
  async save(appId: string, userId: number, groupId: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO user_favourite_groups (app_id, user_id, group_id, saved_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING RETURNING 1`,
      [appId, userId, groupId],
    );
    return rows.length > 0;
  }

  /** False when it was not saved. */
  async unsave(appId: string, userId: number, groupId: number): Promise<boolean> {
    const result = await this.dataSource.query(`DELETE FROM user_favourite_groups WHERE app_id = $1 AND user_id = $2 AND group_id = $3`, [appId, userId, groupId]);
    return result[1] > 0;
  }

  /**
   * Saved groups newest first, after `after`: only live groups the user is still in, so leaving or
   * a dissolution hides a saved group without a write (the row stays until unsaved).
   */
  async page(appId: string, userId: number, after: FavouritePosition | null, limit: number): Promise<FavouriteGroupRow[]> {
    const rows: { groupId: string; name: string; avatar: string | null; ownerId: string; memberCount: number; savedAt: string }[] = await this.dataSource.query(
      `SELECT g.id AS "groupId", g.name, g.avatar, g.owner_id AS "ownerId", g.member_count AS "memberCount",
              (extract(epoch FROM f.saved_at) * 1000)::bigint AS "savedAt"
         FROM user_favourite_groups f
         JOIN groups g ON g.app_id = f.app_id AND g.id = f.group_id AND g.status = $3
         JOIN group_members m ON m.app_id = f.app_id AND m.group_id = f.group_id AND m.user_id = f.user_id
        WHERE f.app_id = $1 AND f.user_id = $2
          AND ($4::bigint IS NULL OR ((extract(epoch FROM f.saved_at) * 1000)::bigint, f.group_id) < ($4::bigint, $5::bigint))
        ORDER BY "savedAt" DESC, f.group_id DESC
        LIMIT $6`,
      [appId, userId, GroupStatus.Normal, after?.savedAt ?? null, after?.groupId ?? null, limit],
    );
    return rows.map((row) => ({ ...row, groupId: Number(row.groupId), ownerId: Number(row.ownerId), savedAt: Number(row.savedAt) }));
  }
}
