import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryModes, MemberListing } from './group-core.dto';

/** Group-member entries of the address-book log (migration AddressBookVersions). */
const GROUP_MEMBER_CHANGE = 4;
import { GroupRole, MsgMuteMode, MsgPushMode } from './group-member.entity';
import { GroupReceivers } from './group-receivers';
import { GroupRequestStatus } from './group-request.entity';
import { GroupEntity, GroupStatus, GroupType } from './group.entity';
import { GroupTransaction } from './group.repository';

export interface AppGroupCap {
  max: number;
  live: number;
}

/** What a new group's creator and app held before it: the creator's live groups, and the app's cap if it has one. */
export interface GroupsBefore {
  owned: number;
  appCap: AppGroupCap | null;
}

/** The columns of a group chosen at creation; the rest take their defaults. */
export interface NewGroup {
  appId: string;
  ownerId: number;
  name: string;
  type: GroupType;
  avatar: string | null;
  description: string | null;
  capacity: number;
}

/** The member columns a member sets for themself; a fixed list, so it may be written into SQL. */
type MemberColumn = 'display_name' | 'msg_mute_mode' | 'msg_push_mode';

/** A group's lifecycle (creation, transfer, destruction) and its members' own fields: roles, display names, delivery modes, lists. */
@Injectable()
export class GroupMemberRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly receivers: GroupReceivers,
  ) {}

  /**
   * Inserts a group and runs `work` in the same transaction, with `ownedBefore` the owner's live
   * groups counted before it. The owner's user row is held (FOR NO KEY UPDATE, which leaves
   * foreign-key checks free) so one owner's creations count one after the other. The new row is
   * invisible to others until commit, so `work` holds it as inLockedGroup would; its first members
   * are announced after the commit, as inLockedGroup does.
   */
  async inNewGroup<T>(values: NewGroup, work: (tx: GroupTransaction, before: GroupsBefore) => Promise<T>): Promise<T> {
    const { result, tx } = await this.dataSource.transaction(async (manager) => {
      const appCap = await this.appGroupCap(manager, values.appId);
      await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR NO KEY UPDATE`, [values.appId, values.ownerId]);
      const [{ owned }]: { owned: number }[] = await manager.query(
        `SELECT count(*)::int AS owned FROM groups WHERE app_id = $1 AND owner_id = $2 AND status = $3`,
        [values.appId, values.ownerId, GroupStatus.Normal],
      );
      const [{ id }]: { id: number }[] = await manager.query(
        `INSERT INTO groups (app_id, owner_id, name, type, avatar, description, capacity) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [values.appId, values.ownerId, values.name, values.type, values.avatar, values.description, values.capacity],
      );
      const group = await manager.getRepository(GroupEntity).findOneByOrFail({ appId: values.appId, id });
      const created = new GroupTransaction(manager, group);
      return { result: await work(created, { owned, appCap }), tx: created };
    });
    await this.receivers.changed(tx.receiversChange());
    return result;
  }

  /**
   * The app's cap on live groups with how many it holds, or null when it has none. With a cap the
   * app row is locked, so creations in that app are counted one after the other; without one
   * nothing is counted or locked.
   */
  private async appGroupCap(manager: EntityManager, appId: string): Promise<AppGroupCap | null> {
    const [app]: { max_groups: number | null }[] = await manager.query(`SELECT max_groups FROM apps WHERE id = $1`, [appId]);
    if (app?.max_groups == null) return null;
    await manager.query(`SELECT 1 FROM apps WHERE id = $1 FOR NO KEY UPDATE`, [appId]);
    const [{ live }]: { live: number }[] = await manager.query(
      `SELECT count(*)::int AS live FROM (SELECT 1 FROM groups WHERE app_id = $1 AND status = $2 LIMIT $3) AS capped`,
      [appId, GroupStatus.Normal, app.max_groups],
    );
    return { max: app.max_groups, live };
  }

  /** Marks the group destroyed and removes every membership, so it no longer counts against anyone's joined-groups limit. */
  async destroy(tx: GroupTransaction): Promise<void> {
    // A DELETE answers [rows, affected count] through TypeORM's Postgres driver.
    const [members]: [{ user_id: number }[], number] = await tx.manager.query(
      `DELETE FROM group_members WHERE group_id = $1 AND app_id = $2 RETURNING user_id`,
      [tx.group.id, tx.group.appId],
    );
    tx.membersRemoved(members.map((member) => Number(member.user_id)));
    // Pending applications and invitations die with the group, so nobody is left holding one to a group that is gone.
    for (const table of ['group_applications', 'group_invitations']) {
      await tx.manager.query(`DELETE FROM ${table} WHERE group_id = $1 AND app_id = $2 AND status = $3`, [
        tx.group.id,
        tx.group.appId,
        GroupRequestStatus.Pending,
      ]);
    }
    await tx.manager.query(`UPDATE groups SET status = $3, member_count = 0, updated_at = now() WHERE id = $1 AND app_id = $2`, [
      tx.group.id,
      tx.group.appId,
      GroupStatus.Destroyed,
    ]);
    tx.group.status = GroupStatus.Destroyed;
    tx.group.memberCount = 0;
  }

  async setOwner(tx: GroupTransaction, ownerId: number): Promise<void> {
    await tx.manager.query(`UPDATE groups SET owner_id = $3, updated_at = now() WHERE id = $1 AND app_id = $2`, [
      tx.group.id,
      tx.group.appId,
      ownerId,
    ]);
    tx.group.ownerId = ownerId;
  }

  /**
   * Members after `afterUserId` by user id: a keyset page on the (group_id, user_id) key, however
   * large the group. With `sinceVersion` above 0, only members who joined or changed role or display
   * name after that version of the address-book log.
   */
  memberPage(appId: string, groupId: number, afterUserId: number, limit: number, sinceVersion = 0): Promise<MemberListing[]> {
    return this.dataSource.query(
      `SELECT m.user_id AS "userId", m.display_name AS "displayName", m.join_time AS "joinTime"
       FROM group_members m
       WHERE m.group_id = $1 AND m.app_id = $2 AND m.user_id > $3
         AND ($5 = 0 OR EXISTS (SELECT 1 FROM address_book_changes c
                                 WHERE c.app_id = $2 AND c.kind = ${GROUP_MEMBER_CHANGE} AND c.scope_id = $1 AND c.target_id = m.user_id AND c.version > $5))
       ORDER BY m.user_id LIMIT $4`,
      [groupId, appId, afterUserId, limit, sinceVersion],
    );
  }

  /** The version of the group's last member change (join, leave, role, display name): member_list's `version`. */
  async memberVersion(appId: string, groupId: number): Promise<number> {
    const [row]: { version: string | null }[] = await this.dataSource.query(
      `SELECT max(version) AS version FROM address_book_changes WHERE app_id = $1 AND kind = ${GROUP_MEMBER_CHANGE} AND scope_id = $2`,
      [appId, groupId],
    );
    return Number(row.version ?? 0);
  }

  /** The group's admins (not its owner) by user id. */
  admins(appId: string, groupId: number): Promise<MemberListing[]> {
    return this.dataSource.query(
      `SELECT user_id AS "userId", display_name AS "displayName", join_time AS "joinTime"
       FROM group_members WHERE group_id = $1 AND app_id = $2 AND role = $3
       ORDER BY user_id`,
      [groupId, appId, GroupRole.Admin],
    );
  }

  /** Sets the member's display name (null clears it); false when the user is no longer a member. */
  setDisplayName(appId: string, groupId: number, userId: number, displayName: string | null): Promise<boolean> {
    return this.updateMember(appId, groupId, userId, 'display_name', displayName);
  }

  /** In the group's transaction: whether the member still receives its messages live is announced with the commit (GroupReceivers). */
  async setMuteMode(tx: GroupTransaction, userId: number, mode: MsgMuteMode): Promise<boolean> {
    const stored = await this.updateMember(tx.group.appId, tx.group.id, userId, 'msg_mute_mode', mode, tx.manager);
    if (stored) tx.receiving(userId, mode !== MsgMuteMode.DoNotReceive);
    return stored;
  }

  setPushMode(appId: string, groupId: number, userId: number, mode: MsgPushMode): Promise<boolean> {
    return this.updateMember(appId, groupId, userId, 'msg_push_mode', mode);
  }

  /** The delivery modes of those of `userIds` who are members, by user id. */
  async deliveryModes(appId: string, groupId: number, userIds: number[]): Promise<Map<number, DeliveryModes>> {
    if (userIds.length === 0) return new Map();
    const rows: ({ userId: number } & DeliveryModes)[] = await this.dataSource.query(
      `SELECT user_id AS "userId", msg_mute_mode AS "msgMuteMode", msg_push_mode AS "msgPushMode"
       FROM group_members WHERE group_id = $1 AND app_id = $2 AND user_id = ANY($3::bigint[])`,
      [groupId, appId, userIds],
    );
    return new Map(rows.map(({ userId, msgMuteMode, msgPushMode }) => [userId, { msgMuteMode, msgPushMode }]));
  }

  /** Ids of the live groups the user belongs to, ascending. */
  async joinedGroupIds(appId: string, userId: number): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT m.group_id AS id FROM group_members m
       JOIN groups g ON g.id = m.group_id AND g.app_id = m.app_id AND g.status = $3
       WHERE m.app_id = $1 AND m.user_id = $2
       ORDER BY m.group_id`,
      [appId, userId, GroupStatus.Normal],
    );
    return rows.map((row) => row.id);
  }

  /** Ids of the live groups whose messages the user receives: a member, with mute mode below 2 (MsgMuteMode.DoNotReceive). */
  async receivingGroupIds(appId: string, userId: number): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT m.group_id AS id FROM group_members m
       JOIN groups g ON g.id = m.group_id AND g.app_id = m.app_id AND g.status = $3
       WHERE m.app_id = $1 AND m.user_id = $2 AND m.msg_mute_mode <> $4`,
      [appId, userId, GroupStatus.Normal, MsgMuteMode.DoNotReceive],
    );
    return rows.map((row) => Number(row.id));
  }

  /** Ids of the live groups both users belong to, ascending; null when `otherId` is not a user of the app. */
  async commonGroupIds(appId: string, userId: number, otherId: number): Promise<number[] | null> {
    const rows: { known: boolean; ids: number[] }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE app_id = $1 AND id = $3) AS known,
              ARRAY(SELECT mine.group_id FROM group_members mine
                      JOIN group_members theirs ON theirs.group_id = mine.group_id AND theirs.app_id = mine.app_id AND theirs.user_id = $3
                      JOIN groups g ON g.id = mine.group_id AND g.app_id = mine.app_id AND g.status = $4
                     WHERE mine.app_id = $1 AND mine.user_id = $2
                     ORDER BY mine.group_id)::bigint[] AS ids`,
      [appId, userId, otherId, GroupStatus.Normal],
    );
    return rows[0].known ? rows[0].ids.map(Number) : null;
  }

  /** Ids of the app's live public groups, ascending. */
  async publicGroupIds(appId: string): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT id FROM groups WHERE app_id = $1 AND type = $2 AND status = $3 ORDER BY id`,
      [appId, GroupType.Public, GroupStatus.Normal],
    );
    return rows.map((row) => row.id);
  }

  private async updateMember(
    appId: string,
    groupId: number,
    userId: number,
    column: MemberColumn,
    value: unknown,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE group_members SET ${column} = $4 WHERE group_id = $1 AND app_id = $2 AND user_id = $3`,
      [groupId, appId, userId, value],
    );
    return affected > 0;
  }
}
