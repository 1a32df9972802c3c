import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { rethrowDuplicateKey } from '../common/database/duplicate-key';
import { entityColumns } from '../common/database/entity-columns';
import { containsPattern, searchTextPattern } from '../common/database/like-pattern';
import { GroupStatus } from '../group/group.entity';
import { UserOpenIdEntity } from './user-open-id.entity';
import { UserSettingsEntity } from './user-settings.entity';
import { UserEntity, UserStatus } from './user.entity';

export interface NewUser {
  username: string;
  passwordHash: string;
  mobile?: string | null;
  email?: string | null;
}

export interface LoginRecord {
  id: number;
  passwordHash: string;
  status: number;
}

export type LoginLookup = { username: string } | { userId: number } | { loginName: string };

/** The columns a user may change on its own account; a null value clears the column. */
export type AccountChanges = Partial<
  Pick<UserEntity, 'nickName' | 'avatar' | 'description' | 'publicInfo' | 'privateInfo' | 'username' | 'mobile' | 'email' | 'gender' | 'birthday' | 'region'>
>;

export interface UserListRow {
  id: number;
  username: string;
  status: UserStatus;
}

export interface UserFoundRow extends UserListRow {
  nickName: string | null;
  avatar: string | null;
  createdAt: Date;
}

/** What the operator's user search matches besides names: an exact id (digits only), an exact email (text with `@`). */
export interface UserSearchKeyword {
  text: string;
  id: number | null;
  email: string | null;
}

/** How a deletion went: `ownedGroups` > 0 means the row was kept because live groups still name it as owner. */
export interface DeletionOutcome {
  found: boolean;
  ownedGroups: number;
}

export type OpenIdBinding = 'bound' | 'taken';

/** Profiles kept per process: 50,000 rows measured at 76 MiB (src/common/README.md "Memory"). */
export const PROFILE_CACHE_MAX = 50_000;

/**
 * The only code that changes rows of `users` (test/user/user-writes.spec.ts keeps it so). Every
 * method that updates or deletes a row drops the user's hot state (the cached profile, token state,
 * memberships and pairs, all tagged with the user) in every process before it returns, so no caller
 * can forget to. Inserting needs nothing: an absent user is never cached.
 */
