import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeService } from '../notice/notice.service';
import { NoticeNamespace, RosterNoticeType } from '../notice/notice.types';
import { UserEvents } from '../user/user-events.service';
import { UserSettingsService } from '../user/user-settings.service';
import { mapRosterItem, mapRosterRelationship, RosterExtDto, RosterItemDto, RosterListQueryDto, RosterRelationshipDto } from './roster.dto';
import { MessagingState, RosterChange, RosterItemPatch, RosterProfileFilter, RosterRepository } from './roster.repository';
import { WebhookEvents } from '../webhook/webhook-events.service';

const notFriend = (userId: number) => ApiError.badParameter(`user_id: user ${userId} is not your friend`);

/**
 * The friend graph once made: friends, details, private notes about friends, the blocklist,
 * search, and whether one user may message another (the message module asks mayMessage).
 */
@Injectable()
export class RosterService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RosterService.name);
  private unsubscribe: (() => void) | null = null;
  /** What the send rules read of a pair, by app, sender and receiver. */
  private readonly messagingStates: HotStateRegion<MessagingState>;

  constructor(
    private readonly repository: RosterRepository,
    private readonly notices: NoticeService,
    private readonly userEvents: UserEvents,
    private readonly settings: UserSettingsService,
    private readonly webhooks: WebhookEvents,
    cache: HotStateCache,
  ) {
    this.messagingStates = cache.region('roster-pairs', { max: 50_000 });
  }

  onModuleInit(): void {
    this.unsubscribe = this.userEvents.onPublicProfileChanged(async ({ appId, userId }) => {
      try {
        await this.notifyFriendsOfProfileChange(appId, userId);
      } catch (error) {
        this.logger.error(`INFO_UPDATED notices for user ${userId} of app ${appId} failed: ${(error as Error).message}`);
      }
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** Friend ids in id order. */
  async listFriendIds(caller: CallerContext, query: RosterListQueryDto): Promise<ListPage<number>> {
    const userId = caller.requireUserId();
    const position = decodeCursor(query.cursor, ['r']);
    const ids = await this.repository.findFriendIds(caller.appId, userId, position?.r ?? 0, query.limit + 1);
    return pageOf(ids, query.limit, (last) => ({ r: last }));
  }

  /** Details of the asked users of the app, in the order asked; ids of nobody are left out. */
  async details(caller: CallerContext, userIds: number[]): Promise<RosterItemDto[]> {
    const rows = await this.repository.findProfiles(caller.appId, caller.requireUserId(), { userIds: [...new Set(userIds)] });
    return rows.map(mapRosterItem);
  }

  searchById(caller: CallerContext, userId: number): Promise<RosterItemDto> {
    return this.findOne(caller, { userIds: [userId] }, () => ApiError.userNotFound(userId));
  }

  /** A user who turned username search off answers exactly as if nobody had the name. */
  searchByUsername(caller: CallerContext, username: string): Promise<RosterItemDto> {
    return this.findOne(caller, { username }, () => ApiError.userNotFound(JSON.stringify(username)));
  }

  /** A user who turned mobile search off answers exactly as if no user had the number. */
  searchByMobile(caller: CallerContext, mobile: string): Promise<RosterItemDto> {
    return this.findOne(caller, { searchableMobile: mobile }, () => ApiError.userNotFound(`with mobile ${mobile}`));
  }

  /** The same switch as mobile_searchable of /user/privacy, with its notice to the caller's devices. */
  setMobileSearchable(caller: CallerContext, searchable: boolean): Promise<boolean> {
    return this.settings.updatePrivacy(caller, { mobile_searchable: searchable });
  }

  async mobileSearchable(caller: CallerContext): Promise<boolean> {
    return (await this.settings.getPrivacy(caller)).mobile_searchable;
  }

  /**
   * Stars or unstars a friend (our extension); idempotent. The star is private: when it flips, the
   * caller's devices get INFO_UPDATED from the friend, the notice that already tells them to refresh
   * that roster entry after an alias or ext change, so SDKs need no new notice type.
   */
  async setStarred(caller: CallerContext, friendId: number, starred: boolean): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireOtherUser(caller.appId, userId, friendId, starred ? 'you cannot star yourself' : 'you cannot unstar yourself');
    await this.change(caller.appId, userId, friendId, async (change) => {
      const before = await change.updateFriendRow(userId, friendId, { starred });
      if (!before) throw notFriend(friendId);
      if (before.starred !== starred) await change.notify(RosterNoticeType.InfoUpdated, friendId, [userId], [userId]);
    });
    return true;
  }

  /** Starred friends in id order; unpaged like the blocklist, as a star list is short by nature. */
  starredIds(caller: CallerContext): Promise<number[]> {
    return this.repository.findStarredIds(caller.appId, caller.requireUserId());
  }

  /**
   * How the caller and another user stand (IM v1 /friends/verify): friends, and blocks either way.
   * Telling a user that someone blocks them is what that operation is for; the block still only
   * stops requests and messages, as before.
   */
  async relationship(caller: CallerContext, otherId: number): Promise<RosterRelationshipDto> {
    const userId = caller.requireUserId();
    await this.requireOtherUser(caller.appId, userId, otherId, 'ask about another user, not yourself');
    return mapRosterRelationship(otherId, await this.repository.findRelationship(caller.appId, userId, otherId));
  }

  /** Ends the friendship on both sides; both rows stay as "deleted friend" (relation 1). */
  async remove(caller: CallerContext, friendId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireOtherUser(caller.appId, userId, friendId, 'you cannot delete yourself from your roster');
    await this.change(caller.appId, userId, friendId, async (change) => {
      if (!(await change.removeFriendship(userId, friendId))) throw notFriend(friendId);
      // Each side's own notice names itself in `from`: MaxIM's SDKs act on REMOVED only when `from` is their user.
      await change.notify(RosterNoticeType.Removed, userId, [friendId], [userId]);
      await change.notify(RosterNoticeType.Removed, friendId, [userId], [friendId]);
    });
    this.webhooks.emit({ appId: caller.appId, type: 'roster.removed', data: { user_id: userId, friend_id: friendId } });
    return true;
  }

  /**
   * Changes the caller's private alias, ext and mute flag for a friend. Only the caller's devices
   * hear of it: MUTED/UNMUTED when the flag flips, INFO_UPDATED (from the friend) when alias or ext
   * changes, so the caller's other devices refresh that roster entry.
   */
  async updateExt(caller: CallerContext, request: RosterExtDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const friendId = request.user_id;
    if (request.mute_notification === null) throw ApiError.badParameter('mute_notification: must be true or false, not null');
    const patch: RosterItemPatch = {};
    if (request.alias !== undefined) patch.alias = request.alias || null;
    if (request.ext !== undefined) patch.ext = request.ext || null;
    if (request.mute_notification !== undefined) patch.muteNotification = request.mute_notification;
    if (Object.keys(patch).length === 0) throw ApiError.badParameter('body: send at least one of alias, ext, mute_notification');
    await this.requireOtherUser(caller.appId, userId, friendId, 'you are not in your own roster');
    await this.change(caller.appId, userId, friendId, async (change) => {
      const before = await change.updateFriendRow(userId, friendId, patch);
      if (!before) throw notFriend(friendId);
      if (patch.muteNotification !== undefined && patch.muteNotification !== before.muteNotification) {
        await change.notify(patch.muteNotification ? RosterNoticeType.Muted : RosterNoticeType.Unmuted, userId, [friendId], [userId]);
      }
      const aliasChanged = patch.alias !== undefined && patch.alias !== before.alias;
      const extChanged = patch.ext !== undefined && patch.ext !== before.ext;
      if (aliasChanged || extChanged) await change.notify(RosterNoticeType.InfoUpdated, friendId, [userId], [userId]);
    });
    return true;
  }

  /**
   * Idempotent: true once the user is blocked. BLOCKED goes to the blocker's own devices only (when
   * the state changed), so the blocked user is not told.
   */
  async block(caller: CallerContext, blockedId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireOtherUser(caller.appId, userId, blockedId, 'you cannot block yourself');
    await this.change(caller.appId, userId, blockedId, async (change) => {
      if (await change.block(userId, blockedId)) await change.notify(RosterNoticeType.Blocked, userId, [blockedId], [userId]);
    });
    return true;
  }

  /** Idempotent like block; UNBLOCKED goes to the caller's own devices only. */
  async unblock(caller: CallerContext, blockedId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireOtherUser(caller.appId, userId, blockedId, 'you cannot unblock yourself');
    await this.change(caller.appId, userId, blockedId, async (change) => {
      if (await change.unblock(userId, blockedId)) await change.notify(RosterNoticeType.Unblocked, userId, [blockedId], [userId]);
    });
    return true;
  }

  /** Unpaged, as MaxIM defines it; newest block first. */
  blockedIds(caller: CallerContext): Promise<number[]> {
    return this.repository.findBlockedIds(caller.appId, caller.requireUserId());
  }

  /** An admin token asks about anyone; a user token (or an admin acting as a user) only about itself as sender. */
  mayMessageFor(caller: CallerContext, senderId: number, receiverId: number): Promise<boolean> {
    if (!caller.isAdmin && caller.userId !== senderId) {
      throw ApiError.noPermission(`user_id: a user token may ask only about its own user (${caller.userId}) as sender; an admin token may ask about anyone`);
    }
    return this.mayMessage(caller.appId, senderId, receiverId);
  }

  /**
   * Whether `senderId` may send a 1:1 message to `receiverId`: never when the receiver blocks the
   * sender; otherwise when they are friends or the app lets strangers message each other
   * (apps.stranger_messages, default true). A user may always message themselves.
   */
  async mayMessage(appId: string, senderId: number, receiverId: number): Promise<boolean> {
    const state = (await this.messagingStates.read(
      `${appId} ${senderId} ${receiverId}`,
      () => this.repository.findMessagingState(appId, senderId, receiverId),
      // A pair with an unknown user is not kept: the id may yet be given to a new user.
      ({ knownUsers }) =>
        knownUsers < (senderId === receiverId ? 1 : 2)
          ? null
          : [hotStateTag.app(appId), ...[senderId, receiverId].flatMap((id) => [hotStateTag.user(appId, id), hotStateTag.roster(appId, id)])],
    ))!;
    const expected = senderId === receiverId ? 1 : 2;
    if (state.knownUsers < expected) {
      const unknown = (await this.repository.userExists(appId, senderId)) ? receiverId : senderId;
      throw ApiError.userNotFound(unknown);
    }
    if (senderId === receiverId) return true;
    return !state.blockedByReceiver && (state.friends || state.strangerMessages);
  }

  /**
   * mayMessage as a refusal with its published code, for the message module's send rules: 10000
   * for an unknown user, 10006 when the receiver blocks the sender, 10010 when they are not friends
   * and the app refuses messages between strangers.
   */
  async assertMayMessage(appId: string, senderId: number, receiverId: number): Promise<void> {
    if (await this.mayMessage(appId, senderId, receiverId)) return;
    const state = await this.repository.findMessagingState(appId, senderId, receiverId);
    if (state.blockedByReceiver) throw new ApiError(ErrorCode.UserBlocked, `user ${receiverId} has blocked you`);
    throw ApiError.noPermission(`user ${receiverId} is not your friend and this app does not allow messages between strangers`);
  }

  /**
   * Tells the user's friends that the user's profile changed: INFO_UPDATED from the user to each
   * friend's devices. The user module calls it after a profile change commits.
   */
  async notifyFriendsOfProfileChange(appId: string, userId: number): Promise<void> {
    const friendIds = await this.repository.findAllFriendIds(appId, userId);
    await this.notices.publish(appId, { namespace: NoticeNamespace.Roster, type: RosterNoticeType.InfoUpdated, fromId: userId, toIds: [] }, friendIds);
  }

  /** Operator setting (npm run app -- stranger-messages): may users who are not friends message each other? */
  async setStrangerMessages(appId: string, allowed: boolean): Promise<{ app_id: string; stranger_messages: boolean }> {
    if (!(await this.repository.setStrangerMessages(appId, allowed))) throw ApiError.appNotFound(appId);
    return { app_id: appId, stranger_messages: allowed };
  }

  private async findOne(caller: CallerContext, filter: RosterProfileFilter, notFound: () => ApiError): Promise<RosterItemDto> {
    const [row] = await this.repository.findProfiles(caller.appId, caller.requireUserId(), filter);
    if (!row) throw notFound();
    return mapRosterItem(row);
  }

  private async requireOtherUser(appId: string, userId: number, otherId: number, selfMessage: string): Promise<void> {
    if (otherId === userId) throw ApiError.badParameter(`user_id: ${selfMessage}`);
    if (!(await this.repository.userExists(appId, otherId))) throw ApiError.userNotFound(otherId);
  }

  private async change(appId: string, userA: number, userB: number, work: (change: RosterChange) => Promise<void>): Promise<void> {
    const { notices } = await this.repository.change(appId, userA, userB, work);
    this.notices.announce(notices);
  }
}
