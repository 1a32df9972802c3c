import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupApplicationEntity, GroupInvitationEntity, GroupRequestStatus } from './group-request.entity';
import { GroupTransaction } from './group.repository';

/** Where a newest-first list page ended: the last row's `updated_at` (ms) and id. */
export interface RequestPosition {
  updatedAt: Date;
  id: number;
}

export interface RequestPage<T> {
  rows: T[];
  total: number;
}

const APPLICATION_COLUMNS = `id, app_id AS "appId", group_id AS "groupId", user_id AS "userId", reason, status,
  handled_by AS "handledBy", expires_at AS "expiresAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

const INVITATION_COLUMNS = `id, app_id AS "appId", group_id AS "groupId", inviter_id AS "inviterId", invitee_id AS "inviteeId",
  reason, status, expires_at AS "expiresAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Join applications and invitations: one row per (group, user), refreshed by a new request.
 * `updated_at` is written from the service's clock in whole milliseconds, so list cursors made of
 * it compare exactly.
 */
@Injectable()
export class GroupJoinRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Those of `userIds` who want to confirm group invitations (user_settings.group_confirm). */
  async confirmingUserIds(tx: GroupTransaction, userIds: number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: number }[] = await tx.manager.query(
      `SELECT user_id FROM user_settings WHERE app_id = $1 AND user_id = ANY($2::bigint[]) AND group_confirm`,
      [tx.group.appId, userIds],
    );
    return new Set(rows.map((row) => Number(row.user_id)));
  }

  /** Makes each invitee's invitation pending again from `inviterId`, whatever state an earlier one was in. */
  async refreshInvitations(
    tx: GroupTransaction,
    inviterId: number,
    inviteeIds: number[],
    reason: string | null,
    now: Date,
    expiresAt: Date,
  ): Promise<void> {
    if (inviteeIds.length === 0) return;
    await tx.manager.query(
      `INSERT INTO group_invitations (app_id, group_id, inviter_id, invitee_id, reason, status, expires_at, created_at, updated_at)
       SELECT $1, $2, $3, invitee, $5, $6, $7, $8, $8 FROM unnest($4::bigint[]) AS invitee
       ON CONFLICT (group_id, invitee_id) DO UPDATE
         SET inviter_id = EXCLUDED.inviter_id, reason = EXCLUDED.reason, status = EXCLUDED.status,
             expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`,
      [tx.group.appId, tx.group.id, inviterId, inviteeIds, reason, GroupRequestStatus.Pending, expiresAt, now],
    );
  }

  async findInvitation(tx: GroupTransaction, inviteeId: number): Promise<GroupInvitationEntity | null> {
    const rows: GroupInvitationEntity[] = await tx.manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM group_invitations WHERE app_id = $1 AND group_id = $2 AND invitee_id = $3`,
      [tx.group.appId, tx.group.id, inviteeId],
    );
    return rows[0] ? toInvitation(rows[0]) : null;
  }

  async settleInvitation(tx: GroupTransaction, inviteeId: number, status: GroupRequestStatus, now: Date): Promise<void> {
    await tx.manager.query(
      `UPDATE group_invitations SET status = $4, updated_at = $5 WHERE app_id = $1 AND group_id = $2 AND invitee_id = $3`,
      [tx.group.appId, tx.group.id, inviteeId, status, now],
    );
  }

  /** A user's invitations, newest first, after `before`; `total` counts them all. */
  async listInvitations(appId: string, inviteeId: number, before: RequestPosition | null, take: number): Promise<RequestPage<GroupInvitationEntity>> {
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${INVITATION_COLUMNS} FROM group_invitations
          WHERE app_id = $1 AND invitee_id = $2 AND ($3::timestamptz IS NULL OR (updated_at, id) < ($3::timestamptz, $4::bigint))
          ORDER BY updated_at DESC, id DESC LIMIT $5`,
        [appId, inviteeId, before?.updatedAt ?? null, before?.id ?? 0, take],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM group_invitations WHERE app_id = $1 AND invitee_id = $2`, [appId, inviteeId]),
    ]);
    return { rows: (rows as GroupInvitationEntity[]).map(toInvitation), total: counted[0].total };
  }

  /** Makes the user's application pending again with a new reason and expiry. */
  async refreshApplication(tx: GroupTransaction, userId: number, reason: string | null, now: Date, expiresAt: Date): Promise<void> {
    await tx.manager.query(
      `INSERT INTO group_applications (app_id, group_id, user_id, reason, status, handled_by, expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $7)
       ON CONFLICT (group_id, user_id) DO UPDATE
         SET reason = EXCLUDED.reason, status = EXCLUDED.status, handled_by = NULL,
             expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`,
      [tx.group.appId, tx.group.id, userId, reason, GroupRequestStatus.Pending, expiresAt, now],
    );
  }

  async findApplication(tx: GroupTransaction, userId: number): Promise<GroupApplicationEntity | null> {
    const rows: GroupApplicationEntity[] = await tx.manager.query(
      `SELECT ${APPLICATION_COLUMNS} FROM group_applications WHERE app_id = $1 AND group_id = $2 AND user_id = $3`,
      [tx.group.appId, tx.group.id, userId],
    );
    return rows[0] ? toApplication(rows[0]) : null;
  }

  async settleApplication(tx: GroupTransaction, userId: number, status: GroupRequestStatus, handledBy: number | null, now: Date): Promise<void> {
    await tx.manager.query(
      `UPDATE group_applications SET status = $4, handled_by = $5, updated_at = $6 WHERE app_id = $1 AND group_id = $2 AND user_id = $3`,
      [tx.group.appId, tx.group.id, userId, status, handledBy, now],
    );
  }

  /** The applications to `groupIds`, newest first, after `before`; `total` counts them all. */
  async listApplications(appId: string, groupIds: number[], before: RequestPosition | null, take: number): Promise<RequestPage<GroupApplicationEntity>> {
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${APPLICATION_COLUMNS} FROM group_applications
          WHERE app_id = $1 AND group_id = ANY($2::bigint[]) AND ($3::timestamptz IS NULL OR (updated_at, id) < ($3::timestamptz, $4::bigint))
          ORDER BY updated_at DESC, id DESC LIMIT $5`,
        [appId, groupIds, before?.updatedAt ?? null, before?.id ?? 0, take],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM group_applications WHERE app_id = $1 AND group_id = ANY($2::bigint[])`, [
        appId,
        groupIds,
      ]),
    ]);
    return { rows: (rows as GroupApplicationEntity[]).map(toApplication), total: counted[0].total };
  }

  /** The app's secret, which signs its group QR codes; null when the app is gone. */
  async findAppSecret(appId: string): Promise<string | null> {
    const rows: { secret: string }[] = await this.dataSource.query(`SELECT secret FROM apps WHERE id = $1`, [appId]);
    return rows[0]?.secret ?? null;
  }
}

// Raw queries answer bigint columns as strings; ids stay below 2^53, so numbers are exact.
function toApplication(row: GroupApplicationEntity): GroupApplicationEntity {
  return {
    ...row,
    id: Number(row.id),
    groupId: Number(row.groupId),
    userId: Number(row.userId),
    handledBy: row.handledBy === null ? null : Number(row.handledBy),
  };
}

function toInvitation(row: GroupInvitationEntity): GroupInvitationEntity {
  return { ...row, id: Number(row.id), groupId: Number(row.groupId), inviterId: Number(row.inviterId), inviteeId: Number(row.inviteeId) };
}
