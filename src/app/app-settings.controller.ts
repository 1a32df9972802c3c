import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { AppSettingsDto, AppSettingsUpdateDto } from './app-settings.dto';
import { AppSettingsService } from './app-settings.service';

/** The app's operator settings (our extension, admin token): what `npm run app -- registration|stranger-messages|group-limit|file-quota` sets. */
@ApiTags('app')
@ApiHeader({ name: 'app_id', required: true })
@Controller('app')
export class AppSettingsController {
  constructor(private readonly appSettings: AppSettingsService) {}

  @Get('settings')
  @AdminOnly()
  @OurExtension()
  @ApiData(AppSettingsDto)
  @ApiOperation({ summary: "Our extension (admin token): the app's registration and stranger-message switches, group cap, file quota and storage used" })
  settings(@Caller() caller: CallerContext) {
    return this.appSettings.settings(caller.appId);
  }

  @Post('settings')
  @AdminOnly()
  @OurExtension()
  @ApiData(AppSettingsDto)
  @ApiOperation({ summary: 'Our extension (admin token): change any of registration_open, stranger_messages, max_groups, file_quota_bytes; answers the settings after the change' })
  change(@Caller() caller: CallerContext, @Body() body: AppSettingsUpdateDto) {
    return this.appSettings.change(caller.appId, body);
  }
}
