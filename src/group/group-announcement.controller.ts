import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { GroupAnnouncementDto, GroupAnnouncementEditDto, GroupAnnouncementQueryDto } from './group-announcement.dto';
import { GroupAnnouncementService } from './group-announcement.service';
import { GroupIdQueryDto } from './group.dto';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and DELETE each has a handler.
@Controller('group')
export class GroupAnnouncementController {
  constructor(private readonly announcements: GroupAnnouncementService) {}

  @Post('announcement/edit')
  @ApiOperation({ summary: 'Publish a new announcement: title up to 128 characters, content 1-4096 (admins)' })
  @ApiData(GroupAnnouncementDto)
  edit(@Caller() caller: CallerContext, @Body() body: GroupAnnouncementEditDto) {
    return this.announcements.edit(caller, body);
  }

  @Post('announcement/delete')
  @ApiOperation({ summary: 'Delete an announcement of the group (admins)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.AnnouncementNotFound)
  delete(@Caller() caller: CallerContext, @Query() query: GroupAnnouncementQueryDto) {
    return this.announcements.delete(caller, query.group_id, query.announcement_id);
  }

  @Delete('announcement/delete')
  @ApiOperation({ summary: 'Delete an announcement of the group (admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.AnnouncementNotFound)
  deleteByDelete(@Caller() caller: CallerContext, @Query() query: GroupAnnouncementQueryDto) {
    return this.announcements.delete(caller, query.group_id, query.announcement_id);
  }

  @Get('announcement')
  @ApiOperation({ summary: 'One announcement of the group (public groups: anyone of the app; others: members)' })
  @ApiData(GroupAnnouncementDto)
  @ApiErrors(ErrorCode.AnnouncementNotFound)
  get(@Caller() caller: CallerContext, @Query() query: GroupAnnouncementQueryDto) {
    return this.announcements.get(caller, query.group_id, query.announcement_id);
  }

  @Get('announcement/last')
  @ApiOperation({ summary: 'The newest announcement, or null data when there is none (public groups: anyone of the app; others: members)' })
  @ApiData(GroupAnnouncementDto, 'The newest announcement, or null when the group has none. On failure, a business error in `code`.')
  last(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.announcements.last(caller, query.group_id);
  }

  @Get('announcement/list')
  @ApiOperation({ summary: 'Every announcement, newest first, unpaged (public groups: anyone of the app; others: members)' })
  @ApiData([GroupAnnouncementDto])
  list(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.announcements.list(caller, query.group_id);
  }
}
