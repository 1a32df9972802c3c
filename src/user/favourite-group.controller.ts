import { Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { FavouriteGroupDto, FavouriteGroupListQueryDto, FavouriteGroupQueryDto } from './favourite-group.dto';
import { FavouriteGroupService } from './favourite-group.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class FavouriteGroupController {
  constructor(private readonly favourites: FavouriteGroupService) {}

  @Get('favgroups')
  @OurExtension()
  @ApiPage(FavouriteGroupDto)
  @ApiOperation({ summary: "Our extension (SealTalk GET /user/favgroups): the caller's saved groups it is still in, newest saved first; cursor-paginated, limit 1–500, default 100" })
  list(@Caller() caller: CallerContext, @Query() query: FavouriteGroupListQueryDto) {
    return this.favourites.list(caller, query);
  }

  @Post('favgroups')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: 'Our extension: save a group the caller is in to its address book; idempotent' })
  save(@Caller() caller: CallerContext, @Query() query: FavouriteGroupQueryDto) {
    return this.favourites.save(caller, query.group_id);
  }

  @Delete('favgroups')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: 'Our extension: take a group out of the saved groups; idempotent' })
  unsave(@Caller() caller: CallerContext, @Query() query: FavouriteGroupQueryDto) {
    return this.favourites.unsave(caller, query.group_id);
  }
}
