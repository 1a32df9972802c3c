import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { validateItem } from '../common/validation';
import { NoticeService } from '../notice/notice.service';
import { RosterNoticeType } from '../notice/notice.types';
import { AuthMode } from '../user/user-settings.entity';
import { UserSettingsService } from '../user/user-settings.service';
import {
  mapRosterApplication,
  RosterApplicationDto,
  RosterApplicationListQueryDto,
  RosterApplyBatchItemDto,
  RosterApplyBatchResultDto,
  RosterApplyDto,
  RosterDeclineDto,
} from './roster.dto';
import { RosterApplicationEntity, StoredApplicationStatus } from './roster.entity';
import { RosterChange, RosterRepository } from './roster.repository';
import { WebhookEvents } from '../webhook/webhook-events.service';

/** How long a friend request waits for an answer (ours: MaxIM shows an expiry but publishes no duration). */
export const APPLICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface Application {
  user_id: number;
  alias?: string | null;
  reason?: string | null;
  auth_answer?: string | null;
}

/** The two users of a new friendship, each with the alias they give the other (null keeps an older one). */
interface NewFriendship {
  initiatorId: number;
  initiatorAlias: string | null;
  otherId: number;
  otherAlias: string | null;
}

const answerOf = (text: string | null | undefined) => (text ?? '').trim();

/**
 * Friend requests: applying (decided by the target's auth_mode), accepting, declining, and the
 * batch form. Every friendship is made here, in one transaction with its notices.
 */
@Injectable()
export class RosterApplicationService {
  constructor(
    private readonly repository: RosterRepository,
    private readonly settings: UserSettingsService,
    private readonly notices: NoticeService,
    private readonly clock: Clock,
    private readonly webhooks: WebhookEvents,
  ) {}

  async apply(caller: CallerContext, request: RosterApplyDto): Promise<boolean> {
    await this.applyAs(caller.appId, caller.requireUserId(), request);
    return true;
  }

