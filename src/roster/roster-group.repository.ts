import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rethrowDuplicateKey } from '../common/database/duplicate-key';
import { RosterItemStatus } from './roster.entity';

export interface FriendGroupRow {
  id: number;
  name: string;
  members: number[];
}

export type FriendGroupCreation = { created: number } | 'limit_reached';

interface StoredFriendGroupRow {
  id: string;
  name: string;
  members: string[] | null;
}

/** Members shown are those still friends of the owner; rows of ended friendships wait, as stars do. */
const GROUPS_WITH_MEMBERS = `
  SELECT g.id, g.name,
         (SELECT array_agg(m.friend_id ORDER BY m.friend_id) FROM roster_group_members m
            JOIN roster_items r ON r.app_id = g.app_id AND r.user_id = g.user_id AND r.roster_id = m.friend_id AND r.status = ${RosterItemStatus.Friend}
           WHERE m.group_id = g.id) AS members
    FROM roster_groups g`;

function toRow(row: StoredFriendGroupRow): FriendGroupRow {
  return { id: Number(row.id), name: row.name, members: (row.members ?? []).map(Number) };
}

@Injectable()
export class RosterGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(appId: string, userId: number): Promise<FriendGroupRow[]> {
    const rows: StoredFriendGroupRow[] = await this.dataSource.query(`${GROUPS_WITH_MEMBERS} WHERE g.app_id = $1 AND g.user_id = $2 ORDER BY g.id`, [appId, userId]);
    return rows.map(toRow);
  }

  /** Null when the user has no friend group of that id (another user's counts as none). */
  async find(appId: string, userId: number, groupId: number): Promise<FriendGroupRow | null> {
    const rows: StoredFriendGroupRow[] = await this.dataSource.query(`${GROUPS_WITH_MEMBERS} WHERE g.app_id = $1 AND g.user_id = $2 AND g.id = $3`, [
      appId,
      userId,
      groupId,
    ]);
    return rows.length > 0 ? toRow(rows[0]) : null;
  }

  /** The ids among `ids` that are not current friends of the user. */
  async notFriends(appId: string, userId: number, ids: number[]): Promise<number[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM unnest($3::bigint[]) AS id
        WHERE NOT EXISTS (SELECT 1 FROM roster_items WHERE app_id = $1 AND user_id = $2 AND roster_id = id AND status = ${RosterItemStatus.Friend})
        ORDER BY id`,
      [appId, userId, ids],
    );
    return rows.map((row) => Number(row.id));
  }

  /**
   * Creates the group with its members under a lock of the owner's row, so two concurrent creations
   * cannot pass the limit together. Throws DuplicateKeyError when the name is taken.
   */
  async create(appId: string, userId: number, name: string, members: number[], limit: number): Promise<FriendGroupCreation> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR NO KEY UPDATE`, [appId, userId]);
        const [{ count }]: { count: string }[] = await manager.query(`SELECT count(*) FROM roster_groups WHERE app_id = $1 AND user_id = $2`, [appId, userId]);
        if (Number(count) >= limit) return 'limit_reached';
        const [{ id }]: { id: string }[] = await manager.query(`INSERT INTO roster_groups (app_id, user_id, name) VALUES ($1, $2, $3) RETURNING id`, [appId, userId, name]);
        await manager.query(`INSERT INTO roster_group_members (group_id, friend_id, app_id) SELECT $1, unnest($2::bigint[]), $3 ON CONFLICT DO NOTHING`, [id, members, appId]);
        return { created: Number(id) };
      });
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  /** False when the name was already that; throws DuplicateKeyError when another group has it. */
  async rename(appId: string, userId: number, groupId: number, name: string): Promise<boolean> {
    try {
      const result = await this.dataSource.query(`UPDATE roster_groups SET name = $4 WHERE app_id = $1 AND user_id = $2 AND id = $3 AND name <> $4`, [
        appId,
        userId,
        groupId,
        name,
      ]);
      return result[1] > 0;
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  /** False when the user had no such group. */
  async delete(appId: string, userId: number, groupId: number): Promise<boolean> {
    const result = await this.dataSource.query(`DELETE FROM roster_groups WHERE app_id = $1 AND user_id = $2 AND id = $3`, [appId, userId, groupId]);
    return result[1] > 0;
  }

  /** How many of the friends were not in the group yet. */
  async addMembers(appId: string, groupId: number, friendIds: number[]): Promise<number> {
    const rows = await this.dataSource.query(
      `INSERT INTO roster_group_members (group_id, friend_id, app_id) SELECT $1, unnest($2::bigint[]), $3 ON CONFLICT DO NOTHING RETURNING 1`,
      [groupId, friendIds, appId],
    );
    return rows.length;
  }

  /** How many of the ids were in the group. */
  async removeMembers(appId: string, groupId: number, friendIds: number[]): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM roster_group_members WHERE app_id = $1 AND group_id = $2 AND friend_id = ANY($3::bigint[])`, [
      appId,
      groupId,
      friendIds,
    ]);
    return result[1];
  }
}
