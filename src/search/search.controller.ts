import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
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
import { SearchService } from './search.service';

/**
 * Search and nearby routes (all ours): they sit under the paths of the areas they find (`/roster` for
 * users, `/group` for groups, `/user` for the caller's own location) and act as a user of the
 * caller's app: a user token, or an admin token with the user_id header.
 */
@ApiTags('search')
@ApiHeader({ name: 'app_id', required: true })
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('roster/search')
  @OurExtension()
  @ApiPage(UserSearchItemDto)
  @ApiOperation({ summary: 'Our extension: users whose username or nick name contains the keyword, an id starting with it, or the exact email; only users who allow search' })
  searchUsers(@Caller() caller: CallerContext, @Query() query: SearchQueryDto) {
    return this.search.searchUsers(caller, query);
  }

  @Get('group/search')
  @OurExtension()
  @ApiPage(GroupSearchItemDto)
  @ApiOperation({ summary: 'Our extension: public groups whose name contains the keyword, best match first' })
  searchGroups(@Caller() caller: CallerContext, @Query() query: SearchQueryDto) {
    return this.search.searchGroups(caller, query);
  }

  @Get('roster/nearby')
  @OurExtension()
  @ApiPage(NearbyUserDto)
  @ApiOperation({ summary: 'Our extension: users sharing a location near the given point, nearest first (coordinates to 0.01°, distances to 100 m)' })
  nearbyUsers(@Caller() caller: CallerContext, @Query() query: NearbyQueryDto) {
    return this.search.nearbyUsers(caller, query);
  }

  @Get('group/nearby')
  @OurExtension()
  @ApiPage(NearbyGroupDto)
  @ApiOperation({ summary: 'Our extension: public groups with a location near the given point, nearest first' })
  nearbyGroups(@Caller() caller: CallerContext, @Query() query: NearbyQueryDto) {
    return this.search.nearbyGroups(caller, query);
  }

  @Get('user/location')
  @OurExtension()
  @ApiData(UserLocationDto)
  @ApiOperation({ summary: "Our extension: the acting user's shared location with its age, or null while none is shared" })
  location(@Caller() caller: CallerContext) {
    return this.search.location(caller);
  }

  @Post('user/location')
  @OurExtension()
  @ApiData(UserLocationDto)
  @ApiOperation({ summary: 'Our extension: share the acting user’s location (opt in to nearby), stored snapped to 0.01°' })
  shareLocation(@Caller() caller: CallerContext, @Body() body: UserLocationUpdateDto) {
    return this.search.shareLocation(caller, body);
  }

  @Put('user/location')
  @OurExtension()
  @ApiData(UserLocationDto)
  @ApiOperation({ summary: 'Our extension: share the acting user’s location (same as POST)' })
  shareLocationByPut(@Caller() caller: CallerContext, @Body() body: UserLocationUpdateDto) {
    return this.search.shareLocation(caller, body);
  }

  @Delete('user/location')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: 'Our extension: stop sharing the location (opt out of nearby)' })
  stopSharingLocation(@Caller() caller: CallerContext) {
    return this.search.stopSharingLocation(caller);
  }
}
