import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HotStateCache, hotStateTag } from '../common/cache/hot-state.cache';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeNamespace, RosterNoticeType, StoredNotice } from '../notice/notice.types';
import { RosterApplicationEntity, RosterBlockEntity, RosterItemEntity, RosterItemStatus, StoredApplicationStatus } from './roster.entity';

/** A user's public profile as one viewer sees it: never mobile, email or private_info. */
export interface RosterProfileRow {
  userId: number;
  username: string;
  nickName: string | null;
  avatar: string | null;
  description: string | null;
  publicInfo: string | null;
  authMode: number;
  authQuestion: string | null;
  /** The viewer's roster row about this user, absent (null) for strangers. */
  rosterStatus: RosterItemStatus | null;
  alias: string | null;
  ext: string | null;
  muteNotification: boolean | null;
  /** The viewer blocks this user. */
  blocked: boolean;
}

/** Which users a profile lookup wants; a username or mobile lookup finds only users who allow it. */
export type RosterProfileFilter = { userIds: number[] } | { username: string } | { searchableMobile: string };

export interface ApplicationPosition {
  appliedAt: Date;
  applicantId: number;
}

export interface MessagingState {
  /** How many of the two ids are users of the app. */
  knownUsers: number;
  blockedByReceiver: boolean;
  friends: boolean;
  strangerMessages: boolean;
}

export interface RosterItemPatch {
  alias?: string | null;
  ext?: string | null;
  muteNotification?: boolean;
  starred?: boolean;
}

/** How two users stand with each other, from the first one's side. */
export interface RosterRelationship {
  friends: boolean;
  /** The first user blocks the second. */
  blocking: boolean;
  /** The second user blocks the first. */
  blockedBy: boolean;
}

/**
 * The writes of one roster change, all in one transaction that holds the lock of the pair of users
 * it touches, so two requests between the same users (A applies to B while B applies to A) are
 * decided one after the other. Notices stored through `notify` commit with the change.
 */
export class RosterChange {
  readonly stored: StoredNotice[] = [];

  constructor(
    private readonly manager: EntityManager,
    readonly appId: string,
    private readonly notices: NoticeRepository,
  ) {}

  async isFriend(userId: number, rosterId: number): Promise<boolean> {
    return this.manager.getRepository(RosterItemEntity).existsBy({ appId: this.appId, userId, rosterId, status: RosterItemStatus.Friend });
  }

  async blocks(userId: number, blockedId: number): Promise<boolean> {
    return this.manager.getRepository(RosterBlockEntity).existsBy({ appId: this.appId, userId, blockedId });
  }

  findApplication(applicantId: number, targetId: number): Promise<RosterApplicationEntity | null> {
    return this.manager.getRepository(RosterApplicationEntity).findOneBy({ appId: this.appId, applicantId, targetId });
  }

  /** Stores the request as pending, replacing whatever the previous request between them said. */
  async savePendingApplication(application: Pick<RosterApplicationEntity, 'applicantId' | 'targetId' | 'reason' | 'alias' | 'appliedAt' | 'expiresAt'>): Promise<void> {
    await this.manager.query(
      `INSERT INTO roster_applications (app_id, applicant_id, target_id, reason, alias, status, applied_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, ${StoredApplicationStatus.Pending}, $6, $7)
       ON CONFLICT (applicant_id, target_id) DO UPDATE
          SET reason = EXCLUDED.reason, alias = EXCLUDED.alias, status = EXCLUDED.status, applied_at = EXCLUDED.applied_at,
              expires_at = EXCLUDED.expires_at, decline_reason = NULL, handled_at = NULL`,
      [this.appId, application.applicantId, application.targetId, application.reason, application.alias, application.appliedAt, application.expiresAt],
    );
  }

  async settleApplication(applicantId: number, targetId: number, status: StoredApplicationStatus, at: Date, declineReason: string | null = null): Promise<void> {
    await this.manager
      .getRepository(RosterApplicationEntity)
      .update({ appId: this.appId, applicantId, targetId }, { status, declineReason, handledAt: at });
  }

  /** False when `applicantId` never asked `targetId`. */
  async deleteApplication(applicantId: number, targetId: number): Promise<boolean> {
    const result = await this.manager.getRepository(RosterApplicationEntity).delete({ appId: this.appId, applicantId, targetId });
    return (result.affected ?? 0) > 0;
  }