@Injectable()
export class UserRepository {
  private readonly profiles: HotStateRegion<Readonly<UserEntity>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: HotStateCache,
  ) {
    this.profiles = cache.region('user-profiles', { max: PROFILE_CACHE_MAX });
  }

  /** Inserts the user and its settings row together; throws DuplicateKeyError on a taken username, mobile or email. */
  async createWithSettings(appId: string, user: NewUser): Promise<UserSettingsEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const inserted = await manager.getRepository(UserEntity).insert({
          appId,
          username: user.username,
          passwordHash: user.passwordHash,
          mobile: user.mobile ?? null,
          email: user.email ?? null,
        });
        const userId = inserted.identifiers[0].id as number;
        await manager.getRepository(UserSettingsEntity).insert({ userId, appId });
        return manager.getRepository(UserSettingsEntity).findOneByOrFail({ userId });
      });
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  async findLoginRecord(appId: string, lookup: LoginLookup): Promise<LoginRecord | null> {
    const select = `SELECT id, password_hash AS "passwordHash", status FROM users WHERE app_id = $1`;
    let rows: LoginRecord[];
    if ('userId' in lookup) rows = await this.dataSource.query(`${select} AND id = $2`, [appId, lookup.userId]);
    else if ('username' in lookup) rows = await this.dataSource.query(`${select} AND username = $2`, [appId, lookup.username]);
    else {
      // A login name can be one user's username and another's mobile or email: the username wins.
      rows = await this.dataSource.query(
        `${select} AND (username = $2 OR mobile = $2 OR lower(email) = lower($2))
          ORDER BY (username = $2) DESC, (mobile = $2) DESC LIMIT 1`,
        [appId, lookup.loginName],
      );
    }
    return rows[0] ?? null;
  }

  private profileQuery: string | null = null;

  /**
   * Every GET /user/profile reads this: from the hot-state cache, else a raw query whose text is
   * built once (entityColumns). The row is shared by every reader, hence frozen.
   */
  findProfile(appId: string, userId: number): Promise<Readonly<UserEntity> | null> {
    return this.profiles.read(
      `${appId} ${userId}`,
      async () => {
        this.profileQuery ??= `SELECT ${entityColumns(this.dataSource, UserEntity, 'u')} FROM users u WHERE u.app_id = $1 AND u.id = $2`;
        const rows: UserEntity[] = await this.dataSource.query(this.profileQuery, [appId, userId]);
        return rows[0] ? Object.freeze(rows[0]) : null;
      },
      () => [hotStateTag.user(appId, userId)],
    );
  }

  /** findProfile()'s row when the cache holds it, without a promise; undefined otherwise. */
  cachedProfile(appId: string, userId: number): Readonly<UserEntity> | undefined {
    return this.profiles.cached(`${appId} ${userId}`);
  }

  /** Returns false when the user is not in the app; throws DuplicateKeyError on a taken username or mobile. */
  async updateAccount(appId: string, userId: number, changes: AccountChanges): Promise<boolean> {
    let affected: number | undefined;
    try {
      affected = (await this.dataSource.getRepository(UserEntity).update({ appId, id: userId }, changes)).affected;
    } catch (error) {
      rethrowDuplicateKey(error);
    }
    return this.changed(appId, [userId], affected);
  }

  async updatePasswordHash(appId: string, userId: number, passwordHash: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(UserEntity).update({ appId, id: userId }, { passwordHash });
    return this.changed(appId, [userId], result.affected);
  }

  /** The ids of `userIds` that are users of the app. */
  async findExistingIds(appId: string, userIds: number[]): Promise<number[]> {
    const rows = await this.dataSource.getRepository(UserEntity).find({ select: { id: true }, where: { appId, id: In(userIds) } });
    return rows.map((row) => row.id);
  }

  async setStatus(appId: string, userIds: number[], status: UserStatus): Promise<void> {
    const result = await this.dataSource.getRepository(UserEntity).update({ appId, id: In(userIds) }, { status });
    await this.changed(appId, userIds, result.affected);
  }

  async listPage(appId: string, offset: number, limit: number): Promise<{ rows: UserListRow[]; total: number }> {
    const repository = this.dataSource.getRepository(UserEntity);
    const [rows, total] = await Promise.all([
      repository.find({ select: { id: true, username: true, status: true }, where: { appId }, order: { id: 'ASC' }, skip: offset, take: limit }),
      repository.countBy({ appId }),
    ]);
    return { rows, total };
  }

  /**
   * Users of the app whose username or nick name contains the keyword (the pg_trgm GIN index
   * `users_search_text_trgm_idx` selects, the exact ILIKE on the names decides), whose id is the keyword's
   * number, or whose email is the keyword (the `lower(email)` index), after `afterId` in id order.
   * Every user, whatever their search privacy or status: this is the operator's view.
   */
  search(appId: string, keyword: UserSearchKeyword, afterId: number, limit: number): Promise<UserFoundRow[]> {
    const params: unknown[] = [appId, afterId, limit, containsPattern(keyword.text), keyword.text];
    const matches = [`(user_search_text(u.username, u.nick_name) ILIKE ${searchTextPattern('$5')} AND (u.username ILIKE $4 OR u.nick_name ILIKE $4))`];
    if (keyword.id !== null) matches.push(`u.id = $${params.push(keyword.id)}`);
    // Repeating `email IS NOT NULL` lets the planner use the partial unique index on lower(email).
    if (keyword.email !== null) matches.push(`(u.email IS NOT NULL AND lower(u.email) = lower($${params.push(keyword.email)}))`);
    return this.dataSource.query(
      `SELECT u.id, u.username, u.status, u.nick_name AS "nickName", u.avatar, u.created_at AS "createdAt"
         FROM users u
        WHERE u.app_id = $1 AND u.id > $2 AND (${matches.join(' OR ')})
        ORDER BY u.id LIMIT $3`,
      params,
    );
  }

  /**
   * Deletes the user row; settings, devices, tokens, tags, open ids, pins, live sessions, roster
   * and memberships go with it (ON DELETE CASCADE). groups.owner_id has no cascade: the owner of
   * a live group is kept, and the dismissed groups it owned, which no API shows any more, are
   * deleted with it. The row is locked first, so a group created for this owner meanwhile waits,
   * then fails its own foreign key check.
   */
  async deleteUnlessGroupOwner(appId: string, userId: number): Promise<DeletionOutcome> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<DeletionOutcome> => {
      const locked = await manager.query(`SELECT id FROM users WHERE app_id = $1 AND id = $2 FOR UPDATE`, [appId, userId]);
      if (locked.length === 0) return { found: false, ownedGroups: 0 };
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM groups WHERE app_id = $1 AND owner_id = $2 AND status = $3`,
        [appId, userId, GroupStatus.Normal],
      );
      if (count > 0) return { found: true, ownedGroups: count };
      await manager.query(`DELETE FROM groups WHERE app_id = $1 AND owner_id = $2 AND status = $3`, [appId, userId, GroupStatus.Destroyed]);
      await manager.query(`DELETE FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
      return { found: true, ownedGroups: 0 };
    });
    if (outcome.found && outcome.ownedGroups === 0) await this.changed(appId, [userId], 1);
    return outcome;
  }

  /**
   * Binds (type, openId) to the user, replacing the open id of that type the user had. Answers
   * 'taken' (and changes nothing) when another user of the app holds this open id.
   */
  async bindOpenId(appId: string, userId: number, type: string, openId: string): Promise<OpenIdBinding> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const openIds = manager.getRepository(UserOpenIdEntity);
        const holder = await openIds.findOne({ where: { appId, type, openId }, lock: { mode: 'pessimistic_write' } });
        if (holder) return holder.userId === userId ? 'bound' : 'taken';
        await openIds.delete({ appId, userId, type });
        await openIds.insert({ appId, type, openId, userId });
        return 'bound';
      });
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  /** After a committed change of `affected` user rows: drops the users' hot state everywhere; answers whether any row changed. */
  private async changed(appId: string, userIds: number[], affected: number | null | undefined): Promise<boolean> {
    if (!affected) return false;
    await this.cache.invalidate(userIds.map((userId) => hotStateTag.user(appId, userId)));
    return true;
  }
}
