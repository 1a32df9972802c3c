import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeService } from '../notice/notice.service';
import { FavouriteGroupDto, FavouriteGroupListQueryDto } from './favourite-group.dto';
import { FavouriteGroupRepository, FavouriteGroupRow, FavouritePosition } from './favourite-group.repository';

function mapFavouriteGroup(row: FavouriteGroupRow): FavouriteGroupDto {
  const group: FavouriteGroupDto = { group_id: row.groupId, name: row.name, owner_id: row.ownerId, member_count: row.memberCount, saved_time: row.savedAt };
  if (row.avatar !== null) group.avatar = row.avatar;
  return group;
}

/**
 * Favourite (saved) groups (our extension, SealTalk /user/favgroups): the groups a user keeps in its
 * address book. A change tells the user's devices USER INFO_UPDATED.
 */
@Injectable()
export class FavouriteGroupService {
  constructor(
    private readonly repository: FavouriteGroupRepository,
    private readonly notices: NoticeService,
  ) {}

  /** Only a member of a live group may save it; saving it again changes nothing. */
  async save(caller: CallerContext, groupId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    const saveable = await this.repository.saveable(caller.appId, userId, groupId);
    if (saveable === 'missing') throw ApiError.groupNotFound(groupId);
    if (saveable === 'not_member') throw new ApiError(ErrorCode.NotGroupMember, `group_id: you are not a member of group ${groupId}`);
    if (await this.repository.save(caller.appId, userId, groupId)) await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return true;
  }

  /** Works for any group id, even of a group left or dissolved since; unsaving one not saved changes nothing. */
  async unsave(caller: CallerContext, groupId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    if (await this.repository.unsave(caller.appId, userId, groupId)) await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return true;
  }

  async list(caller: CallerContext, query: FavouriteGroupListQueryDto): Promise<ListPage<FavouriteGroupDto>> {
    const userId = caller.requireUserId();
    const after = decodeCursor<FavouritePosition>(query.cursor, ['savedAt', 'groupId']);
    const rows = await this.repository.page(caller.appId, userId, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ savedAt: last.savedAt, groupId: last.groupId }));
    return new ListPage(page.items.map(mapFavouriteGroup), page.cursor);
  }
}
