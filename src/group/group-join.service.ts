import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeService } from '../notice/notice.service';
import { GroupNoticeType, NoticeNamespace, StoredNotice } from '../notice/notice.types';
import { GroupAccessService, GroupActor, GroupPermission } from './group-access.service';
import {
  GroupApplicationDto,
  GroupApplicationListDto,
  GroupApplyDto,
  GroupApprovalDto,
  GroupInvitationDto,
  GroupInviteDto,
  GroupRequestListQueryDto,
  mapGroupApplication,
  mapGroupInvitation,
} from './group-join.dto';
import { GroupJoinRepository, RequestPosition } from './group-join.repository';
import { GroupMembershipService } from './group-membership.service';
import { GroupRequestStatus } from './group-request.entity';
import { batchFailure, batchSuccess, distinctIds, GroupBatchResultDto } from './group.dto';
import { ApplyApproval, GroupType } from './group.entity';
import { GROUP_REQUEST_TTL_MS } from './group.limits';
import { GroupRepository, GroupTransaction } from './group.repository';

/** What inviteOrAdmit did: per-user results, who joined, who got an invitation, and the notices to announce after commit. */
export interface InviteOutcome {
  results: GroupBatchResultDto[];
  added: number[];
  invited: number[];
  /** Stored in the caller's transaction: pass them to NoticeService.announce once it committed. */
  notices: StoredNotice[];
}

interface Outcome<T> {
  result: T;
  stored: StoredNotice[];
}

/** `reason` of a successful /group/apply that waits for the group's admins. */
export const APPLICATION_PENDING_REASON = 'pending: the application waits for an admin of the group';

const BAD_CURSOR = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';

/**
 * Ways into a group other than being added at creation: invitations (decided by each invitee's
 * group_confirm), applications (decided by the group's apply_approval) and QR codes. Every entry
 * goes through GroupMembershipService.admit under the group's lock, with its notices stored in the
 * same transaction and announced after commit.
 */
