import { Body, Controller, Delete, Get, Headers, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiData } from '../common/openapi/envelope.decorator';
import { UserSettingsResponseDto } from './user-settings.dto';
import { PushAliasDto, PushBadgeDto, PushTagListDto, PushTokenBindDto, PushTokenUnbindDto, PushUserRegisterDto } from './push-identity.dto';
import { PushIdentityService } from './push-identity.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class PushIdentityController {
  constructor(private readonly pushIdentity: PushIdentityService) {}

  @Post('token/bind')
  @ApiOperation({ summary: "Bind a vendor push token to one of the acting user's devices (moves it from any other device of the app)" })
  @ApiData({ type: 'boolean' })
  bind(@Caller() caller: CallerContext, @Body() body: PushTokenBindDto) {
    return this.pushIdentity.bindVendorToken(caller, body);
  }

  @Put('token/bind')
  @ApiOperation({ summary: "Bind a vendor push token to one of the acting user's devices (same as POST)" })
  @ApiData({ type: 'boolean' })
  bindByPut(@Caller() caller: CallerContext, @Body() body: PushTokenBindDto) {
    return this.pushIdentity.bindVendorToken(caller, body);
  }

  @Post('token/unbind')
  @ApiOperation({ summary: "Remove the vendor push token of one of the acting user's devices" })
  @ApiData({ type: 'boolean' })
  unbind(@Caller() caller: CallerContext, @Query() query: PushTokenUnbindDto) {
    return this.pushIdentity.unbindVendorToken(caller, query.deviceSn);
  }

  @Delete('token/unbind')
  @ApiOperation({ summary: "Remove the vendor push token of one of the acting user's devices (same as POST)" })
  @ApiData({ type: 'boolean' })
  unbindByDelete(@Caller() caller: CallerContext, @Query() query: PushTokenUnbindDto) {
    return this.pushIdentity.unbindVendorToken(caller, query.deviceSn);
  }

  @Post('push/alias')
  @ApiOperation({ summary: "Set the push alias of the device named by push_token, else of the calling device, else of all the user's devices" })
  @ApiData({ type: 'boolean' })
  alias(@Caller() caller: CallerContext, @Body() body: PushAliasDto) {
    return this.pushIdentity.setAlias(caller, body);
  }

  @Post('push/badge')
  @ApiOperation({ summary: "Set the app icon badge of the calling device, else of all the user's devices" })
  @ApiData({ type: 'boolean' })
  badge(@Caller() caller: CallerContext, @Body() body: PushBadgeDto) {
    return this.pushIdentity.setBadge(caller, body);
  }

  @Get('push/tag')
  @ApiOperation({ summary: "The acting user's push tags, sorted" })
  @ApiData({ type: 'array', items: { type: 'string' } })
  tags(@Caller() caller: CallerContext) {
    return this.pushIdentity.listTags(caller);
  }

  @Post('push/tag')
  @ApiOperation({ summary: 'Add push tags to the acting user (at most 100 per user)' })
  @ApiData({ type: 'boolean' })
  addTags(@Caller() caller: CallerContext, @Body() body: PushTagListDto) {
    return this.pushIdentity.addTags(caller, body.tags);
  }

  @Delete('push/tag')
  @ApiOperation({ summary: 'Remove push tags from the acting user' })
  @ApiData({ type: 'boolean' })
  removeTags(@Caller() caller: CallerContext, @Body() body: PushTagListDto) {
    return this.pushIdentity.removeTags(caller, body.tags);
  }

  @Delete('push/tag/all')
  @ApiOperation({ summary: "Remove all of the acting user's push tags" })
  @ApiData({ type: 'boolean' })
  removeAllTags(@Caller() caller: CallerContext) {
    return this.pushIdentity.removeAllTags(caller);
  }

  @Post('register/push')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a push-only user and its device, signed with the app secret (or with the app admin token)' })
  @ApiData(UserSettingsResponseDto, "Answers the new user's settings, with the device's push token. On failure, a business error in `code`.")
  @ApiErrors(ErrorCode.UserExists, ErrorCode.NoPermission, ErrorCode.AlreadyBound)
  registerPush(@Caller() caller: CallerContext, @Body() body: PushUserRegisterDto, @Headers('user-agent') userAgent?: string) {
    return this.pushIdentity.registerPushUser(caller, body, userAgent ?? null);
  }
}
