import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeService } from '../notice/notice.service';
import { GroupNoticeType, NoticeNamespace, StoredNotice } from '../notice/notice.types';
import { GroupAccessService, GroupActor, GroupPermission, outranks } from './group-access.service';
import { GroupMemberEntity, GroupRole } from './group-member.entity';
import {
  BAN_FOREVER,
  GroupBanAllDto,
  GroupBanAllResponseDto,
  GroupBanDto,
  GroupBannedMemberDto,
  GroupBlockedUserDto,
  GroupModerationListQueryDto,
  GroupUnbanAllDto,
  mapBannedMember,
  mapBlockedUser,
} from './group-moderation.dto';
import { GroupModerationRepository } from './group-moderation.repository';
import { batchFailure, batchSuccess, distinctIds, GroupBatchResultDto, GroupUserListDto } from './group.dto';
import { GroupEntity, GroupType } from './group.entity';
import { GroupRepository, GroupTransaction } from './group.repository';

/** Whether a user may send to a group now; when not, the code and reason the message module answers with. */
export interface SendPermission {
  allowed: boolean;
  code?: ErrorCode;
  reason?: string;
}

/** What a locked moderation step answers, and the notices it stored for announcing after commit. */
interface Outcome<T> {
  result: T;
  stored: StoredNotice[];
}

const ROLE_NAMES: Record<GroupRole, string> = {
  [GroupRole.Member]: 'a member',
  [GroupRole.Admin]: 'an admin',
  [GroupRole.Owner]: 'the owner',
};

const MINUTE_MS = 60_000;

/** True while the group's ban-all lasts: -1 forever, otherwise until its end in epoch seconds. */
function banAllActive(group: GroupEntity, now: Date): boolean {
  return group.banExpireTime === BAN_FOREVER || now.getTime() < group.banExpireTime * 1000;
}

/**
 * Member bans (no sending until they expire), the group-wide ban-all (only staff may send) and the
 * group blocklist (blocked users are removed and cannot come back). Also answers, for the message
 * module, whether a user may send to a group now.
 */
