import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { GroupNoticeType } from '../notice/notice.types';
import { NoticeService } from '../notice/notice.service';
import { GroupPermission } from './group-access.service';
import { GroupCreateDto, GroupCreateResponseDto, GroupTransferDto } from './group-core.dto';
import { mapGroupInfo } from './group-info.dto';
import { GroupJoinService } from './group-join.service';
import { GroupRole } from './group-member.entity';
import { GroupMemberRepository } from './group-member.repository';
import { GroupMemberService } from './group-member.service';
import { GroupMembershipService } from './group-membership.service';
import { batchFailure, batchSuccess, distinctIds, GroupAppListItemDto, GroupAppListQueryDto, GroupBatchResultDto } from './group.dto';
import { GroupType } from './group.entity';
import { defaultCapacity, USER_CREATED_GROUP_LIMIT } from './group.limits';
import { GroupRepository } from './group.repository';
import { WebhookEvents } from '../webhook/webhook-events.service';

/** `reason` of a user_list entry of POST /group/create who was invited rather than added. */
export const INVITED_AT_CREATION_REASON = 'invited: the user confirms group invitations (group_confirm), so an invitation waits for them';

/** A group's lifecycle: creation, transfer of ownership, destruction; and the lists of groups a user sees. */
@Injectable()
export class GroupService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly repository: GroupMemberRepository,
    private readonly membership: GroupMembershipService,
    private readonly join: GroupJoinService,
    private readonly members: GroupMemberService,
    private readonly notices: NoticeService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /**
   * The caller creates a group and owns it. Users of `user_list` are added, or invited when their
   * group_confirm setting is on, through the same path as POST /group/invite; those who cannot
   * join (unknown, over their joined-groups limit, past capacity) fail in `user_list_results`.
   */
  async create(caller: CallerContext, body: GroupCreateDto): Promise<GroupCreateResponseDto> {
    const ownerId = caller.requireUserId();
    const type = body.type ?? GroupType.Private;
    const values = {
      appId: caller.appId,
      ownerId,
      name: body.name,
      type,
      avatar: body.avatar ?? null,
      description: body.description ?? null,
      capacity: defaultCapacity(type),
    };
    const { result, stored } = await this.repository.inNewGroup(values, async (tx, before) => {
      if (before.appCap && before.appCap.live >= before.appCap.max) {
        throw new ApiError(ErrorCode.AppGroupLimit, `this app holds ${before.appCap.max} live groups, the most its operator allows`);
      }
      if (before.owned >= USER_CREATED_GROUP_LIMIT) {
        throw new ApiError(
          ErrorCode.UserCreatedGroupLimit,
          `user ${ownerId} already owns ${USER_CREATED_GROUP_LIMIT} groups, the most one user may own; destroy or transfer one first`,
        );
      }
      const owner = await this.membership.admit(tx, [ownerId], GroupRole.Owner);
      if (owner.added.length === 0) {
        throw new ApiError(ErrorCode.UserJoinedGroupLimit, owner.results[0].reason ?? `user ${ownerId} cannot join another group`);
      }
      // The owner, already a member, is kept out of inviteOrAdmit: an owner who wants confirmation would otherwise be sent an invitation.
      const userList = distinctIds(body.user_list ?? []);
      const others = userList.filter((userId) => userId !== ownerId);
      const invitation =
        others.length > 0 ? await this.join.inviteOrAdmit(tx, ownerId, others, null) : { results: [], added: [], invited: [], notices: [] };
      const { added } = invitation;
      const created = await this.members.notify(tx, ownerId, GroupNoticeType.Created, added, [ownerId, ...added]);
      const invited = new Set(invitation.invited);
      const outcomes = new Map(
        invitation.results.map((item) => [item.user_id, invited.has(item.user_id) ? { ...item, reason: INVITED_AT_CREATION_REASON } : item]),
      );
      const results = userList.map((userId) => outcomes.get(userId) ?? batchFailure(userId, `user ${userId} is the owner, a member already`));
      const ownerMember = (await this.groups.findMembers(tx.group.appId, tx.group.id, [ownerId], tx)).get(ownerId) ?? null;
      const response: GroupCreateResponseDto = { ...mapGroupInfo(tx.group, ownerMember), user_list_results: results };
      return { result: response, stored: [...invitation.notices, ...created] };
    });
    this.notices.announce(stored);
    this.webhooks.emit({
      appId: caller.appId,
      type: 'group.created',
      orderingKey: `group:${result.group_id}`,
      data: { group_id: result.group_id, owner: ownerId, name: result.name, type: result.type },
    });
    return result;
  }

  /**
   * The owner destroys the group: status 1, and every membership removed (after DESTROYED was
   * stored for the members), so the group leaves their joined lists and limits. Every later call
   * about it answers 20001.
   */
  async destroy(caller: CallerContext, groupId: number): Promise<boolean> {
    const destroyed = await this.members.actAs(caller, groupId, GroupPermission.Destroy, async (tx, actor) => {
      const stored = await this.members.notify(tx, actor.userId, GroupNoticeType.Destroyed, [], []);
      await this.repository.destroy(tx);
      return { result: true, stored };
    });
    this.webhooks.emit({ appId: caller.appId, type: 'group.destroyed', orderingKey: `group:${groupId}`, data: { group_id: groupId } });
    return destroyed;
  }

  /** The owner hands the group to another member (20005 otherwise) and becomes an ordinary member. */
  transfer(caller: CallerContext, body: GroupTransferDto): Promise<GroupBatchResultDto> {
    return this.members.actAs(caller, body.group_id, GroupPermission.Transfer, async (tx, actor) => {
      const newOwnerId = body.new_owner;
      const oldOwnerId = tx.group.ownerId;
      if (newOwnerId === oldOwnerId) {
        throw ApiError.badParameter(`new_owner: user ${newOwnerId} already owns group ${tx.group.id}; name another member`);
      }
      const target = (await this.groups.findMembers(tx.group.appId, tx.group.id, [newOwnerId], tx)).get(newOwnerId);
      if (!target) {
        throw new ApiError(
          ErrorCode.TransferTargetNotMember,
          `user ${newOwnerId} is not a member of group ${tx.group.id}; only a member can become its owner`,
        );
      }
      await this.groups.setRole(tx, [oldOwnerId], GroupRole.Member);
      await this.groups.setRole(tx, [newOwnerId], GroupRole.Owner);
      await this.repository.setOwner(tx, newOwnerId);
      const stored = await this.members.notify(tx, actor.userId, GroupNoticeType.OwnerAssigned, [newOwnerId], [newOwnerId, oldOwnerId]);
      return { result: batchSuccess(newOwnerId), stored };
    });
  }

  /** Ids of the live groups the caller belongs to. */
  userJoined(caller: CallerContext): Promise<number[]> {
    return this.repository.joinedGroupIds(caller.appId, caller.requireUserId());
  }

  /**
   * Groups the caller and `otherId` are both in (IM v1 /chatGroups/common, our extension). It shows
   * only groups the caller belongs to, so it reveals nothing the caller could not already see.
   */
  async commonWith(caller: CallerContext, otherId: number): Promise<number[]> {
    const userId = caller.requireUserId();
    if (otherId === userId) throw ApiError.badParameter('user_id: name another user; your own groups are in /group/user_joined');
    const ids = await this.repository.commonGroupIds(caller.appId, userId, otherId);
    if (!ids) throw ApiError.userNotFound(otherId);
    return ids;
  }

  /**
   * The operator's list of the app's live groups, newest first (the admin token, AdminOnly), by a
   * name keyword when one is given; the cursor carries the last group id.
   */
  async appList(caller: CallerContext, query: GroupAppListQueryDto): Promise<ListPage<GroupAppListItemDto>> {
    const before = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.groups.listLive(caller.appId, query.keyword, before?.id ?? null, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ id: last.id }));
    const items = page.items.map((row) => ({
      group_id: row.id,
      name: row.name,
      owner_id: row.ownerId,
      member_count: row.memberCount,
      capacity: row.capacity,
      type: row.type,
      created_at: row.createdAt.getTime(),
    }));
    return new ListPage(items, page.cursor);
  }

  /** Ids of the app's live public groups; any caller of the app may list them. */
  publicList(caller: CallerContext): Promise<number[]> {
    return this.repository.publicGroupIds(caller.appId);
  }
}
