import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { NoticeService } from '../notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../notice/notice.types';
import {
  GroupSearchItemDto,
  NearbyGroupDto,
  NearbyQueryDto,
  NearbyUserDto,
  SearchQueryDto,
  UserLocationDto,
  UserLocationUpdateDto,
  UserSearchItemDto,
} from './search.dto';
import { SearchRepository, DistancePosition, GroupSearchRow, ScorePosition, UserKeyword, UserLocationRow, UserSearchRow } from './search.repository';
import { GROUP_GRID_DECIMALS, LOCATION_LIFETIME_MS, roundDistance, snapToGrid, USER_GRID_DECIMALS } from '../common/location';

const ID_PREFIX = /^\d+$/;

function ageInSeconds(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000));
}

function mapUserFound(row: Omit<UserSearchRow, 'score'>): UserSearchItemDto {
  return { user_id: row.userId, username: row.username, nick_name: row.nickName, avatar: row.avatar };
}

function mapGroupFound(row: Omit<GroupSearchRow, 'score'>): GroupSearchItemDto {
  return {
    group_id: row.groupId,
    name: row.name,
    avatar: row.avatar,
    description: row.description,
    count: row.count,
    capacity: row.capacity,
    apply_approval: row.applyApproval,
  };
}

function mapLocation(row: UserLocationRow, now: Date): UserLocationDto {
  return { latitude: row.latitude, longitude: row.longitude, located_at: row.updatedAt.getTime(), location_age: ageInSeconds(row.updatedAt, now) };
}

/**
 * Fuzzy search of users and public groups, nearby users and groups, and the opt-in a user gives by
 * sharing a location. Every query acts as a user of the caller's app and never reaches another app.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly notices: NoticeService,
    private readonly clock: Clock,
  ) {}

  async searchUsers(caller: CallerContext, query: SearchQueryDto): Promise<ListPage<UserSearchItemDto>> {
    const viewerId = caller.requireUserId();
    const keyword: UserKeyword = { text: query.keyword, kind: ID_PREFIX.test(query.keyword) ? 'idPrefix' : query.keyword.includes('@') ? 'email' : 'name' };
    const after = decodeCursor<ScorePosition & Record<string, number>>(query.cursor, ['score', 'id']);
    const rows = await this.repository.searchUsers(caller.appId, viewerId, keyword, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ score: last.score, id: last.userId }));
    return new ListPage(page.items.map(mapUserFound), page.cursor);
  }

  async searchGroups(caller: CallerContext, query: SearchQueryDto): Promise<ListPage<GroupSearchItemDto>> {
    const viewerId = caller.requireUserId();
    const after = decodeCursor<ScorePosition & Record<string, number>>(query.cursor, ['score', 'id']);
    const rows = await this.repository.searchGroups(caller.appId, viewerId, query.keyword, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ score: last.score, id: last.groupId }));
    return new ListPage(page.items.map(mapGroupFound), page.cursor);
  }

  async nearbyUsers(caller: CallerContext, query: NearbyQueryDto): Promise<ListPage<NearbyUserDto>> {
    const viewerId = caller.requireUserId();
    const now = this.clock.now();
    const after = decodeCursor<DistancePosition & Record<string, number>>(query.cursor, ['metres', 'id']);
    const since = new Date(now.getTime() - LOCATION_LIFETIME_MS);
    const rows = await this.repository.nearbyUsers(caller.appId, viewerId, query, query.radius, since, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ metres: last.metres, id: last.userId }));
    return new ListPage(
      page.items.map((row) => ({
        ...mapUserFound(row),
        latitude: snapToGrid(row.latitude, USER_GRID_DECIMALS),
        longitude: snapToGrid(row.longitude, USER_GRID_DECIMALS),
        distance: roundDistance(row.metres),
        located_at: row.locatedAt.getTime(),
        location_age: ageInSeconds(row.locatedAt, now),
      })),
      page.cursor,
    );
  }

  async nearbyGroups(caller: CallerContext, query: NearbyQueryDto): Promise<ListPage<NearbyGroupDto>> {
    const viewerId = caller.requireUserId();
    const after = decodeCursor<DistancePosition & Record<string, number>>(query.cursor, ['metres', 'id']);
    const rows = await this.repository.nearbyGroups(caller.appId, viewerId, query, query.radius, after, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ metres: last.metres, id: last.groupId }));
    return new ListPage(
      page.items.map((row) => ({
        ...mapGroupFound(row),
        latitude: snapToGrid(row.latitude, GROUP_GRID_DECIMALS),
        longitude: snapToGrid(row.longitude, GROUP_GRID_DECIMALS),
        address: row.address,
        distance: roundDistance(row.metres),
      })),
      page.cursor,
    );
  }

  /** The caller's shared location, or null while it shares none. */
  async location(caller: CallerContext): Promise<UserLocationDto | null> {
    const row = await this.repository.findUserLocation(caller.appId, caller.requireUserId());
    return row && mapLocation(row, this.clock.now());
  }

  /**
   * Shares (or refreshes) the caller's location, snapped to the grid before it is stored. When it
   * appears or moves to another cell, the user's devices get USER_NOTICE INFO_UPDATED, as for the
   * privacy switches; a refresh within the same cell only renews its age and tells nobody.
   */
  async shareLocation(caller: CallerContext, body: UserLocationUpdateDto): Promise<UserLocationDto> {
    const userId = caller.requireUserId();
    const now = this.clock.now();
    const snapped = { latitude: snapToGrid(body.latitude, USER_GRID_DECIMALS), longitude: snapToGrid(body.longitude, USER_GRID_DECIMALS) };
    const previous = await this.repository.saveUserLocation(caller.appId, userId, snapped, now);
    if (previous === undefined) throw ApiError.userNotFound(userId);
    if (previous === null || previous.latitude !== snapped.latitude || previous.longitude !== snapped.longitude) await this.tellOwnDevices(caller.appId, userId);
    return mapLocation({ ...snapped, updatedAt: now }, now);
  }

  /** Stops sharing: the location is deleted, so the user leaves every nearby answer at once. */
  async stopSharingLocation(caller: CallerContext): Promise<boolean> {
    const userId = caller.requireUserId();
    if (await this.repository.deleteUserLocation(caller.appId, userId)) await this.tellOwnDevices(caller.appId, userId);
    return true;
  }

  private async tellOwnDevices(appId: string, userId: number): Promise<void> {
    await this.notices.publish(appId, { namespace: NoticeNamespace.User, type: UserNoticeType.InfoUpdated, fromId: userId, toIds: [userId] }, [userId]);
  }
}
