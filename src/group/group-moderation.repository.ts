import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { GroupMemberEntity } from './group-member.entity';
import { BannedMemberRow, BlockedUserRow } from './group-moderation.dto';
import { GroupTransaction } from './group.repository';

/** Member bans, the group's ban-all and its blocklist. Writes join the group's locked transaction. */
@Injectable()
export class GroupModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The members among `userIds`, read inside the group's lock so roles and bans cannot change meanwhile. */
  async lockedMembers(tx: GroupTransaction, userIds: number[]): Promise<Map<number, GroupMemberEntity>> {
    if (userIds.length === 0) return new Map();
    const rows = await tx.manager.getRepository(GroupMemberEntity).findBy({ appId: tx.group.appId, groupId: tx.group.id, userId: In(userIds) });
    return new Map(rows.map((row) => [row.userId, row]));
  }

  async setBannedUntil(tx: GroupTransaction, userIds: number[], until: Date | null): Promise<void> {
    if (userIds.length === 0) return;
    await tx.manager.query(`UPDATE group_members SET banned_until = $3 WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($4::bigint[])`, [
      tx.group.id,
      tx.group.appId,
      until,
      userIds,
    ]);
  }

  /** Members whose ban lasts past `now`, by user id after `afterUserId`. */
  async bannedMembers(appId: string, groupId: number, now: Date, afterUserId: number, limit: number): Promise<BannedMemberRow[]> {
    const rows: BannedMemberRow[] = await this.dataSource.query(
      `SELECT user_id AS "userId", display_name AS "displayName", join_time AS "joinTime", banned_until AS "bannedUntil"
       FROM group_members
       WHERE group_id = $1 AND app_id = $2 AND banned_until IS NOT NULL AND banned_until > $3 AND user_id > $4
       ORDER BY user_id LIMIT $5`,
      [groupId, appId, now, afterUserId, limit],
    );
    return rows;
  }

  async countBannedMembers(appId: string, groupId: number, now: Date): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM group_members
       WHERE group_id = $1 AND app_id = $2 AND banned_until IS NOT NULL AND banned_until > $3`,
      [groupId, appId, now],
    );
    return row.total;
  }

  /** Sets the ban-all end (epoch seconds; 0 none, -1 forever). */
  async setBanExpireTime(tx: GroupTransaction, banExpireTime: number): Promise<void> {
    await tx.manager.query(`UPDATE groups SET ban_expire_time = $3, updated_at = now() WHERE id = $1 AND app_id = $2`, [
      tx.group.id,
      tx.group.appId,
      banExpireTime,
    ]);
    tx.group.banExpireTime = banExpireTime;
  }

  /** Puts those of `userIds` not yet blocked on the blocklist; returns the ids added. */
  async addBlocks(tx: GroupTransaction, userIds: number[], blockedBy: number | null): Promise<number[]> {
    if (userIds.length === 0) return [];
    const rows: { user_id: number }[] = await tx.manager.query(
      `INSERT INTO group_blocks (group_id, user_id, app_id, blocked_by)
       SELECT $1, blocked, $2, $3 FROM unnest($4::bigint[]) AS blocked
       ON CONFLICT (group_id, user_id) DO NOTHING
       RETURNING user_id`,
      [tx.group.id, tx.group.appId, blockedBy, userIds],
    );
    return rows.map((row) => Number(row.user_id));
  }

  /** Takes those of `userIds` off the blocklist; returns the ids removed. */
  async removeBlocks(tx: GroupTransaction, userIds: number[]): Promise<number[]> {
    if (userIds.length === 0) return [];
    // TypeORM answers a DELETE on PostgreSQL with [rows, affected count], not the rows alone.
    const [rows]: [{ user_id: number }[], number] = await tx.manager.query(
      `DELETE FROM group_blocks WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($3::bigint[]) RETURNING user_id`,
      [tx.group.id, tx.group.appId, userIds],
    );
    return rows.map((row) => Number(row.user_id));
  }

  /** The blocklist by user id after `afterUserId`. */
  async blockedUsers(appId: string, groupId: number, afterUserId: number, limit: number): Promise<BlockedUserRow[]> {
    const rows: BlockedUserRow[] = await this.dataSource.query(
      `SELECT group_id AS "groupId", user_id AS "userId", created_at AS "createdAt"
       FROM group_blocks WHERE group_id = $1 AND app_id = $2 AND user_id > $3
       ORDER BY user_id LIMIT $4`,
      [groupId, appId, afterUserId, limit],
    );
    return rows;
  }

  async countBlockedUsers(appId: string, groupId: number): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM group_blocks WHERE group_id = $1 AND app_id = $2`,
      [groupId, appId],
    );
    return row.total;
  }
}