  /**
   * Each item on its own: with a user token (or an admin token acting as a user) each item is an
   * application under the target's rules; with an admin token acting as a user, the app backend
   * imports friendships, so items make friends at once whatever the target's auth_mode (blocks
   * still refuse).
   */
  async applyBatch(caller: CallerContext, items: unknown[]): Promise<RosterApplyBatchResultDto> {
    const userId = caller.requireUserId();
    const result: RosterApplyBatchResultDto = { success: [], fails: [] };
    for (const item of items) {
      const claimedId = (item as { user_id?: unknown } | null)?.user_id;
      const failedId = Number.isSafeInteger(claimedId) ? (claimedId as number) : null;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        result.fails.push({ user_id: null, reason: 'item: must be an object {user_id, alias, reason}' });
        continue;
      }
      const { value, problem } = await validateItem(RosterApplyBatchItemDto, item);
      if (problem) {
        result.fails.push({ user_id: failedId, reason: problem });
        continue;
      }
      try {
        if (caller.isAdmin) await this.addDirectly(caller.appId, userId, value);
        else await this.applyAs(caller.appId, userId, value);
        result.success.push(value.user_id);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        result.fails.push({ user_id: value.user_id, reason: error.message });
      }
    }
    return result;
  }

  async accept(caller: CallerContext, applicantId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireUser(caller.appId, applicantId);
    await this.change(caller.appId, userId, applicantId, async (change) => {
      const now = this.clock.now();
      const application = this.requirePending(await change.findApplication(applicantId, userId), applicantId, now);
      await this.refuseBlocks(change, userId, applicantId);
      await change.notify(RosterNoticeType.Accepted, userId, [applicantId], [applicantId, userId]);
      await this.befriend(change, { initiatorId: applicantId, initiatorAlias: application.alias, otherId: userId, otherAlias: null }, now);
    });
    return true;
  }

  async decline(caller: CallerContext, request: RosterDeclineDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const applicantId = request.user_id;
    await this.requireUser(caller.appId, applicantId);
    const reason = request.reason ?? null;
    await this.change(caller.appId, userId, applicantId, async (change) => {
      const now = this.clock.now();
      this.requirePending(await change.findApplication(applicantId, userId), applicantId, now);
      await change.settleApplication(applicantId, userId, StoredApplicationStatus.Declined, now, reason);
      await change.notify(RosterNoticeType.Declined, userId, [applicantId], [applicantId, userId], reason);
    });
    return true;
  }

  /**
   * Ignores a request silently (SealTalk desktop /friend/ignore, our extension): it leaves the
   * caller's list whatever its state, and the applicant hears nothing, so to them it looks
   * unanswered; they may apply again later, which makes a new pending request.
   */
  async ignore(caller: CallerContext, applicantId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.requireUser(caller.appId, applicantId);
    await this.change(caller.appId, userId, applicantId, async (change) => {
      if (!(await change.deleteApplication(applicantId, userId))) {
        throw new ApiError(ErrorCode.ApplicationMissing, `user ${applicantId} has no friend request to you`);
      }
    });
    return true;
  }

  /** Requests the caller received, newest first; a pending request past its expiry shows status 3. */
  async listReceived(caller: CallerContext, query: RosterApplicationListQueryDto): Promise<ListPage<RosterApplicationDto>> {
    const userId = caller.requireUserId();
    const position = decodeCursor(query.cursor, ['t', 'u']);
    const before = position && { appliedAt: new Date(position.t), applicantId: position.u };
    const rows = await this.repository.findApplicationsTo(caller.appId, userId, before, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ t: last.appliedAt.getTime(), u: last.applicantId }));
    const now = this.clock.now();
    return new ListPage(
      page.items.map((row) => mapRosterApplication(row, now)),
      page.cursor,
    );
  }

  private async applyAs(appId: string, applicantId: number, request: Application): Promise<void> {
    const targetId = request.user_id;
    if (targetId === applicantId) throw ApiError.badParameter('user_id: you cannot apply to be your own friend');
    const policy = await this.settings.friendPolicyOf(appId, targetId);
    const alias = request.alias ?? null;
    await this.change(appId, applicantId, targetId, async (change) => {
      await this.refuseBlocks(change, applicantId, targetId);
      if (await change.isFriend(applicantId, targetId)) {
        throw new ApiError(ErrorCode.AlreadyInRoster, `user ${targetId} is already your friend`);
      }
      const now = this.clock.now();
      const friendship = { initiatorId: applicantId, initiatorAlias: alias, otherId: targetId, otherAlias: null };

      // The target asked first: applying back answers that request, whatever the target's auth_mode.
      const theirs = await change.findApplication(targetId, applicantId);
      if (theirs && isPending(theirs, now)) {
        await change.notify(RosterNoticeType.Accepted, applicantId, [targetId], [targetId, applicantId]);
        await this.befriend(change, { ...friendship, otherAlias: theirs.alias }, now);
        return;
      }

      switch (policy.authMode) {
        case AuthMode.Anyone:
          return this.befriend(change, friendship, now);
        case AuthMode.Answer:
          if (!answerOf(request.auth_answer)) {
            throw ApiError.badParameter(`auth_answer: is required; user ${targetId} adds only friends who answer: ${policy.authQuestion ?? ''}`);
          }
          if (answerOf(request.auth_answer) !== answerOf(policy.authAnswer)) {
            throw ApiError.badParameter(`auth_answer: is not the answer user ${targetId} expects; ask again with the right answer`);
          }
          return this.befriend(change, friendship, now);
        case AuthMode.Approval:
          await change.savePendingApplication({
            applicantId,
            targetId,
            reason: request.reason ?? null,
            alias,
            appliedAt: now,
            expiresAt: new Date(now.getTime() + APPLICATION_TTL_MS),
          });
          await change.notify(RosterNoticeType.Applied, applicantId, [targetId], [targetId], request.reason ?? null);
          return;
        case AuthMode.RefuseAll:
          throw new ApiError(ErrorCode.FriendRequestsRefused, `user ${targetId} accepts no friend requests`);
      }
    });
  }

  private async addDirectly(appId: string, userId: number, item: RosterApplyBatchItemDto): Promise<void> {
    const otherId = item.user_id;
    if (otherId === userId) throw ApiError.badParameter('user_id: a user cannot be their own friend');
    await this.requireUser(appId, otherId);
    await this.change(appId, userId, otherId, async (change) => {
      await this.refuseBlocks(change, userId, otherId);
      if (await change.isFriend(userId, otherId)) throw new ApiError(ErrorCode.AlreadyInRoster, `user ${otherId} is already a friend of user ${userId}`);
      await this.befriend(change, { initiatorId: userId, initiatorAlias: item.alias ?? null, otherId, otherAlias: null }, this.clock.now());
    });
  }

  /**
   * Both rows, any request between them settled as accepted, and ADDED to both users (all their
   * devices). Each user gets its own ADDED naming itself in `to` and the new friend in `from`:
   * MaxIM's SDKs add `from` to the roster only when `to` is their own user (README "Notices").
   */
  private async befriend(change: RosterChange, friendship: NewFriendship, now: Date): Promise<void> {
    const { initiatorId, otherId } = friendship;
    await change.addFriendRow(initiatorId, otherId, friendship.initiatorAlias);
    await change.addFriendRow(otherId, initiatorId, friendship.otherAlias);
    await change.settlePendingBetween(initiatorId, otherId, now);
    await change.notify(RosterNoticeType.Added, otherId, [initiatorId], [initiatorId]);
    await change.notify(RosterNoticeType.Added, initiatorId, [otherId], [otherId]);
    this.webhooks.emit({ appId: change.appId, type: 'roster.added', data: { user_id: initiatorId, friend_id: otherId } });
  }

  /** No friendship forms while either side blocks the other. */
  private async refuseBlocks(change: RosterChange, userId: number, otherId: number): Promise<void> {
    if (await change.blocks(otherId, userId)) throw new ApiError(ErrorCode.UserBlocked, `user ${otherId} has put you in their blocklist`);
    if (await change.blocks(userId, otherId)) {
      throw new ApiError(ErrorCode.UserBlocked, `user ${otherId} is in your blocklist; unblock them first (/roster/unblock)`);
    }
  }

  private requirePending(application: RosterApplicationEntity | null, applicantId: number, now: Date): RosterApplicationEntity {
    if (!application) throw new ApiError(ErrorCode.ApplicationMissing, `user ${applicantId} has no friend request to you`);
    if (application.status === StoredApplicationStatus.Accepted) {
      throw new ApiError(ErrorCode.ApplicationMissing, `the friend request of user ${applicantId} was already accepted`);
    }
    if (application.status === StoredApplicationStatus.Declined) {
      throw new ApiError(ErrorCode.ApplicationMissing, `the friend request of user ${applicantId} was already declined`);
    }
    if (!isPending(application, now)) {
      throw new ApiError(
        ErrorCode.ApplicationMissing,
        `the friend request of user ${applicantId} expired at ${application.expiresAt.toISOString()}; they must apply again`,
      );
    }
    return application;
  }

  private async requireUser(appId: string, userId: number): Promise<void> {
    if (!(await this.repository.userExists(appId, userId))) throw ApiError.userNotFound(userId);
  }

  private async change(appId: string, userA: number, userB: number, work: (change: RosterChange) => Promise<void>): Promise<void> {
    const { notices } = await this.repository.change(appId, userA, userB, work);
    this.notices.announce(notices);
  }
}

function isPending(application: RosterApplicationEntity, now: Date): boolean {
  return application.status === StoredApplicationStatus.Pending && application.expiresAt.getTime() > now.getTime();
}
