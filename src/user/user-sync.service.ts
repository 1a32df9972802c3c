import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { ADDRESS_BOOK_KIND_NAMES, UserSyncChangeDto, UserSyncQueryDto } from './user-sync.dto';
import { SyncChangeRow, SyncPosition, UserSyncRepository } from './user-sync.repository';

function mapSyncChange(row: SyncChangeRow): UserSyncChangeDto {
  const change: UserSyncChangeDto = { type: ADDRESS_BOOK_KIND_NAMES[row.kind], removed: row.removed, version: row.version };
  if (row.userId !== null) change.user_id = row.userId;
  if (row.groupId !== null) change.group_id = row.groupId;
  if (row.alias !== null) change.alias = row.alias;
  if (row.name !== null) change.name = row.name;
  if (row.avatar !== null) change.avatar = row.avatar;
  if (row.role !== null) change.role = row.role;
  if (row.displayName !== null) change.display_name = row.displayName;
  return change;
}

@Injectable()
export class UserSyncService {
  constructor(private readonly repository: UserSyncRepository) {}

  /**
   * One page of what changed in the caller's friends, blocklist, groups and group members since
   * `version`. `version` beside the page is the last change's version (the asked one when nothing
   * changed); the device stores the one of the last page (no cursor) for its next sync.
   */
  async changes(caller: CallerContext, query: UserSyncQueryDto): Promise<ListPage<UserSyncChangeDto>> {
    const userId = caller.requireUserId();
    const after = decodeCursor<SyncPosition>(query.cursor, ['version', 'kind', 'groupId', 'userId']);
    const rows = await this.repository.changesSince(caller.appId, userId, query.version, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ version: last.version, kind: last.kind, groupId: last.groupId ?? 0, userId: last.userId ?? 0 }));
    const lastVersion = page.items.at(-1)?.version ?? after?.version ?? query.version;
    return new ListPage(page.items.map(mapSyncChange), page.cursor, undefined, lastVersion);
  }
}
