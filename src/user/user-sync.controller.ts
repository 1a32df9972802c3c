import { Controller, Get, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { UserSyncChangeDto, UserSyncQueryDto } from './user-sync.dto';
import { UserSyncService } from './user-sync.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class UserSyncController {
  constructor(private readonly sync: UserSyncService) {}

  @Get('sync')
  @OurExtension()
  @ApiPage(UserSyncChangeDto)
  @ApiOperation({
    summary:
      'Our extension (SealTalk /user/sync/:version): what changed in friends, blocklist, groups and group members since `version` (0: everything), oldest first; cursor-paginated, limit 1–1000, default 500; store the `version` of the last page',
  })
  changes(@Caller() caller: CallerContext, @Query() query: UserSyncQueryDto) {
    return this.sync.changes(caller, query);
  }
}