  /** Marks any pending request between the two users accepted: they are friends now, however that came about. */
  async settlePendingBetween(userA: number, userB: number, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE roster_applications SET status = ${StoredApplicationStatus.Accepted}, handled_at = $4
        WHERE app_id = $1 AND status = ${StoredApplicationStatus.Pending}
          AND ((applicant_id = $2 AND target_id = $3) OR (applicant_id = $3 AND target_id = $2))`,
      [this.appId, userA, userB, at],
    );
  }

  /** Makes `userId`'s row about `rosterId` a friend row; an alias replaces the old one, none keeps it. */
  async addFriendRow(userId: number, rosterId: number, alias: string | null): Promise<void> {
    await this.manager.query(
      `INSERT INTO roster_items (app_id, user_id, roster_id, status, alias) VALUES ($1, $2, $3, ${RosterItemStatus.Friend}, $4)
       ON CONFLICT (user_id, roster_id) DO UPDATE
          SET status = ${RosterItemStatus.Friend}, alias = COALESCE(EXCLUDED.alias, roster_items.alias), updated_at = now()`,
      [this.appId, userId, rosterId, alias],
    );
  }

  /** Turns both sides' friend rows into deleted-friend rows; false when they were not friends. */
  async removeFriendship(userA: number, userB: number): Promise<boolean> {
    const result = await this.manager.query(
      `UPDATE roster_items SET status = ${RosterItemStatus.Deleted}, updated_at = now()
        WHERE app_id = $1 AND status = ${RosterItemStatus.Friend}
          AND ((user_id = $2 AND roster_id = $3) OR (user_id = $3 AND roster_id = $2))`,
      [this.appId, userA, userB],
    );
    return result[1] > 0;
  }

  /** Changes `userId`'s private fields about a friend; returns the row as it was, or null when not a friend. */
  async updateFriendRow(userId: number, rosterId: number, patch: RosterItemPatch): Promise<RosterItemEntity | null> {
    const items = this.manager.getRepository(RosterItemEntity);
    const where = { appId: this.appId, userId, rosterId, status: RosterItemStatus.Friend };
    const before = await items.findOneBy(where);
    if (!before) return null;
    await items.update(where, patch);
    return before;
  }

  /** False when `userId` already blocked `blockedId`. */
  async block(userId: number, blockedId: number): Promise<boolean> {
    const rows = await this.manager.query(
      `INSERT INTO roster_blocks (app_id, user_id, blocked_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [this.appId, userId, blockedId],
    );
    return rows.length > 0;
  }

  /** False when `userId` did not block `blockedId`. */
  async unblock(userId: number, blockedId: number): Promise<boolean> {
    const result = await this.manager.getRepository(RosterBlockEntity).delete({ appId: this.appId, userId, blockedId });
    return (result.affected ?? 0) > 0;
  }

  /** Stores a roster notice for each recipient (once each), committed with this change. */
  async notify(type: RosterNoticeType, fromId: number, toIds: number[], recipientIds: number[], content: string | null = null): Promise<void> {
    const notice = { namespace: NoticeNamespace.Roster, type, fromId, toIds, content };
    this.stored.push(...(await this.notices.insert(this.appId, notice, [...new Set(recipientIds)], this.manager)));
  }
}

