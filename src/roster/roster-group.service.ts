import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { DuplicateKeyError } from '../common/database/duplicate-key';
import { ApiError } from '../common/errors/error-codes';
import { NoticeService } from '../notice/notice.service';
import { FRIEND_GROUP_LIMITS, RosterGroupCreateDto, RosterGroupDto, RosterGroupMembersDto, RosterGroupRenameDto } from './roster-group.dto';
import { FriendGroupRow, RosterGroupRepository } from './roster-group.repository';

function mapFriendGroup(row: FriendGroupRow): RosterGroupDto {
  return { friend_group_id: row.id, name: row.name, members: row.members };
}

function trimmedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw ApiError.badParameter('name: must not be blank');
  return trimmed;
}

function nameTaken(name: string): ApiError {
  return ApiError.badParameter(`name: you already have a friend group named ${JSON.stringify(name)}`);
}

function noSuchGroup(groupId: number): ApiError {
  return ApiError.badParameter(`friend_group_id: you have no friend group ${groupId}`);
}

/**
 * Named friend groups (our extension, IM v1 /friends/groups): private lists of the caller's
 * friends. A change tells the caller's devices USER INFO_UPDATED (see the roster README).
 */
@Injectable()
export class RosterGroupService {
  constructor(
    private readonly repository: RosterGroupRepository,
    private readonly notices: NoticeService,
  ) {}

  async list(caller: CallerContext): Promise<RosterGroupDto[]> {
    return (await this.repository.list(caller.appId, caller.requireUserId())).map(mapFriendGroup);
  }

  async get(caller: CallerContext, groupId: number): Promise<RosterGroupDto> {
    return mapFriendGroup(await this.require(caller.appId, caller.requireUserId(), groupId));
  }

  async create(caller: CallerContext, body: RosterGroupCreateDto): Promise<RosterGroupDto> {
    const userId = caller.requireUserId();
    const name = trimmedName(body.name);
    const members = [...new Set(body.members ?? [])];
    await this.requireFriends(caller.appId, userId, members);
    let creation;
    try {
      creation = await this.repository.create(caller.appId, userId, name, members, FRIEND_GROUP_LIMITS.groupsPerUser);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw nameTaken(name);
      throw error;
    }
    if (creation === 'limit_reached') {
      throw ApiError.badParameter(`you have ${FRIEND_GROUP_LIMITS.groupsPerUser} friend groups, the most allowed; delete one first`);
    }
    await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return this.get(caller, creation.created);
  }

  async rename(caller: CallerContext, body: RosterGroupRenameDto): Promise<RosterGroupDto> {
    const userId = caller.requireUserId();
    const name = trimmedName(body.name);
    await this.require(caller.appId, userId, body.friend_group_id);
    let renamed: boolean;
    try {
      renamed = await this.repository.rename(caller.appId, userId, body.friend_group_id, name);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw nameTaken(name);
      throw error;
    }
    if (renamed) await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return this.get(caller, body.friend_group_id);
  }

  async delete(caller: CallerContext, groupId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    if (!(await this.repository.delete(caller.appId, userId, groupId))) throw noSuchGroup(groupId);
    await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return true;
  }

  /** Only current friends may be added; adding one already in the group changes nothing. */
  async addMembers(caller: CallerContext, body: RosterGroupMembersDto): Promise<RosterGroupDto> {
    const userId = caller.requireUserId();
    await this.require(caller.appId, userId, body.friend_group_id);
    const members = [...new Set(body.members)];
    await this.requireFriends(caller.appId, userId, members);
    if ((await this.repository.addMembers(caller.appId, body.friend_group_id, members)) > 0) await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return this.get(caller, body.friend_group_id);
  }

  /** Any id may be removed, friend or not any more; one not in the group changes nothing. */
  async removeMembers(caller: CallerContext, body: RosterGroupMembersDto): Promise<RosterGroupDto> {
    const userId = caller.requireUserId();
    await this.require(caller.appId, userId, body.friend_group_id);
    if ((await this.repository.removeMembers(caller.appId, body.friend_group_id, [...new Set(body.members)])) > 0) await this.notices.publishUserInfoUpdated(caller.appId, userId);
    return this.get(caller, body.friend_group_id);
  }

  private async require(appId: string, userId: number, groupId: number): Promise<FriendGroupRow> {
    const group = await this.repository.find(appId, userId, groupId);
    if (!group) throw noSuchGroup(groupId);
    return group;
  }

  private async requireFriends(appId: string, userId: number, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const strangers = await this.repository.notFriends(appId, userId, ids);
    if (strangers.length > 0) throw ApiError.badParameter(`members: ${strangers.join(', ')} ${strangers.length === 1 ? 'is not your friend' : 'are not your friends'}`);
  }
}
