import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AddressBookKind } from './user-sync.dto';

/** The log's own kinds beside the ones a sync answer names (migration AddressBookVersions). */
const GROUP_INFORMATION = 5;

export type SyncPosition = {
  version: number;
  kind: number;
  groupId: number;
  userId: number;
};

export interface SyncChangeRow {
  kind: AddressBookKind;
  userId: number | null;
  groupId: number | null;
  version: number;
  removed: boolean;
  /** The entry as it stands now; null when removed or not of its kind. */
  alias: string | null;
  name: string | null;
  avatar: string | null;
  role: number | null;
  displayName: string | null;
}

@Injectable()
export class UserSyncRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The caller's address-book changes after `sinceVersion`, in (version, kind, group, user) order
   * after `after`. A group joined since the version lists all its present members (at the version
   * of the join), so the device needs no separate member read. At version 0 nothing removed is
   * listed: the answer is the address book as it stands. Each present entry carries its current
   * details (alias; group name and avatar; role and display name).
   */
  async changesSince(appId: string, userId: number, sinceVersion: number, after: SyncPosition | null, limit: number): Promise<SyncChangeRow[]> {
    const position = after ?? { version: 0, kind: 0, groupId: 0, userId: 0 };
    const rows: (Omit<SyncChangeRow, 'userId' | 'groupId' | 'version'> & { userId: string | null; groupId: string | null; version: string })[] = await this.dataSource.query(
      `WITH memberships AS (
         SELECT target_id AS group_id, version, joined_version, removed FROM address_book_changes
          WHERE app_id = $1 AND kind = ${AddressBookKind.Group} AND scope_id = $2
       ), stream AS (
         SELECT kind, target_id AS user_id, 0::bigint AS group_id, version, removed FROM address_book_changes
          WHERE app_id = $1 AND kind IN (${AddressBookKind.Friend}, ${AddressBookKind.Block}) AND scope_id = $2 AND version > $3
         UNION ALL
         SELECT ${AddressBookKind.Group}, 0, m.group_id, GREATEST(m.version, COALESCE(info.version, 0)), m.removed
           FROM memberships m
           LEFT JOIN address_book_changes info
             ON NOT m.removed AND info.app_id = $1 AND info.kind = ${GROUP_INFORMATION} AND info.scope_id = m.group_id AND info.target_id = 0
          WHERE GREATEST(m.version, COALESCE(info.version, 0)) > $3
         UNION ALL
         SELECT ${AddressBookKind.GroupMember}, member.target_id, m.group_id, GREATEST(member.version, m.joined_version), member.removed
           FROM memberships m
           JOIN address_book_changes member ON member.app_id = $1 AND member.kind = ${AddressBookKind.GroupMember} AND member.scope_id = m.group_id
          WHERE NOT m.removed AND (member.version > $3 OR m.joined_version > $3) AND NOT (member.removed AND m.joined_version > $3)
       )
       SELECT s.kind, NULLIF(s.user_id, 0) AS "userId", NULLIF(s.group_id, 0) AS "groupId", s.version, s.removed,
              r.alias, g.name, g.avatar, m.role, m.display_name AS "displayName"
         FROM (SELECT * FROM stream
                WHERE NOT ($3 = 0 AND removed) AND (version, kind, group_id, user_id) > ($4, $5, $6, $7)
                ORDER BY version, kind, group_id, user_id
                LIMIT $8) AS s
         LEFT JOIN roster_items r
           ON s.kind = ${AddressBookKind.Friend} AND NOT s.removed AND r.app_id = $1 AND r.user_id = $2 AND r.roster_id = s.user_id
         LEFT JOIN groups g ON s.kind = ${AddressBookKind.Group} AND NOT s.removed AND g.app_id = $1 AND g.id = s.group_id
         LEFT JOIN group_members m
           ON s.kind IN (${AddressBookKind.Group}, ${AddressBookKind.GroupMember}) AND NOT s.removed AND m.app_id = $1 AND m.group_id = s.group_id
          AND m.user_id = CASE WHEN s.kind = ${AddressBookKind.Group} THEN $2 ELSE s.user_id END
        ORDER BY s.version, s.kind, s.group_id, s.user_id`,
      [appId, userId, sinceVersion, position.version, position.kind, position.groupId, position.userId, limit],
    );
    return rows.map((row) => ({
      ...row,
      userId: row.userId === null ? null : Number(row.userId),
      groupId: row.groupId === null ? null : Number(row.groupId),
      version: Number(row.version),
    }));
  }
}