@Injectable()
export class RosterRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticeRepository,
    private readonly cache: HotStateCache,
  ) {}

  /**
   * Runs `work` in one transaction holding the lock of the pair (userA, userB); an error thrown by
   * `work` rolls everything back, notices included. Returns the notices to announce after commit.
   * Every roster change (friends, blocks) runs here, so here, after the commit and before any answer,
   * both users' cached roster state is dropped in every process (src/common/README.md).
   */
  async change<T>(appId: string, userA: number, userB: number, work: (change: RosterChange) => Promise<T>): Promise<{ result: T; notices: StoredNotice[] }> {
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || least($2::bigint, $3::bigint) || ':' || greatest($2::bigint, $3::bigint), 0))`, [
        `roster:${appId}`,
        userA,
        userB,
      ]);
      const change = new RosterChange(manager, appId, this.notices);
      const result = await work(change);
      return { result, notices: change.stored };
    });
    await this.cache.invalidate([hotStateTag.roster(appId, userA), hotStateTag.roster(appId, userB)]);
    return changed;
  }

  async userExists(appId: string, userId: number): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
    return rows.length > 0;
  }

  /** Friend ids in id order, after `afterRosterId`. */
  async findFriendIds(appId: string, userId: number, afterRosterId: number, limit: number): Promise<number[]> {
    const rows: { rosterId: number }[] = await this.dataSource.query(
      `SELECT roster_id AS "rosterId" FROM roster_items
        WHERE app_id = $1 AND user_id = $2 AND status = ${RosterItemStatus.Friend} AND roster_id > $3
        ORDER BY roster_id LIMIT $4`,
      [appId, userId, afterRosterId, limit],
    );
    return rows.map((row) => row.rosterId);
  }

  async findAllFriendIds(appId: string, userId: number): Promise<number[]> {
    const rows: { rosterId: number }[] = await this.dataSource.query(
      `SELECT roster_id AS "rosterId" FROM roster_items WHERE app_id = $1 AND user_id = $2 AND status = ${RosterItemStatus.Friend}`,
      [appId, userId],
    );
    return rows.map((row) => row.rosterId);
  }

  /** Requests received by `targetId`, newest first, strictly after `before` in that order. */
  findApplicationsTo(appId: string, targetId: number, before: ApplicationPosition | null, limit: number): Promise<RosterApplicationEntity[]> {
    const query = this.dataSource
      .getRepository(RosterApplicationEntity)
      .createQueryBuilder('a')
      .where('a.appId = :appId AND a.targetId = :targetId', { appId, targetId });
    if (before) query.andWhere('(a.appliedAt, a.applicantId) < (:appliedAt, :applicantId)', before);
    return query.orderBy('a.appliedAt', 'DESC').addOrderBy('a.applicantId', 'DESC').limit(limit).getMany();
  }

  /** Starred friends in id order (a star on a deleted friend's row waits until they are friends again). */
  async findStarredIds(appId: string, userId: number): Promise<number[]> {
    const rows: { rosterId: number }[] = await this.dataSource.query(
      `SELECT roster_id AS "rosterId" FROM roster_items
        WHERE app_id = $1 AND user_id = $2 AND starred AND status = ${RosterItemStatus.Friend}
        ORDER BY roster_id`,
      [appId, userId],
    );
    return rows.map((row) => row.rosterId);
  }

  async findRelationship(appId: string, userId: number, otherId: number): Promise<RosterRelationship> {
    const rows: RosterRelationship[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM roster_items WHERE app_id = $1 AND user_id = $2 AND roster_id = $3 AND status = ${RosterItemStatus.Friend}) AS friends,
              EXISTS (SELECT 1 FROM roster_blocks WHERE app_id = $1 AND user_id = $2 AND blocked_id = $3) AS blocking,
              EXISTS (SELECT 1 FROM roster_blocks WHERE app_id = $1 AND user_id = $3 AND blocked_id = $2) AS "blockedBy"`,
      [appId, userId, otherId],
    );
    return rows[0];
  }

  /** Newest block first. */
  async findBlockedIds(appId: string, userId: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(RosterBlockEntity).find({
      select: { blockedId: true },
      where: { appId, userId },
      order: { createdAt: 'DESC', blockedId: 'DESC' },
    });
    return rows.map((row) => row.blockedId);
  }

  /** Profiles of the app's users matching `filter`, as `viewerId` sees them; for ids, in the order asked. */
  findProfiles(appId: string, viewerId: number, filter: RosterProfileFilter): Promise<RosterProfileRow[]> {
    let condition: string;
    let value: unknown;
    if ('userIds' in filter) {
      condition = 'u.id = ANY($3::bigint[]) ORDER BY array_position($3::bigint[], u.id)';
      value = filter.userIds;
    } else if ('username' in filter) {
      condition = 'u.username = $3 AND s.username_searchable';
      value = filter.username;
    } else {
      condition = 'u.mobile = $3 AND s.mobile_searchable';
      value = filter.searchableMobile;
    }
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar, u.description, u.public_info AS "publicInfo",
              s.auth_mode AS "authMode", s.auth_question AS "authQuestion",
              r.status AS "rosterStatus", r.alias, r.ext, r.mute_notification AS "muteNotification",
              (b.blocked_id IS NOT NULL) AS blocked
         FROM users u
         JOIN user_settings s ON s.user_id = u.id AND s.app_id = u.app_id
         LEFT JOIN roster_items r ON r.app_id = u.app_id AND r.user_id = $2 AND r.roster_id = u.id
         LEFT JOIN roster_blocks b ON b.app_id = u.app_id AND b.user_id = $2 AND b.blocked_id = u.id
        WHERE u.app_id = $1 AND ${condition}`,
      [appId, viewerId, value],
    );
  }

  async findMessagingState(appId: string, senderId: number, receiverId: number): Promise<MessagingState> {
    const rows: MessagingState[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM users WHERE app_id = $1 AND id IN ($2, $3)) AS "knownUsers",
              EXISTS (SELECT 1 FROM roster_blocks WHERE app_id = $1 AND user_id = $3 AND blocked_id = $2) AS "blockedByReceiver",
              EXISTS (SELECT 1 FROM roster_items WHERE app_id = $1 AND user_id = $2 AND roster_id = $3 AND status = ${RosterItemStatus.Friend}) AS friends,
              COALESCE((SELECT stranger_messages FROM apps WHERE id = $1), false) AS "strangerMessages"`,
      [appId, senderId, receiverId],
    );
    return rows[0];
  }

  /** False when the app does not exist. */
  async setStrangerMessages(appId: string, allowed: boolean): Promise<boolean> {
    const result = await this.dataSource.query(`UPDATE apps SET stranger_messages = $2 WHERE id = $1`, [appId, allowed]);
    await this.cache.invalidate([hotStateTag.app(appId)]);
    return result[1] > 0;
  }
}
