import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeService } from '../notice/notice.service';
import { GroupNoticeType, NoticeNamespace, StoredNotice } from '../notice/notice.types';
import { GroupAccessService, GroupActor, GroupPermission, outranks } from './group-access.service';
import {
  DeliveryModes,
  GroupDisplayNameDto,
  GroupMemberDto,
  GroupMemberListQueryDto,
  GroupMuteModeDto,
  GroupNotDisturbDto,
  GroupPushModeDto,
  mapGroupMember,
} from './group-core.dto';
import { GroupRole, MsgPushMode } from './group-member.entity';
import { GroupMemberRepository } from './group-member.repository';
import { batchFailure, batchSuccess, distinctIds, GroupBatchResultDto, GroupUserListDto } from './group.dto';
import { GroupType } from './group.entity';
import { GroupRepository, GroupTransaction } from './group.repository';
import { WebhookEvents } from '../webhook/webhook-events.service';

/** What a step run under the group's lock answers, and the notices it stored for announcing after commit. */
export interface Outcome<T> {
  result: T;
  stored: StoredNotice[];
}

const ROLE_NAMES: Record<GroupRole, string> = {
  [GroupRole.Member]: 'a member',
  [GroupRole.Admin]: 'an admin',
  [GroupRole.Owner]: 'the owner',
};

const PUSH_MODES = new Set<number>([MsgPushMode.All, MsgPushMode.None, MsgPushMode.AdminAndMention, MsgPushMode.AdminOnly, MsgPushMode.MentionOnly]);

/**
 * Membership seen from inside a group: leaving, kicking, admins, the member lists, each member's
 * display name and delivery modes. Also the locked-step and notice helpers the group lifecycle
 * (GroupService) shares.
 */