@Injectable()
export class GroupJoinService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupRepository,
    private readonly membership: GroupMembershipService,
    private readonly repository: GroupJoinRepository,
    private readonly noticeStore: NoticeRepository,
    private readonly notices: NoticeService,
    private readonly clock: Clock,
  ) {}

  /**
   * Invites or adds each distinct user of `userIds`: those whose group_confirm setting is on get a
   * pending invitation (INVITED to them), the others are admitted at once (JOINED). Without an
   * inviting user (the app acting as the group's admin) invitations name the group's owner as
   * inviter, since an invitation is answered to someone. Run inside the group's lock; announce
   * `notices` after the transaction commits.
   */
  async inviteOrAdmit(tx: GroupTransaction, inviterId: number | null, userIds: number[], reason: string | null): Promise<InviteOutcome> {
    const candidates = distinctIds(userIds);
    const confirming = await this.repository.confirmingUserIds(tx, candidates);
    const toInvite = candidates.filter((userId) => confirming.has(userId));
    const invitationResults = await this.checkInvitees(tx, toInvite);
    const admission = await this.membership.admit(tx, candidates.filter((userId) => !confirming.has(userId)));
    const invited = invitationResults.filter((result) => result.result === 'success').map((result) => result.user_id);
    const now = this.clock.now();
    await this.repository.refreshInvitations(tx, inviterId ?? tx.group.ownerId, invited, reason, now, new Date(now.getTime() + GROUP_REQUEST_TTL_MS));

    const notices: StoredNotice[] = [];
    for (const inviteeId of invited) {
      notices.push(...(await this.store(tx, GroupNoticeType.Invited, inviterId, [inviteeId], [inviteeId], reason)));
    }
    notices.push(...(await this.notifyJoined(tx, admission.added)));

    const byUser = new Map([...invitationResults, ...admission.results].map((result) => [result.user_id, result]));
    return { results: candidates.map((userId) => byUser.get(userId)!), added: admission.added, invited, notices };
  }

  /** POST /group/invite: the caller invites (or adds) users, as the Invite permission and member_invite allow. */
  async invite(caller: CallerContext, request: GroupInviteDto): Promise<GroupBatchResultDto[]> {
    return this.inGroupAs(caller, request.group_id, GroupPermission.Invite, async (tx, actor) => {
      const outcome = await this.inviteOrAdmit(tx, actor.userId, request.user_list, request.reason ?? null);
      return { result: outcome.results, stored: outcome.notices };
    });
  }

  /** POST/PUT /group/invite/handle: the invitee accepts (and joins) or declines the invitation of `user_id`. */
  async handleInvitation(caller: CallerContext, request: GroupApprovalDto): Promise<boolean> {
    const inviteeId = caller.requireUserId();
    const inviterId = request.user_id;
    return this.inGroup(caller.appId, request.group_id, async (tx) => {
      const now = this.clock.now();
      const invitation = await this.repository.findInvitation(tx, inviteeId);
      if (!invitation || invitation.inviterId !== inviterId) {
        throw new ApiError(ErrorCode.GroupInvitationHandled, `you have no invitation from user ${inviterId} to group ${tx.group.id}`);
      }
      if (invitation.status !== GroupRequestStatus.Pending) {
        throw new ApiError(ErrorCode.GroupInvitationHandled, `the invitation to group ${tx.group.id} was already ${statusWord(invitation.status)}`);
      }
      if (invitation.expiresAt.getTime() <= now.getTime()) {
        throw new ApiError(ErrorCode.GroupInvitationHandled, `the invitation to group ${tx.group.id} expired at ${invitation.expiresAt.toISOString()}`);
      }
      if (request.approval) {
        await this.refuseBlockedOrMember(tx, inviteeId);
        await this.admitOne(tx, inviteeId);
      }
      const status = request.approval ? GroupRequestStatus.Accepted : GroupRequestStatus.Declined;
      await this.repository.settleInvitation(tx, inviteeId, status, now);
      const type = request.approval ? GroupNoticeType.InviteAccepted : GroupNoticeType.InviteDeclined;
      // The invitee hears its own answer too: its other devices settle the invitation from it.
      const stored = await this.store(tx, type, inviteeId, [inviterId], [inviterId, inviteeId]);
      if (request.approval) stored.push(...(await this.notifyJoined(tx, [inviteeId])));
      return { result: true, stored };
    });
  }

  /** GET /group/invitation_list: the caller's invitations, newest first. */
  async listInvitations(caller: CallerContext, query: GroupRequestListQueryDto): Promise<ListPage<GroupInvitationDto>> {
    const inviteeId = caller.requireUserId();
    const page = await this.repository.listInvitations(caller.appId, inviteeId, decodePosition(query.cursor), query.limit + 1);
    const now = this.clock.now();
    return this.pageOf(page.rows, page.total, query.limit, (row) => mapGroupInvitation(row, now));
  }

  /** POST /group/apply: joins at once, leaves a pending application, or is refused, as the group's apply_approval says. */
  async apply(caller: CallerContext, request: GroupApplyDto): Promise<GroupBatchResultDto> {
    const userId = caller.requireUserId();
    const reason = request.reason ?? null;
    return this.inGroup(caller.appId, request.group_id, async (tx) => {
      await this.refuseBlockedOrMember(tx, userId);
      const groupId = tx.group.id;
      switch (tx.group.applyApproval) {
        case ApplyApproval.RefuseAll:
          throw ApiError.noPermission(`group ${groupId} accepts no applications (apply_approval 2); ask one of its members to invite you`);
        case ApplyApproval.AcceptAll:
          await this.admitOne(tx, userId);
          return { result: batchSuccess(userId), stored: await this.notifyJoined(tx, [userId], reason) };
        case ApplyApproval.AdminApproval: {
          const now = this.clock.now();
          await this.repository.refreshApplication(tx, userId, reason, now, new Date(now.getTime() + GROUP_REQUEST_TTL_MS));
          const staff = await this.groups.staffIds(tx);
          const stored = await this.store(tx, GroupNoticeType.Applied, userId, [], staff, reason);
          return { result: { user_id: userId, result: 'success', reason: APPLICATION_PENDING_REASON }, stored };
        }
      }
    });
  }

  /**
   * POST/PUT /group/apply/handle: an admin accepts or declines the pending application of `user_id`.
   * An accepted applicant who cannot be admitted (full group, joined-groups limit, blocked since)
   * is answered `fail` with the reason, and the application stays pending.
   */
  async handleApplication(caller: CallerContext, request: GroupApprovalDto): Promise<GroupBatchResultDto> {
    const applicantId = request.user_id;
    return this.inGroupAs(caller, request.group_id, GroupPermission.HandleApplications, async (tx, actor) => {
      const now = this.clock.now();
      const application = await this.repository.findApplication(tx, applicantId);
      const groupId = tx.group.id;
      if (!application) {
        throw new ApiError(ErrorCode.GroupApplicationHandled, `user ${applicantId} has no application to group ${groupId}`);
      }
      if (application.status !== GroupRequestStatus.Pending) {
        throw new ApiError(ErrorCode.GroupApplicationHandled, `the application of user ${applicantId} was already ${statusWord(application.status)}`);
      }
      if (application.expiresAt.getTime() <= now.getTime()) {
        throw new ApiError(
          ErrorCode.GroupApplicationHandled,
          `the application of user ${applicantId} expired at ${application.expiresAt.toISOString()}`,
        );
      }
      if (!request.approval) {
        await this.repository.settleApplication(tx, applicantId, GroupRequestStatus.Declined, actor.userId, now);
        const stored = await this.store(tx, GroupNoticeType.ApplyDeclined, actor.userId, [applicantId], [applicantId]);
        return { result: batchSuccess(applicantId), stored };
      }
      const admission = await this.membership.admit(tx, [applicantId]);
      if (admission.added.length === 0) return { result: admission.results[0], stored: [] };
      await this.repository.settleApplication(tx, applicantId, GroupRequestStatus.Accepted, actor.userId, now);
      const stored = await this.store(tx, GroupNoticeType.ApplyAccepted, actor.userId, [applicantId], [applicantId]);
      stored.push(...(await this.notifyJoined(tx, [applicantId])));
      return { result: batchSuccess(applicantId), stored };
    });
  }

  /**
   * POST /group/application_list: applications to the listed groups, newest first. Every listed
   * group must be one whose applications the caller may handle; otherwise the whole call is refused
   * (20001 / 20012), so a page never silently lacks a group.
   */
  async listApplications(caller: CallerContext, request: GroupApplicationListDto, query: GroupRequestListQueryDto): Promise<ListPage<GroupApplicationDto>> {
    const groupIds = distinctIds(request.group_list);
    for (const groupId of groupIds) await this.access.authorize(caller, groupId, GroupPermission.HandleApplications);
    const page = await this.repository.listApplications(caller.appId, groupIds, decodePosition(query.cursor), query.limit + 1);
    const now = this.clock.now();
    return this.pageOf(page.rows, page.total, query.limit, (row) => mapGroupApplication(row, now));
  }

  /**
   * Admits the acting user alone, turning a refusal into its code: the blocklist and membership
   * are checked before (20018, 20017), so what remains is capacity (20010) or the user's
   * joined-groups limit (20009).
   */
  async admitOne(tx: GroupTransaction, userId: number): Promise<void> {
    const capacityLeft = tx.group.capacity - tx.group.memberCount;
    const admission = await this.membership.admit(tx, [userId]);
    if (admission.added.length > 0) return;
    const reason = admission.results[0].reason ?? `user ${userId} could not join group ${tx.group.id}`;
    throw new ApiError(capacityLeft <= 0 ? ErrorCode.GroupFull : ErrorCode.UserJoinedGroupLimit, reason);
  }

  /** 20018 for a user on the group's blocklist, 20017 for a member. */
  async refuseBlockedOrMember(tx: GroupTransaction, userId: number): Promise<void> {
    const groupId = tx.group.id;
    if ((await this.groups.blockedUserIds(tx, [userId])).has(userId)) {
      throw new ApiError(ErrorCode.BlockedByGroup, `user ${userId} is on the blocklist of group ${groupId}`);
    }
    if (await this.groups.findMember(tx.group.appId, groupId, userId, tx)) {
      throw new ApiError(ErrorCode.AlreadyGroupMember, `user ${userId} is already a member of group ${groupId}`);
    }
  }

  /**
   * JOINED about `joined`, one notice per newcomer naming it as `from` (and `to`): MaxIM's SDKs add
   * a group to their list only from a JOINED whose `from` is themselves. Told to every member of a
   * group, but only to the newcomer and the staff of a chatroom, where a fan-out to 100,000 members
   * per join would be too costly.
   */
  async notifyJoined(tx: GroupTransaction, joined: number[], content: string | null = null): Promise<StoredNotice[]> {
    if (joined.length === 0) return [];
    const isChatroom = tx.group.type === GroupType.Chatroom;
    const everyone = isChatroom ? await this.groups.staffIds(tx) : await this.groups.memberIds(tx);
    const stored: StoredNotice[] = [];
    for (const joinerId of joined) {
      const audience = isChatroom ? [joinerId, ...everyone] : everyone;
      stored.push(...(await this.store(tx, GroupNoticeType.Joined, joinerId, [joinerId], audience, content)));
    }
    return stored;
  }

  /** Runs `work` in the group's lock and announces its notices after commit; 20001 when the group is gone. */
  async inGroup<T>(appId: string, groupId: number, work: (tx: GroupTransaction) => Promise<Outcome<T>>): Promise<T> {
    const outcome = await this.groups.inLockedGroup(appId, groupId, work);
    if (!outcome) throw ApiError.groupNotFound(groupId);
    this.notices.announce(outcome.stored);
    return outcome.result;
  }

  /** inGroup for an operation that needs `permission`, checked again with the role read under the lock. */
  private async inGroupAs<T>(
    caller: CallerContext,
    groupId: number,
    permission: GroupPermission,
    work: (tx: GroupTransaction, actor: GroupActor) => Promise<Outcome<T>>,
  ): Promise<T> {
    const actor = await this.access.authorize(caller, groupId, permission);
    return this.inGroup(caller.appId, groupId, async (tx) => {
      const member = actor.userId === null ? null : await this.groups.findMember(caller.appId, groupId, actor.userId, tx);
      const current: GroupActor = actor.userId === null ? { ...actor, group: tx.group } : { group: tx.group, userId: actor.userId, role: member?.role ?? null, member };
      this.access.assertAllowed(current, permission);
      return work(tx, current);
    });
  }

  /** Invitees that can be invited: users of the app, not blocked by the group, not members yet. */
  private async checkInvitees(tx: GroupTransaction, userIds: number[]): Promise<GroupBatchResultDto[]> {
    if (userIds.length === 0) return [];
    const [users, blocked, members] = await Promise.all([
      this.groups.existingUserIds(tx, userIds),
      this.groups.blockedUserIds(tx, userIds),
      this.groups.findMembers(tx.group.appId, tx.group.id, userIds, tx),
    ]);
    return userIds.map((userId) => {
      if (!users.has(userId)) return batchFailure(userId, `user ${userId} does not exist in this app`);
      if (blocked.has(userId)) return batchFailure(userId, `user ${userId} is on this group's blocklist`);
      if (members.has(userId)) return batchFailure(userId, `user ${userId} is already a member`);
      return batchSuccess(userId);
    });
  }

  private store(
    tx: GroupTransaction,
    type: GroupNoticeType,
    fromId: number | null,
    toIds: number[],
    recipients: number[],
    content: string | null = null,
  ): Promise<StoredNotice[]> {
    const notice = { namespace: NoticeNamespace.Group, type, fromId, toIds, groupId: tx.group.id, content };
    return this.noticeStore.insert(tx.group.appId, notice, distinctIds(recipients), tx.manager);
  }

  private pageOf<Row extends { updatedAt: Date; id: number }, Dto>(rows: Row[], total: number, limit: number, map: (row: Row) => Dto): ListPage<Dto> {
    const page = pageOf(rows, limit, (last) => ({ t: last.updatedAt.getTime(), i: last.id }));
    return new ListPage(page.items.map(map), page.cursor, total);
  }
}

function statusWord(status: GroupRequestStatus): string {
  return status === GroupRequestStatus.Accepted ? 'accepted' : 'declined';
}

function decodePosition(cursor: string | undefined): RequestPosition | null {
  const position = decodeCursor<{ t: number; i: number }>(cursor, ['t', 'i']);
  if (position === null) return null;
  if (!Number.isSafeInteger(position.t) || !Number.isSafeInteger(position.i)) throw ApiError.badParameter(BAD_CURSOR);
  return { updatedAt: new Date(position.t), id: position.i };
}
