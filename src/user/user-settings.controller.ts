import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import {
  UserPrivacyDto,
  UserPrivacyUpdateDto,
  UserSettingsAuthModeDto,
  UserSettingsPushLimitDto,
  UserSettingsPushNicknameDto,
  UserSettingsResponseDto,
  UserSettingsSwitchDto,
  UserSettingsUpdateDto,
} from './user-settings.dto';
import { UserSettingsService } from './user-settings.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class UserSettingsController {
  constructor(private readonly settings: UserSettingsService) {}

  @Get('settings')
  @ApiOperation({ summary: "The acting user's settings, with the calling device's push token" })
  @ApiData(UserSettingsResponseDto)
  get(@Caller() caller: CallerContext) {
    return this.settings.get(caller);
  }

  @Post('settings')
  @ApiOperation({ summary: 'Change the settings sent (partial update; null clears a nullable field)' })
  @ApiData({ type: 'boolean' })
  update(@Caller() caller: CallerContext, @Body() body: UserSettingsUpdateDto) {
    return this.settings.update(caller, body);
  }

  @Put('settings')
  @ApiOperation({ summary: 'Change the settings sent (partial update; null clears a nullable field) (same as POST)' })
  @ApiData({ type: 'boolean' })
  updateByPut(@Caller() caller: CallerContext, @Body() body: UserSettingsUpdateDto) {
    return this.settings.update(caller, body);
  }

  @Get('privacy')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: every privacy choice of the acting user (search by mobile/username, pokes, auth_mode, group_confirm)' })
  @ApiData(UserPrivacyDto)
  getPrivacy(@Caller() caller: CallerContext) {
    return this.settings.getPrivacy(caller);
  }

  @Post('privacy')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: change the privacy switches sent (mobile_searchable, username_searchable, poke_allowed)' })
  @ApiData({ type: 'boolean' })
  updatePrivacy(@Caller() caller: CallerContext, @Body() body: UserPrivacyUpdateDto) {
    return this.settings.updatePrivacy(caller, body);
  }

  @Put('privacy')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: change the privacy switches sent (same as POST)' })
  @ApiData({ type: 'boolean' })
  updatePrivacyByPut(@Caller() caller: CallerContext, @Body() body: UserPrivacyUpdateDto) {
    return this.settings.updatePrivacy(caller, body);
  }

  @Post('authmode')
  @ApiOperation({ summary: 'Set how others may add the user as a friend (auth_mode 0-3)' })
  @ApiData({ type: 'boolean' })
  setAuthMode(@Caller() caller: CallerContext, @Query() query: UserSettingsAuthModeDto) {
    return this.settings.set(caller, { authMode: query.value });
  }

  @Put('authmode')
  @ApiOperation({ summary: 'Set how others may add the user as a friend (auth_mode 0-3) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setAuthModeByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsAuthModeDto) {
    return this.settings.set(caller, { authMode: query.value });
  }

  @Post('download')
  @ApiOperation({ summary: 'Set whether thumbnails and files download automatically (auto_download)' })
  @ApiData({ type: 'boolean' })
  setAutoDownload(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { autoDownload: query.value });
  }

  @Put('download')
  @ApiOperation({ summary: 'Set whether thumbnails and files download automatically (auto_download) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setAutoDownloadByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { autoDownload: query.value });
  }

  @Post('push')
  @ApiOperation({ summary: 'Turn push notifications off (true) or on (false) (no_push)' })
  @ApiData({ type: 'boolean' })
  setNoPush(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noPush: query.value });
  }

  @Put('push')
  @ApiOperation({ summary: 'Turn push notifications off (true) or on (false) (no_push) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setNoPushByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noPush: query.value });
  }

  @Post('push/detail')
  @ApiOperation({ summary: 'Leave the message text out of push notifications (no_push_detail)' })
  @ApiData({ type: 'boolean' })
  setNoPushDetail(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noPushDetail: query.value });
  }

  @Put('push/detail')
  @ApiOperation({ summary: 'Leave the message text out of push notifications (no_push_detail) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setNoPushDetailByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noPushDetail: query.value });
  }

  @Post('push/limit')
  @ApiOperation({ summary: 'Set the daily no-push hours (0-23)' })
  @ApiData({ type: 'boolean' })
  setNoPushHours(@Caller() caller: CallerContext, @Query() query: UserSettingsPushLimitDto) {
    return this.settings.set(caller, { noPushStartHour: query.no_push_start_hour, noPushEndHour: query.no_push_end_hour });
  }

  @Put('push/limit')
  @ApiOperation({ summary: 'Set the daily no-push hours (0-23) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setNoPushHoursByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsPushLimitDto) {
    return this.settings.set(caller, { noPushStartHour: query.no_push_start_hour, noPushEndHour: query.no_push_end_hour });
  }

  @Post('push/nickname')
  @ApiOperation({ summary: 'Set the sender name shown in push notifications (push_nick_name)' })
  @ApiData({ type: 'boolean' })
  setPushNickname(@Caller() caller: CallerContext, @Query() query: UserSettingsPushNicknameDto) {
    return this.settings.set(caller, { pushNickName: query.value });
  }

  @Put('push/nickname')
  @ApiOperation({ summary: 'Set the sender name shown in push notifications (push_nick_name) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setPushNicknameByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsPushNicknameDto) {
    return this.settings.set(caller, { pushNickName: query.value });
  }

  @Post('sounds')
  @ApiOperation({ summary: 'Silence new-message sounds (true) or play them (false) (no_sounds)' })
  @ApiData({ type: 'boolean' })
  setNoSounds(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noSounds: query.value });
  }

  @Put('sounds')
  @ApiOperation({ summary: 'Silence new-message sounds (true) or play them (false) (no_sounds) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setNoSoundsByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { noSounds: query.value });
  }

  @Post('vibratory')
  @ApiOperation({ summary: 'Vibrate for new messages (vibratory)' })
  @ApiData({ type: 'boolean' })
  setVibratory(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { vibratory: query.value });
  }

  @Put('vibratory')
  @ApiOperation({ summary: 'Vibrate for new messages (vibratory) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setVibratoryByPut(@Caller() caller: CallerContext, @Query() query: UserSettingsSwitchDto) {
    return this.settings.set(caller, { vibratory: query.value });
  }
}
