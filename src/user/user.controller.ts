import { Body, Controller, Get, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TextBody } from '../common/content-type';
import { AdminOnly, Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import {
  UserBindOpenIdDto,
  UserProfileResponseDto,
  UserRegisterBatchResultDto,
  UserInfoBodyPipe,
  UserRegisterBatchDto,
  UserRegisterDto,
  UserRegisterV2Dto,
  UserSetAvatarDto,
  UserSetMobileDto,
  UserSetNicknameDto,
  UserSetUsernameDto,
  UserUpdateProfileDto,
} from './user.dto';
import { UserService } from './user.service';
import { OmitNullFields } from '../common/envelope/envelope';
import { ApiData } from '../common/openapi/envelope.decorator';
import { UserSettingsResponseDto } from './user-settings.dto';
import { OurExtension } from '../common/openapi/extension.decorator';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT (or DELETE) each has a handler.
@Controller('user')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Post('register')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a user (username, password, optional mobile and email)', description: "Answers the new user's settings. Business errors: 10002 bad input; 10004 username taken; 10010 self-registration closed in this app; 10011 mobile or email bound to another user; 10015 verification code required; 10001 wrong verification code; 10017 code could not be sent." })
  @ApiData(UserSettingsResponseDto)
  register(@Caller() caller: CallerContext, @Body() body: UserRegisterDto) {
    return this.users.register(caller, body);
  }

  @Post('register/v2')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a user (username, password)', description: "Answers the new user's settings. Business errors: 10002 bad input; 10004 username taken; 10010 self-registration closed in this app." })
  @ApiData(UserSettingsResponseDto)
  registerV2(@Caller() caller: CallerContext, @Body() body: UserRegisterV2Dto) {
    return this.users.register(caller, body);
  }

  @Post('register/anonymous')
  @Public()
  @OurExtension()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: "Register a user as MaxIM's web SDK asyncRegisterAnonymous does: it sends username and password like register/v2, under the same registration policy",
    description: "Answers the new user's settings. Business errors: 10002 bad input; 10004 username taken; 10010 self-registration closed in this app.",
  })
  @ApiData(UserSettingsResponseDto)
  registerAnonymous(@Caller() caller: CallerContext, @Body() body: UserRegisterV2Dto) {
    return this.users.register(caller, body);
  }

  @Post('register/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Register up to 100 users; each item succeeds or fails on its own (admin token)', description: 'One result per item, in order; a failed item carries its reason. Business errors: 10002 bad list; 10010 not an admin token.' })
  @ApiData([UserRegisterBatchResultDto])
  registerBatch(@Caller() caller: CallerContext, @Body() body: UserRegisterBatchDto) {
    return this.users.registerBatch(caller, body.list);
  }

  @Get('profile')
  @OmitNullFields()
  @ApiOperation({ summary: "The calling user's own profile", description: 'Unset fields are left out. Business errors: 10000 user gone; 10010 admin token without user_id.' })
  @ApiData(UserProfileResponseDto)
  profile(@Caller() caller: CallerContext) {
    return this.users.profile(caller);
  }

  @Post('profile')
  @ApiOperation({ summary: 'Change the profile fields sent with a value; "" clears one', description: 'Business errors: 10002 bad input or no field with a value; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  updateProfile(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileDto) {
    return this.users.updateProfile(caller, body);
  }

  @Put('profile')
  @ApiOperation({ summary: 'Change the profile fields sent with a value; "" clears one (same as POST)', description: 'Business errors: 10002 bad input or no field with a value; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  updateProfileByPut(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileDto) {
    return this.users.updateProfile(caller, body);
  }

  @Post('nickname')
  @ApiOperation({ summary: 'Set the nickname', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setNickname(@Caller() caller: CallerContext, @Query() query: UserSetNicknameDto) {
    return this.users.setNickname(caller, query.nick_name);
  }

  @Put('nickname')
  @ApiOperation({ summary: 'Set the nickname (same as POST)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setNicknameByPut(@Caller() caller: CallerContext, @Query() query: UserSetNicknameDto) {
    return this.users.setNickname(caller, query.nick_name);
  }

  @Post('avatar')
  @ApiOperation({ summary: 'Set the avatar (URL or file-store key; "" clears it)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setAvatar(@Caller() caller: CallerContext, @Body() body: UserSetAvatarDto) {
    return this.users.setAvatar(caller, body.avatar);
  }

  @Put('avatar')
  @ApiOperation({ summary: 'Set the avatar (URL or file-store key; "" clears it) (same as POST)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setAvatarByPut(@Caller() caller: CallerContext, @Body() body: UserSetAvatarDto) {
    return this.users.setAvatar(caller, body.avatar);
  }

  @Post('public')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the public info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the public info, seen by everyone', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setPublicInfo(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPublicInfo(caller, info);
  }

  @Put('public')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the public info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the public info, seen by everyone (same as POST)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setPublicInfoByPut(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPublicInfo(caller, info);
  }

  @Post('private')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the private info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the private info, seen only by the user itself', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setPrivateInfo(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPrivateInfo(caller, info);
  }

  @Put('private')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the private info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the private info, seen only by the user itself (same as POST)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setPrivateInfoByPut(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPrivateInfo(caller, info);
  }

  @Post('username')
  @ApiOperation({ summary: 'Change the username (unique in the app: 10004 when taken)', description: 'Business errors: 10002 bad input; 10004 username taken; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setUsername(@Caller() caller: CallerContext, @Query() query: UserSetUsernameDto) {
    return this.users.setUsername(caller, query.username);
  }

  @Put('username')
  @ApiOperation({ summary: 'Change the username (unique in the app: 10004 when taken) (same as POST)', description: 'Business errors: 10002 bad input; 10004 username taken; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setUsernameByPut(@Caller() caller: CallerContext, @Query() query: UserSetUsernameDto) {
    return this.users.setUsername(caller, query.username);
  }

  @Post('mobile')
  @ApiOperation({ summary: 'Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015)', description: 'Business errors: 10002 bad input; 10011 mobile bound to another user; 10015 verification code required; 10001 wrong verification code; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setMobile(@Caller() caller: CallerContext, @Query() query: UserSetMobileDto) {
    return this.users.setMobile(caller, query.mobile, query.verification_code);
  }

  @Put('mobile')
  @ApiOperation({ summary: 'Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015) (same as POST)', description: 'Business errors: 10002 bad input; 10011 mobile bound to another user; 10015 verification code required; 10001 wrong verification code; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  setMobileByPut(@Caller() caller: CallerContext, @Query() query: UserSetMobileDto) {
    return this.users.setMobile(caller, query.mobile, query.verification_code);
  }

  @Get('bind_openid')
  @ApiOperation({ summary: 'Bind a third-party open id of a type to the user (10011 when another user holds it)', description: 'Business errors: 10002 bad input; 10011 open id bound to another user; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  bindOpenId(@Caller() caller: CallerContext, @Query() query: UserBindOpenIdDto) {
    return this.users.bindOpenId(caller, query);
  }
}
