import { Controller, Get, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { AppStatsDto, AppStatsQueryDto } from './stats.dto';
import { StatsService } from './stats.service';

@ApiTags('app')
@ApiHeader({ name: 'app_id', required: true })
@Controller('app')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('stats')
  @AdminOnly()
  @OurExtension()
  @ApiOperation({ summary: "Ours: the app's users, groups, messages today, live sockets and push tasks, with messages and new users per UTC day (admin token)" })
  @ApiData(AppStatsDto)
  appStats(@Caller() caller: CallerContext, @Query() query: AppStatsQueryDto) {
    return this.stats.appStats(caller, query.days);
  }
}
