import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { HotStateCache, hotStateTag } from '../common/cache/hot-state.cache';
import { containsPattern } from '../common/database/like-pattern';
import { GroupMemberEntity, GroupRole } from './group-member.entity';
import { GroupEntity, GroupStatus } from './group.entity';

/**
 * A transaction that holds one group's row lock. Membership changes of a group run inside one, so
 * they serialise per group and `member_count` stays exact against `capacity`. Repositories read
 * `manager`; services only pass the transaction along.
 */
export class GroupTransaction {
  constructor(
    readonly manager: EntityManager,
    readonly group: GroupEntity,
  ) {}
}

export interface AppGroupRow {
  id: number;
  name: string;
  ownerId: number;
  memberCount: number;
  capacity: number;
  type: number;
  createdAt: Date;
}

/** The group row and its membership: the reads every group operation starts from, and the writes that change who is in. */
@Injectable()
export class GroupRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: HotStateCache,
  ) {}

  /** A live (not destroyed) group of the app. */
  findGroup(appId: string, groupId: number): Promise<GroupEntity | null> {
    return this.dataSource.getRepository(GroupEntity).findOneBy({ appId, id: groupId, status: GroupStatus.Normal });
  }

  /**
   * The app's live groups before `beforeId`, newest (highest id) first, optionally those whose
   * name contains `keyword` in any case: `groups_app_live_idx` walks them in order, or
   * `groups_live_name_trgm_idx` finds the names (migration AppGroupList).
   */
  listLive(appId: string, keyword: string | undefined, beforeId: number | null, limit: number): Promise<AppGroupRow[]> {
    const params: unknown[] = [appId, GroupStatus.Normal, limit];
    const conditions = ['app_id = $1', 'status = $2'];
    if (beforeId !== null) conditions.push(`id < $${params.push(beforeId)}`);
    if (keyword !== undefined) conditions.push(`name ILIKE $${params.push(containsPattern(keyword))}`);
    return this.dataSource.query(
      `SELECT id, name, owner_id AS "ownerId", member_count AS "memberCount", capacity, type, created_at AS "createdAt"
         FROM groups WHERE ${conditions.join(' AND ')}
        ORDER BY id DESC LIMIT $3`,
      params,
    );
  }

  /** Inside `tx` on its connection: the embedded engine grants no second connection while a transaction holds the first. */
  findMember(appId: string, groupId: number, userId: number, tx?: GroupTransaction): Promise<GroupMemberEntity | null> {
    return (tx?.manager ?? this.dataSource.manager).getRepository(GroupMemberEntity).findOneBy({ appId, groupId, userId });
  }

  /** The members among `userIds`, by user id; inside `tx` it sees that transaction's own writes. */
  async findMembers(appId: string, groupId: number, userIds: number[], tx?: GroupTransaction): Promise<Map<number, GroupMemberEntity>> {
    if (userIds.length === 0) return new Map();
    const manager = tx?.manager ?? this.dataSource.manager;
    const rows = await manager.getRepository(GroupMemberEntity).findBy({ appId, groupId, userId: In(userIds) });
    return new Map(rows.map((row) => [row.userId, row]));
  }

  /**
   * Runs `work` holding the live group's row lock; answers null (and runs nothing) when there is no
   * such group. Every change of a live group's row or members runs here, so here, after the commit
   * and before any answer, the group's cached rows are dropped in every process (src/common/README.md).
   */
  async inLockedGroup<T>(appId: string, groupId: number, work: (tx: GroupTransaction) => Promise<T>): Promise<T | null> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const group = await manager
        .getRepository(GroupEntity)
        .createQueryBuilder('g')
        .setLock('pessimistic_write')
        .where('g.app_id = :appId AND g.id = :groupId AND g.status = :status', { appId, groupId, status: GroupStatus.Normal })
        .getOne();
      if (!group) return null;
      return { result: await work(new GroupTransaction(manager, group)) };
    });
    if (!outcome) return null;
    await this.cache.invalidate([hotStateTag.group(appId, groupId)]);
    return outcome.result;
  }

  /** Adds the users not yet members with `role`; returns the ids added and keeps member_count. Capacity is the caller's check. */
  async addMembers(tx: GroupTransaction, userIds: number[], role = GroupRole.Member): Promise<number[]> {
    if (userIds.length === 0) return [];
    const rows: { user_id: number }[] = await tx.manager.query(
      `INSERT INTO group_members (group_id, user_id, app_id, role)
       SELECT $1, candidate, $2, $3 FROM unnest($4::bigint[]) AS candidate
       ON CONFLICT (group_id, user_id) DO NOTHING
       RETURNING user_id`,
      [tx.group.id, tx.group.appId, role, userIds],
    );
    await this.shiftMemberCount(tx, rows.length);
    return rows.map((row) => Number(row.user_id));
  }

  /** Removes those of `userIds` who are members; returns the ids removed and keeps member_count. */
  async removeMembers(tx: GroupTransaction, userIds: number[]): Promise<number[]> {
    if (userIds.length === 0) return [];
    // A DELETE answers [rows, affected count] through TypeORM's Postgres driver.
    const [rows]: [{ user_id: number }[], number] = await tx.manager.query(
      `DELETE FROM group_members WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($3::bigint[]) RETURNING user_id`,
      [tx.group.id, tx.group.appId, userIds],
    );
    await this.shiftMemberCount(tx, -rows.length);
    return rows.map((row) => Number(row.user_id));
  }

  async setRole(tx: GroupTransaction, userIds: number[], role: GroupRole): Promise<void> {
    if (userIds.length === 0) return;
    await tx.manager.query(`UPDATE group_members SET role = $3 WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($4::bigint[])`, [
      tx.group.id,
      tx.group.appId,
      role,
      userIds,
    ]);
  }

  /** Every member's id: for notices to the whole group. */
  async memberIds(tx: GroupTransaction): Promise<number[]> {
    const rows: { user_id: number }[] = await tx.manager.query(`SELECT user_id FROM group_members WHERE group_id = $1 AND app_id = $2`, [
      tx.group.id,
      tx.group.appId,
    ]);
    return rows.map((row) => Number(row.user_id));
  }

  /** The owner's and admins' ids: for notices only the group's staff should get. */
  async staffIds(tx: GroupTransaction): Promise<number[]> {
    const rows: { user_id: number }[] = await tx.manager.query(
      `SELECT user_id FROM group_members WHERE group_id = $1 AND app_id = $2 AND role > 0`,
      [tx.group.id, tx.group.appId],
    );
    return rows.map((row) => Number(row.user_id));
  }

  /**
   * Those of `userIds` that are users of the group's app. On the transaction's own connection: a
   * query on another would wait for a second connection while this one holds the transaction, which
   * the embedded engine (one session behind its socket) never grants.
   */
  async existingUserIds(tx: GroupTransaction, userIds: number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: number }[] = await tx.manager.query(`SELECT id FROM users WHERE app_id = $1 AND id = ANY($2::bigint[])`, [
      tx.group.appId,
      userIds,
    ]);
    return new Set(rows.map((row) => Number(row.id)));
  }

  /** Those of `userIds` on the group's blocklist. */
  async blockedUserIds(tx: GroupTransaction, userIds: number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: number }[] = await tx.manager.query(
      `SELECT user_id FROM group_blocks WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($3::bigint[])`,
      [tx.group.id, tx.group.appId, userIds],
    );
    return new Set(rows.map((row) => Number(row.user_id)));
  }

  /** How many groups each of `userIds` belongs to (users in none are absent); inside `tx` it sees that transaction's own writes. */
  async joinedCounts(appId: string, userIds: number[], tx?: GroupTransaction): Promise<Map<number, number>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: number; joined: number }[] = await (tx?.manager ?? this.dataSource.manager).query(
      `SELECT user_id, count(*)::int AS joined FROM group_members WHERE app_id = $1 AND user_id = ANY($2::bigint[]) GROUP BY user_id`,
      [appId, userIds],
    );
    return new Map(rows.map((row) => [Number(row.user_id), row.joined]));
  }

  private async shiftMemberCount(tx: GroupTransaction, delta: number): Promise<void> {
    if (delta === 0) return;
    await tx.manager.query(`UPDATE groups SET member_count = member_count + $3 WHERE id = $1 AND app_id = $2`, [
      tx.group.id,
      tx.group.appId,
      delta,
    ]);
    tx.group.memberCount += delta;
  }
}
