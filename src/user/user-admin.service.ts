import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { MAX_ID, validateItem } from '../common/validation';
import { UserNoticeType } from '../notice/notice.types';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { NoticeService } from '../notice/notice.service';
import { UserEvents } from './user-events.service';
import { UserSessionsService } from './user-sessions.service';
import {
  UserBatchResultDto,
  UserChangePasswordAdminDto,
  UserChangePasswordDto,
  UserDeleteDto,
  UserAdminSearchDto,
  UserAdminSearchItemDto,
  UserListDto,
  UserListItemDto,
  UserSetAvatarBatchItemDto,
  UserUpdateProfileBatchItemDto,
} from './user.dto';
import { UserStatus } from './user.entity';
import { AccountChanges, UserRepository } from './user.repository';
import { WebhookEvents } from '../webhook/webhook-events.service';
import { announceAccountChange, cleared, EMPTY_PROFILE_UPDATE_MESSAGE, profileChanges } from './user.service';

const WRONG_PASSWORD = 'does not match the current password';

/**
 * The account's life: passwords, deletion, disabling, and the admin's listing and batch edits.
 * Every way a session must end goes through UserSessionsService, so sockets close with the tokens.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: UserSessionsService,
    private readonly events: UserEvents,
    private readonly lockout: LoginLockoutService,
    private readonly notices: NoticeService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /**
   * The caller keeps the token it used; every other session of the user ends. An admin acting as
   * the user holds none of the user's tokens, so all of them end.
   */
  async changePassword(caller: CallerContext, request: UserChangePasswordDto): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.assertPassword(caller.appId, userId, request.old_password, 'old_password');
    await this.storePassword(caller.appId, userId, request.new_password);
    const keep = caller.isAdmin ? {} : { exceptTokenId: caller.tokenId!, exceptDeviceSn: caller.deviceSn ?? undefined };
    await this.sessions.revoke(caller.appId, userId, UserNoticeType.PasswordChanged, keep);
    return true;
  }

  async changePasswordAdmin(caller: CallerContext, request: UserChangePasswordAdminDto): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.storePassword(caller.appId, userId, request.password);
    await this.sessions.revoke(caller.appId, userId, UserNoticeType.PasswordChanged);
    return true;
  }

  /**
   * A user token confirms with the password; an admin acting as the user needs none. The user's
   * rows go with it (see UserRepository.deleteUnlessGroupOwner); its username is free again.
   */
  async delete(caller: CallerContext, request: UserDeleteDto): Promise<boolean> {
    const userId = caller.requireUserId();
    if (!caller.isAdmin) {
      if (request.password == null) {
        throw ApiError.badParameter('password: is required; a user deletes its own account by confirming its password');
      }
      await this.assertPassword(caller.appId, userId, request.password, 'password');
    }
    const outcome = await this.users.deleteUnlessGroupOwner(caller.appId, userId);
    if (!outcome.found) throw ApiError.userNotFound(userId);
    if (outcome.ownedGroups > 0) {
      throw ApiError.noPermission(
        `user ${userId} owns ${outcome.ownedGroups} group(s); transfer their ownership or dismiss them before deleting the user`,
      );
    }
    this.sessions.disconnectDeleted(caller.appId, userId);
    this.webhooks.emit({ appId: caller.appId, type: 'user.deleted', data: { user_id: userId } });
    return true;
  }

  /**
   * Tokens are kept: the auth guard refuses a disabled user's tokens (402), and they work again
   * once the user is enabled. Open sockets are closed now.
   */
  async disable(caller: CallerContext, userIds: number[]): Promise<boolean> {
    const ids = await this.existingUsers(caller.appId, userIds);
    await this.users.setStatus(caller.appId, ids, UserStatus.Disabled);
    for (const userId of ids) await this.sessions.disconnect(caller.appId, userId, UserNoticeType.Frozen);
    for (const userId of ids) this.webhooks.emit({ appId: caller.appId, type: 'user.disabled', data: { user_id: userId } });
    return true;
  }

  async enable(caller: CallerContext, userIds: number[]): Promise<boolean> {
    const ids = await this.existingUsers(caller.appId, userIds);
    await this.users.setStatus(caller.appId, ids, UserStatus.Normal);
    return true;
  }

  async list(caller: CallerContext, request: UserListDto): Promise<ListPage<UserListItemDto>> {
    const { rows, total } = await this.users.listPage(caller.appId, (request.page_num - 1) * request.page_size, request.page_size);
    const items = rows.map((row) => ({ user_id: row.id, username: row.username, status: row.status }));
    return new ListPage(items, undefined, total);
  }

  /**
   * The operator's search: users whose username or nick name contains the keyword (any case), the
   * user whose id it is, or whose email it is; ascending id, a cursor page at a time.
   */
  async search(caller: CallerContext, query: UserAdminSearchDto): Promise<ListPage<UserAdminSearchItemDto>> {
    const after = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const digits = /^\d{1,16}$/.test(query.keyword) ? Number(query.keyword) : null;
    const keyword = { text: query.keyword, id: digits !== null && digits <= MAX_ID ? digits : null, email: query.keyword.includes('@') ? query.keyword : null };
    const rows = await this.users.search(caller.appId, keyword, after?.id ?? 0, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ id: last.id }));
    const items = page.items.map((row) => ({ user_id: row.id, username: row.username, status: row.status, nick_name: row.nickName, avatar: row.avatar, created_at: row.createdAt.getTime() }));
    return new ListPage(items, page.cursor);
  }

  updateProfileBatch(caller: CallerContext, list: Record<string, unknown>[]): Promise<UserBatchResultDto[]> {
    return this.applyEach(caller.appId, list, async (item) => {
      const { value, problem } = await validateItem(UserUpdateProfileBatchItemDto, item);
      if (problem) return { problem };
      const changes = profileChanges(value);
      if (!changes) return { problem: `${EMPTY_PROFILE_UPDATE_MESSAGE} besides user_id` };
      return { userId: value.user_id, changes };
    });
  }

  setAvatarBatch(caller: CallerContext, list: Record<string, unknown>[]): Promise<UserBatchResultDto[]> {
    return this.applyEach(caller.appId, list, async (item) => {
      const { value, problem } = await validateItem(UserSetAvatarBatchItemDto, item);
      if (problem) return { problem };
      return { userId: value.user_id, changes: { avatar: cleared(value.avatar) } };
    });
  }

  /** Applies each item on its own: a bad item or an unknown user is reported and the others go on. */
  private async applyEach(
    appId: string,
    list: Record<string, unknown>[],
    parse: (item: Record<string, unknown>) => Promise<{ problem: string } | { userId: number; changes: AccountChanges }>,
  ): Promise<UserBatchResultDto[]> {
    const results: UserBatchResultDto[] = [];
    for (const item of list) {
      const userId = typeof item.user_id === 'number' ? item.user_id : null;
      const parsed = await parse(item);
      if ('problem' in parsed) {
        results.push({ user_id: userId, success: false, reason: parsed.problem });
        continue;
      }
      const updated = await this.users.updateAccount(appId, parsed.userId, parsed.changes);
      if (updated) await announceAccountChange(this.notices, this.events, appId, parsed.userId, parsed.changes);
      results.push({ user_id: parsed.userId, success: updated, reason: updated ? null : ApiError.userNotFound(parsed.userId).message });
    }
    return results;
  }

  /** Checks the whole list first, so an unknown id changes nothing. */
  private async existingUsers(appId: string, userIds: number[]): Promise<number[]> {
    const wanted = [...new Set(userIds)];
    const found = new Set(await this.users.findExistingIds(appId, wanted));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const who = missing.length === 1 ? `user ${missing[0]} does` : `users ${missing.join(', ')} do`;
      throw new ApiError(ErrorCode.UserNotFound, `${who} not exist in this app; nothing was changed`);
    }
    return wanted;
  }

  /**
   * A wrong password is a bad parameter (10002) naming the field, not a login failure: the caller is
   * already signed in. A stolen token must not become a free password oracle, so wrong passwords
   * count towards the account's login lockout like failed logins.
   */
  private async assertPassword(appId: string, userId: number, password: string, field: string): Promise<void> {
    const record = await this.users.findLoginRecord(appId, { userId });
    if (!record) throw ApiError.userNotFound(userId);
    const account = `user:${record.id}`;
    await this.lockout.assertUnlocked(appId, account);
    if (!(await this.passwords.matches(record.passwordHash, password))) {
      await this.lockout.failed(appId, account);
      throw ApiError.badParameter(`${field}: ${WRONG_PASSWORD}`);
    }
    await this.lockout.succeeded(appId, account);
  }

  private async storePassword(appId: string, userId: number, password: string): Promise<void> {
    if (!(await this.users.updatePasswordHash(appId, userId, await this.passwords.hash(password)))) {
      throw ApiError.userNotFound(userId);
    }
  }
}