@Injectable()
export class GroupMemberService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupRepository,
    private readonly members: GroupMemberRepository,
    private readonly noticeStore: NoticeRepository,
    private readonly notices: NoticeService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /** The caller leaves; the owner must transfer the group first (20004). */
  leave(caller: CallerContext, groupId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    return this.actAs(caller, groupId, GroupPermission.BeMember, async (tx) => {
      if (tx.group.ownerId === userId) {
        throw new ApiError(
          ErrorCode.OwnerCannotLeave,
          `the owner cannot leave group ${groupId}; transfer it to another member first (POST /group/transfer), or destroy it`,
        );
      }
      await this.groups.removeMembers(tx, [userId]);
      this.webhooks.emit({ appId: tx.group.appId, type: 'group.member_left', orderingKey: `group:${groupId}`, data: { group_id: groupId, user_id: userId, reason: 'left' } });
      const stored = await this.notify(tx, userId, GroupNoticeType.Left, [userId], [userId]);
      return { result: true, stored };
    });
  }

  /** Removes members the caller outranks; one result per distinct user. */
  kick(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.actAs(caller, body.group_id, GroupPermission.Moderate, async (tx, actor) => {
      const members = await this.groups.findMembers(tx.group.appId, tx.group.id, targets, tx);
      const results = targets.map((userId) => {
        const member = members.get(userId);
        if (!member) return notMember(tx, userId);
        if (userId === actor.userId) {
          return batchFailure(userId, `user ${userId} is the caller; leave the group (POST /group/leave) instead of kicking yourself`);
        }
        if (outranks(actor.role, member.role)) return batchSuccess(userId);
        const rule = member.role === GroupRole.Owner ? 'nobody may kick the owner' : 'only the owner may kick admins';
        return batchFailure(userId, `user ${userId} is ${ROLE_NAMES[member.role]} of group ${tx.group.id}; ${rule}`);
      });
      const kicked = await this.groups.removeMembers(tx, succeeded(results));
      for (const userId of kicked) {
        this.webhooks.emit({ appId: tx.group.appId, type: 'group.member_left', orderingKey: `group:${tx.group.id}`, data: { group_id: tx.group.id, user_id: userId, reason: 'kicked' } });
      }
      const stored = kicked.length === 0 ? [] : await this.notify(tx, actor.userId, GroupNoticeType.Kicked, kicked, kicked);
      return { result: results, stored };
    });
  }

  /** Makes members admins (owner only); the owner and admins fail. */
  addAdmins(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.actAs(caller, body.group_id, GroupPermission.ManageAdmins, async (tx, actor) => {
      const members = await this.groups.findMembers(tx.group.appId, tx.group.id, targets, tx);
      const results = targets.map((userId) => {
        const member = members.get(userId);
        if (!member) return batchFailure(userId, `user ${userId} is not a member of group ${tx.group.id}; only members can become admins`);
        if (member.role !== GroupRole.Member) {
          return batchFailure(userId, `user ${userId} is already ${ROLE_NAMES[member.role]} of group ${tx.group.id}`);
        }
        return batchSuccess(userId);
      });
      const granted = succeeded(results);
      await this.groups.setRole(tx, granted, GroupRole.Admin);
      const stored = granted.length === 0 ? [] : await this.notify(tx, actor.userId, GroupNoticeType.AdminGranted, granted, granted);
      return { result: results, stored };
    });
  }

  /** Makes admins members again (owner only); users who are not admins fail. */
  removeAdmins(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.actAs(caller, body.group_id, GroupPermission.ManageAdmins, async (tx, actor) => {
      const members = await this.groups.findMembers(tx.group.appId, tx.group.id, targets, tx);
      const results = targets.map((userId) => {
        const member = members.get(userId);
        if (!member) return notMember(tx, userId);
        if (member.role !== GroupRole.Admin) {
          return batchFailure(userId, `user ${userId} is ${ROLE_NAMES[member.role]} of group ${tx.group.id}, not an admin`);
        }
        return batchSuccess(userId);
      });
      const revoked = succeeded(results);
      await this.groups.setRole(tx, revoked, GroupRole.Member);
      const stored = revoked.length === 0 ? [] : await this.notify(tx, actor.userId, GroupNoticeType.AdminRevoked, revoked, revoked);
      return { result: results, stored };
    });
  }

  /** The group's admins (the owner is `owner_id` of the group info), by user id. */
  async adminList(caller: CallerContext, groupId: number): Promise<GroupMemberDto[]> {
    const actor = await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    return (await this.members.admins(caller.appId, actor.group.id)).map(mapGroupMember);
  }

  /** One page of members by user id; `total` is the group's member count, kept with every change, so no page counts rows. */
  async memberList(caller: CallerContext, query: GroupMemberListQueryDto): Promise<ListPage<GroupMemberDto>> {
    const actor = await this.access.authorize(caller, query.group_id, GroupPermission.ViewMembers);
    const [rows, version] = await Promise.all([
      this.members.memberPage(caller.appId, actor.group.id, decodeUserCursor(query.cursor), query.limit + 1, query.version ?? 0),
      this.members.memberVersion(caller.appId, actor.group.id),
    ]);
    const page = pageOf(rows, query.limit, (last) => ({ u: last.userId }));
    return new ListPage(page.items.map(mapGroupMember), page.cursor, actor.group.memberCount, version);
  }

  /** Display names of those of `user_list` who are members, in request order; the others are left out. */
  async displayNames(caller: CallerContext, body: GroupUserListDto): Promise<GroupMemberDto[]> {
    const actor = await this.access.authorize(caller, body.group_id, GroupPermission.ViewMembers);
    const targets = distinctIds(body.user_list);
    const members = await this.groups.findMembers(caller.appId, actor.group.id, targets);
    return targets.flatMap((userId) => {
      const member = members.get(userId);
      return member ? [mapGroupMember(member)] : [];
    });
  }

  /** Sets the caller's own display name in the group; "" clears it. */
  async setDisplayName(caller: CallerContext, body: GroupDisplayNameDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const actor = await this.access.authorize(caller, body.group_id, GroupPermission.BeMember);
    const stored = await this.members.setDisplayName(caller.appId, actor.group.id, userId, body.value === '' ? null : body.value);
    if (!stored) throw noLongerMember(actor);
    return true;
  }

  /** Sets how the caller receives the group's messages; the caller's other devices hear of it through MESSAGE_SETTING. */
  /** Do-not-disturb is mute mode 1 (messages still arrive, without local notification); off is mode 0. */
  setNotDisturb(caller: CallerContext, body: GroupNotDisturbDto): Promise<boolean> {
    return this.setMuteMode(caller, { group_id: body.group_id, msg_mute_mode: body.value ? 1 : 0 });
  }

  async setMuteMode(caller: CallerContext, body: GroupMuteModeDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const actor = await this.access.authorize(caller, body.group_id, GroupPermission.BeMember);
    // Under the group's lock, as membership changes are: whether the member receives live (mode 2 does not) is announced in order with them.
    const stored = await this.groups.inLockedGroup(caller.appId, actor.group.id, (tx) => this.members.setMuteMode(tx, userId, body.msg_mute_mode));
    if (!stored) throw noLongerMember(actor);
    await this.notifySelf(actor, userId, { msg_mute_mode: body.msg_mute_mode });
    return true;
  }

  /** Sets which of the group's messages are pushed to the caller; a mode outside 0–4 is 20003. */
  async setPushMode(caller: CallerContext, body: GroupPushModeDto): Promise<boolean> {
    const userId = caller.requireUserId();
    if (!PUSH_MODES.has(body.msg_push_mode)) {
      throw new ApiError(
        ErrorCode.InvalidPushMode,
        'msg_push_mode: must be 0 (all), 1 (none), 2 (admin and @ messages), 3 (admin messages only) or 4 (@ messages only)',
      );
    }
    const actor = await this.access.authorize(caller, body.group_id, GroupPermission.BeMember);
    if (!(await this.members.setPushMode(caller.appId, actor.group.id, userId, body.msg_push_mode))) throw noLongerMember(actor);
    await this.notifySelf(actor, userId, { msg_push_mode: body.msg_push_mode });
    return true;
  }

  /**
   * For the message and push modules: the mute and push modes of those of `userIds` who are members
   * of the group, by user id (non-members are absent). One indexed read; no member list is loaded.
   */
  deliveryModesOf(appId: string, groupId: number, userIds: number[]): Promise<Map<number, DeliveryModes>> {
    return this.members.deliveryModes(appId, groupId, distinctIds(userIds));
  }

  /** For the realtime gateway: the live groups whose messages the user receives (a member, mute mode below 2). */
  receivingGroupsOf(appId: string, userId: number): Promise<number[]> {
    return this.members.receivingGroupIds(appId, userId);
  }

  /**
   * Authorizes `permission`, then runs `work` under the group's row lock with the caller's role read
   * again inside it (so a concurrent demotion, kick or transfer cannot slip through), and announces
   * the stored notices after commit. 20001 when the group is gone by then.
   */
  async actAs<T>(
    caller: CallerContext,
    groupId: number,
    permission: GroupPermission,
    work: (tx: GroupTransaction, actor: GroupActor) => Promise<Outcome<T>>,
  ): Promise<T> {
    const actor = await this.access.authorize(caller, groupId, permission);
    const outcome = await this.groups.inLockedGroup(caller.appId, groupId, async (tx) => {
      const current = await this.actorUnderLock(actor, tx);
      this.access.assertAllowed(current, permission);
      return work(tx, current);
    });
    if (!outcome) throw ApiError.groupNotFound(groupId);
    this.notices.announce(outcome.stored);
    return outcome.result;
  }

  /**
   * Stores a notice about `affected` for them and the group: every member of a group, but only the
   * owner and admins of a chatroom, where a fan-out to 100,000 members per event would be too costly.
   */
  async notify(
    tx: GroupTransaction,
    fromId: number | null,
    type: GroupNoticeType,
    toIds: number[],
    affected: number[],
    content: string | null = null,
  ): Promise<StoredNotice[]> {
    const audience = tx.group.type === GroupType.Chatroom ? await this.groups.staffIds(tx) : await this.groups.memberIds(tx);
    return this.store(tx.group.appId, { type, fromId, toIds, groupId: tx.group.id, content }, [...affected, ...audience], tx);
  }

  private async actorUnderLock(actor: GroupActor, tx: GroupTransaction): Promise<GroupActor> {
    if (actor.userId === null) return { ...actor, group: tx.group };
    const member = (await this.groups.findMembers(tx.group.appId, tx.group.id, [actor.userId], tx)).get(actor.userId) ?? null;
    return { group: tx.group, userId: actor.userId, role: member?.role ?? null, member };
  }

  /** MESSAGE_SETTING to the member alone: their other devices pick up the new mode; nobody else needs to know. */
  private async notifySelf(actor: GroupActor, userId: number, content: object): Promise<void> {
    const notice = {
      type: GroupNoticeType.MessageSetting,
      fromId: userId,
      toIds: [userId],
      groupId: actor.group.id,
      content: JSON.stringify(content),
    };
    this.notices.announce(await this.store(actor.group.appId, notice, [userId]));
  }

  private store(
    appId: string,
    notice: { type: GroupNoticeType; fromId: number | null; toIds: number[]; groupId: number; content: string | null },
    recipients: number[],
    tx?: GroupTransaction,
  ): Promise<StoredNotice[]> {
    return this.noticeStore.insert(appId, { namespace: NoticeNamespace.Group, ...notice }, distinctIds(recipients), tx?.manager);
  }
}

function notMember(tx: GroupTransaction, userId: number): GroupBatchResultDto {
  return batchFailure(userId, `user ${userId} is not a member of group ${tx.group.id}`);
}

function succeeded(results: GroupBatchResultDto[]): number[] {
  return results.filter((result) => result.result === 'success').map((result) => result.user_id);
}

/** The member left between the permission check and the change: the same refusal an outsider gets. */
function noLongerMember(actor: GroupActor): ApiError {
  return new ApiError(ErrorCode.NeedsMember, `only members of group ${actor.group.id} may do this`);
}

/** The user id a page ends at; 0 for the first page. A cursor holding anything but a safe integer is refused. */
function decodeUserCursor(cursor: string | undefined): number {
  const position = decodeCursor<{ u: number }>(cursor, ['u']);
  if (position === null) return 0;
  if (!Number.isSafeInteger(position.u) || position.u < 0) {
    throw ApiError.badParameter('cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page');
  }
  return position.u;
}