@Injectable()
export class GroupModerationService {
  /** The live group rows and member rows (role, ban, mute) the send rule reads; GroupRepository.inLockedGroup drops them on every change. */
  private readonly liveGroups: HotStateRegion<GroupEntity>;
  private readonly members: HotStateRegion<GroupMemberEntity>;

  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupRepository,
    private readonly moderation: GroupModerationRepository,
    private readonly noticeStore: NoticeRepository,
    private readonly notices: NoticeService,
    private readonly clock: Clock,
    cache: HotStateCache,
  ) {
    this.liveGroups = cache.region('groups', { max: 10_000 });
    this.members = cache.region('group-members', { max: 100_000 });
  }

  /** Bans members the caller outranks until now + `duration` minutes; a new ban replaces the old one. */
  ban(caller: CallerContext, body: GroupBanDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.moderate(caller, body.group_id, targets, async (tx, actor, members) => {
      const results = targets.map((userId) => this.refusalToActOn(actor, userId, members.get(userId), 'ban') ?? batchSuccess(userId));
      const banned = succeeded(results);
      const until = new Date(this.clock.now().getTime() + body.duration * MINUTE_MS);
      await this.moderation.setBannedUntil(tx, banned, until);
      const content = JSON.stringify({ duration: body.duration, expired_time: until.getTime() });
      const stored = banned.length === 0 ? [] : await this.notify(tx, actor, GroupNoticeType.Banned, banned, banned, content);
      return { result: results, stored };
    });
  }

  /** Lifts the bans of members the caller outranks; members not banned (or whose ban expired) fail. */
  unban(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.moderate(caller, body.group_id, targets, async (tx, actor, members) => {
      const now = this.clock.now();
      const results = targets.map((userId) => {
        const member = members.get(userId);
        const refusal = this.refusalToActOn(actor, userId, member, 'unban');
        if (refusal) return refusal;
        if (!member?.bannedUntil || member.bannedUntil <= now) return batchFailure(userId, `user ${userId} is not banned in group ${tx.group.id}`);
        return batchSuccess(userId);
      });
      const unbanned = succeeded(results);
      await this.moderation.setBannedUntil(tx, unbanned, null);
      const stored = unbanned.length === 0 ? [] : await this.notify(tx, actor, GroupNoticeType.Unbanned, unbanned, unbanned);
      return { result: results, stored };
    });
  }

  /** Members whose ban has not expired by now, by user id, with the ban's end. */
  async bannedList(caller: CallerContext, query: GroupModerationListQueryDto): Promise<ListPage<GroupBannedMemberDto>> {
    const actor = await this.access.authorize(caller, query.group_id, GroupPermission.ViewMembers);
    const after = decodeUserCursor(query.cursor);
    const now = this.clock.now();
    const [rows, total] = await Promise.all([
      this.moderation.bannedMembers(caller.appId, actor.group.id, now, after, query.limit + 1),
      this.moderation.countBannedMembers(caller.appId, actor.group.id, now),
    ]);
    const page = pageOf(rows, query.limit, (last) => ({ u: last.userId }));
    return new ListPage(page.items.map(mapBannedMember), page.cursor, total);
  }

  /** Lets only the owner and admins send for `duration` minutes (-1: until unban_all). */
  banAll(caller: CallerContext, body: GroupBanAllDto): Promise<GroupBanAllResponseDto> {
    return this.changeBanAll(caller, body.group_id, (tx, now) => {
      const banExpireTime = body.duration === BAN_FOREVER ? BAN_FOREVER : Math.floor(now.getTime() / 1000) + body.duration * 60;
      return { banExpireTime, notice: GroupNoticeType.Muted };
    });
  }

  /** Ends the ban-all; answers true also when none was active (the group is not banned either way). */
  async unbanAll(caller: CallerContext, body: GroupUnbanAllDto): Promise<boolean> {
    await this.changeBanAll(caller, body.group_id, (tx, now) => ({
      banExpireTime: 0,
      notice: banAllActive(tx.group, now) ? GroupNoticeType.Unmuted : null,
    }));
    return true;
  }

  /**
   * Puts users on the blocklist and removes those who are members. Members must be outranked by the
   * caller; users who are not members are blocked in advance so they cannot apply, be invited or join.
   */
  block(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.moderate(caller, body.group_id, targets, async (tx, actor, members) => {
      const [users, alreadyBlocked] = await Promise.all([
        this.groups.existingUserIds(tx, targets),
        this.groups.blockedUserIds(tx, targets),
      ]);
      const results = targets.map((userId) => {
        if (!users.has(userId)) return batchFailure(userId, `user ${userId} does not exist in this app`);
        if (alreadyBlocked.has(userId)) return batchFailure(userId, `user ${userId} is already on the blocklist of group ${tx.group.id}`);
        const member = members.get(userId);
        return (member && this.refusalToActOn(actor, userId, member, 'block')) || batchSuccess(userId);
      });
      const blocked = succeeded(results);
      await this.groups.removeMembers(tx, blocked.filter((userId) => members.has(userId)));
      await this.moderation.addBlocks(tx, blocked, actor.userId);
      const stored = blocked.length === 0 ? [] : await this.notify(tx, actor, GroupNoticeType.Blocked, blocked, blocked);
      return { result: results, stored };
    });
  }

  /** Takes users off the blocklist; they may apply, be invited or join again (they are not re-added). */
  unblock(caller: CallerContext, body: GroupUserListDto): Promise<GroupBatchResultDto[]> {
    const targets = distinctIds(body.user_list);
    return this.moderate(caller, body.group_id, targets, async (tx, actor) => {
      const unblocked = await this.moderation.removeBlocks(tx, targets);
      const removed = new Set(unblocked);
      const results = targets.map((userId) =>
        removed.has(userId) ? batchSuccess(userId) : batchFailure(userId, `user ${userId} is not on the blocklist of group ${tx.group.id}`),
      );
      // Unblocked users are not members: only they and the staff hear of it, whatever the group type.
      const recipients = [...unblocked, ...(await this.groups.staffIds(tx))];
      const stored = unblocked.length === 0 ? [] : await this.store(tx, actor, GroupNoticeType.Unblocked, unblocked, recipients);
      return { result: results, stored };
    });
  }

  /** The blocklist by user id. */
  async blockedList(caller: CallerContext, query: GroupModerationListQueryDto): Promise<ListPage<GroupBlockedUserDto>> {
    const actor = await this.access.authorize(caller, query.group_id, GroupPermission.Moderate);
    const after = decodeUserCursor(query.cursor);
    const [rows, total] = await Promise.all([
      this.moderation.blockedUsers(caller.appId, actor.group.id, after, query.limit + 1),
      this.moderation.countBlockedUsers(caller.appId, actor.group.id),
    ]);
    const page = pageOf(rows, query.limit, (last) => ({ u: last.userId }));
    return new ListPage(page.items.map(mapBlockedUser), page.cursor, total);
  }

  /**
   * Whether `userId` may send a message to the group now (for the message module): the group must
   * exist (20001), the user must be a member (20002) not banned (10010), and while a ban-all lasts
   * only those who may moderate the group, its owner and admins, may send (20012). Two indexed reads.
   */
  async maySend(appId: string, groupId: number, userId: number): Promise<SendPermission> {
    const groupTag = hotStateTag.group(appId, groupId);
    const group = await this.liveGroups.read(`${appId} ${groupId}`, () => this.groups.findGroup(appId, groupId), () => [groupTag]);
    if (!group) return { allowed: false, code: ErrorCode.GroupNotFound, reason: `group ${groupId} does not exist in this app` };
    const member = await this.members.read(
      `${appId} ${groupId} ${userId}`,
      () => this.groups.findMember(appId, groupId, userId),
      () => [groupTag, hotStateTag.user(appId, userId)],
    );
    if (!member) return { allowed: false, code: ErrorCode.NotGroupMember, reason: `user ${userId} is not a member of group ${groupId}` };
    const now = this.clock.now();
    if (member.bannedUntil && member.bannedUntil > now) {
      return {
        allowed: false,
        code: ErrorCode.NoPermission,
        reason: `user ${userId} is banned in group ${groupId} until ${member.bannedUntil.toISOString()}`,
      };
    }
    if (banAllActive(group, now) && !this.access.allows({ group, userId, role: member.role, member }, GroupPermission.Moderate)) {
      const until = group.banExpireTime === BAN_FOREVER ? 'unban_all' : new Date(group.banExpireTime * 1000).toISOString();
      return {
        allowed: false,
        code: ErrorCode.NeedsAdmin,
        reason: `group ${groupId} is banned for everyone until ${until}; only its owner and admins may send`,
      };
    }
    return { allowed: true };
  }

  /** maySend that throws the refusal as an ApiError. */
  async assertMaySend(appId: string, groupId: number, userId: number): Promise<void> {
    const permission = await this.maySend(appId, groupId, userId);
    if (!permission.allowed) throw new ApiError(permission.code ?? ErrorCode.NoPermission, permission.reason ?? 'you may not send to this group');
  }

  /**
   * Authorizes Moderate, then runs `work` under the group's lock with the caller's role and the
   * targets' memberships read again inside it, and announces the stored notices after commit.
   */
  private async moderate<T>(
    caller: CallerContext,
    groupId: number,
    targets: number[],
    work: (tx: GroupTransaction, actor: GroupActor, members: Map<number, GroupMemberEntity>) => Promise<Outcome<T>>,
  ): Promise<T> {
    const actor = await this.access.authorize(caller, groupId, GroupPermission.Moderate);
    const outcome = await this.groups.inLockedGroup(caller.appId, groupId, async (tx) => {
      const members = await this.moderation.lockedMembers(tx, actor.userId === null ? targets : [...targets, actor.userId]);
      const current = actorUnderLock(actor, tx, members);
      this.access.assertAllowed(current, GroupPermission.Moderate);
      return work(tx, current, members);
    });
    if (!outcome) throw ApiError.groupNotFound(groupId);
    this.notices.announce(outcome.stored);
    return outcome.result;
  }

  private async changeBanAll(
    caller: CallerContext,
    groupId: number,
    decide: (tx: GroupTransaction, now: Date) => { banExpireTime: number; notice: GroupNoticeType | null },
  ): Promise<GroupBanAllResponseDto> {
    const actor = await this.access.authorize(caller, groupId, GroupPermission.ModifySettings);
    const outcome = await this.groups.inLockedGroup(caller.appId, groupId, async (tx): Promise<Outcome<GroupBanAllResponseDto>> => {
      const members = await this.moderation.lockedMembers(tx, actor.userId === null ? [] : [actor.userId]);
      const current = actorUnderLock(actor, tx, members);
      this.access.assertAllowed(current, GroupPermission.ModifySettings);
      const { banExpireTime, notice } = decide(tx, this.clock.now());
      await this.moderation.setBanExpireTime(tx, banExpireTime);
      const content = JSON.stringify({ ban_expire_time: banExpireTime });
      const stored = notice === null ? [] : await this.notify(tx, current, notice, [], [], content);
      return { result: { ban_expire_time: banExpireTime }, stored };
    });
    if (!outcome) throw ApiError.groupNotFound(groupId);
    this.notices.announce(outcome.stored);
    return outcome.result;
  }

  /** Why the actor may not act on `userId` (not a member, themself, or not outranked), or null when it may. */
  private refusalToActOn(actor: GroupActor, userId: number, member: GroupMemberEntity | undefined, verb: string): GroupBatchResultDto | null {
    const groupId = actor.group.id;
    if (!member) return batchFailure(userId, `user ${userId} is not a member of group ${groupId}`);
    if (userId === actor.userId) return batchFailure(userId, `user ${userId} is the caller; nobody may ${verb} themself`);
    if (outranks(actor.role, member.role)) return null;
    const rule = member.role === GroupRole.Owner ? `nobody may ${verb} the owner` : `only the owner may ${verb} admins`;
    return batchFailure(userId, `user ${userId} is ${ROLE_NAMES[member.role]} of group ${groupId}; ${rule}`);
  }

  /**
   * Stores a notice about `affected` for the affected users and the group: every member in groups,
   * only the staff in chatrooms, where a fan-out to 100,000 members per event would be too costly.
   */
  private async notify(
    tx: GroupTransaction,
    actor: GroupActor,
    type: GroupNoticeType,
    toIds: number[],
    affected: number[],
    content: string | null = null,
  ): Promise<StoredNotice[]> {
    const audience = tx.group.type === GroupType.Chatroom ? await this.groups.staffIds(tx) : await this.groups.memberIds(tx);
    return this.store(tx, actor, type, toIds, [...affected, ...audience], content);
  }

  private async store(
    tx: GroupTransaction,
    actor: GroupActor,
    type: GroupNoticeType,
    toIds: number[],
    recipients: number[],
    content: string | null = null,
  ): Promise<StoredNotice[]> {
    const notice = { namespace: NoticeNamespace.Group, type, fromId: actor.userId, toIds, groupId: tx.group.id, content };
    return this.noticeStore.insert(tx.group.appId, notice, distinctIds(recipients), tx.manager);
  }
}

/** The actor as of the group's lock: the group row read under it and, for a user, the role read under it. */
function actorUnderLock(actor: GroupActor, tx: GroupTransaction, members: Map<number, GroupMemberEntity>): GroupActor {
  if (actor.userId === null) return { ...actor, group: tx.group };
  const member = members.get(actor.userId) ?? null;
  return { group: tx.group, userId: actor.userId, role: member?.role ?? null, member };
}

function succeeded(results: GroupBatchResultDto[]): number[] {
  return results.filter((result) => result.result === 'success').map((result) => result.user_id);
}

/** The user id a list page ends at; 0 for the first page. A cursor holding anything but a safe integer is refused. */
function decodeUserCursor(cursor: string | undefined): number {
  const position = decodeCursor<{ u: number }>(cursor, ['u']);
  if (position === null) return 0;
  if (!Number.isSafeInteger(position.u) || position.u < 0) {
    throw ApiError.badParameter('cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page');
  }
  return position.u;
}
