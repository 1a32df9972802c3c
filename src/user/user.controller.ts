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
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
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
  @ApiOperation({ summary: 'Register a user (username, password, optional mobile and email)' })
  @ApiData(UserSettingsResponseDto, "Answers the new user's settings. On failure, a business error in `code`.")
  @ApiErrors(ErrorCode.WrongVerificationCode, ErrorCode.UserExists, ErrorCode.NoPermission, ErrorCode.AlreadyBound, ErrorCode.VerificationRequired, ErrorCode.CodeNotSent)
  register(@Caller() caller: CallerContext, @Body() body: UserRegisterDto) {
    return this.users.register(caller, body);
  }

  @Post('register/v2')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a user (username, password)' })
  @ApiData(UserSettingsResponseDto, "Answers the new user's settings. On failure, a business error in `code`.")
  @ApiErrors(ErrorCode.UserExists, ErrorCode.NoPermission)
  registerV2(@Caller() caller: CallerContext, @Body() body: UserRegisterV2Dto) {
    return this.users.register(caller, body);
  }

  @Post('register/anonymous')
  @Public()
  @OurExtension()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: "Register a user as MaxIM's web SDK asyncRegisterAnonymous does: it sends username and password like register/v2, under the same registration policy",
  })
  @ApiData(UserSettingsResponseDto, "Answers the new user's settings. On failure, a business error in `code`.")
  @ApiErrors(ErrorCode.UserExists, ErrorCode.NoPermission)
  registerAnonymous(@Caller() caller: CallerContext, @Body() body: UserRegisterV2Dto) {
    return this.users.register(caller, body);
  }

  @Post('register/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Register up to 100 users; each item succeeds or fails on its own (admin token)' })
  @ApiData([UserRegisterBatchResultDto], 'One result per item, in order; a failed item carries its reason. On failure, a business error in `code`.')
  registerBatch(@Caller() caller: CallerContext, @Body() body: UserRegisterBatchDto) {
    return this.users.registerBatch(caller, body.list);
  }

  @Get('profile')
  @OmitNullFields()
  @ApiOperation({ summary: "The calling user's own profile" })
  @ApiData(UserProfileResponseDto, 'Unset fields are left out. On failure, a business error in `code`.')
  profile(@Caller() caller: CallerContext) {
    return this.users.profile(caller);
  }

  @Post('profile')
  @ApiOperation({ summary: 'Change the profile fields sent with a value; "" clears one' })
  @ApiData({ type: 'boolean' })
  updateProfile(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileDto) {
    return this.users.updateProfile(caller, body);
  }

  @Put('profile')
  @ApiOperation({ summary: 'Change the profile fields sent with a value; "" clears one (same as POST)' })
  @ApiData({ type: 'boolean' })
  updateProfileByPut(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileDto) {
    return this.users.updateProfile(caller, body);
  }

  @Post('nickname')
  @ApiOperation({ summary: 'Set the nickname' })
  @ApiData({ type: 'boolean' })
  setNickname(@Caller() caller: CallerContext, @Query() query: UserSetNicknameDto) {
    return this.users.setNickname(caller, query.nick_name);
  }

  @Put('nickname')
  @ApiOperation({ summary: 'Set the nickname (same as POST)' })
  @ApiData({ type: 'boolean' })
  setNicknameByPut(@Caller() caller: CallerContext, @Query() query: UserSetNicknameDto) {
    return this.users.setNickname(caller, query.nick_name);
  }

  @Post('avatar')
  @ApiOperation({ summary: 'Set the avatar (URL or file-store key; "" clears it)' })
  @ApiData({ type: 'boolean' })
  setAvatar(@Caller() caller: CallerContext, @Body() body: UserSetAvatarDto) {
    return this.users.setAvatar(caller, body.avatar);
  }

  @Put('avatar')
  @ApiOperation({ summary: 'Set the avatar (URL or file-store key; "" clears it) (same as POST)' })
  @ApiData({ type: 'boolean' })
  setAvatarByPut(@Caller() caller: CallerContext, @Body() body: UserSetAvatarDto) {
    return this.users.setAvatar(caller, body.avatar);
  }

  @Post('public')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the public info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the public info, seen by everyone' })
  @ApiData({ type: 'boolean' })
  setPublicInfo(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPublicInfo(caller, info);
  }

  @Put('public')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the public info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the public info, seen by everyone (same as POST)' })
  @ApiData({ type: 'boolean' })
  setPublicInfoByPut(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPublicInfo(caller, info);
  }

  @Post('private')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the private info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the private info, seen only by the user itself' })
  @ApiData({ type: 'boolean' })
  setPrivateInfo(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPrivateInfo(caller, info);
  }

  @Put('private')
  @TextBody()
  @ApiBody({ schema: { type: 'string' }, description: 'the private info itself, as a JSON string or text/plain; "" clears it' })
  @ApiOperation({ summary: 'Set the private info, seen only by the user itself (same as POST)' })
  @ApiData({ type: 'boolean' })
  setPrivateInfoByPut(@Caller() caller: CallerContext, @Body(UserInfoBodyPipe) info: string) {
    return this.users.setPrivateInfo(caller, info);
  }

  @Post('username')
  @ApiOperation({ summary: 'Change the username (unique in the app: 10004 when taken)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.UserExists)
  setUsername(@Caller() caller: CallerContext, @Query() query: UserSetUsernameDto) {
    return this.users.setUsername(caller, query.username);
  }

  @Put('username')
  @ApiOperation({ summary: 'Change the username (unique in the app: 10004 when taken) (same as POST)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.UserExists)
  setUsernameByPut(@Caller() caller: CallerContext, @Query() query: UserSetUsernameDto) {
    return this.users.setUsername(caller, query.username);
  }

  @Post('mobile')
  @ApiOperation({ summary: 'Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.WrongVerificationCode, ErrorCode.AlreadyBound, ErrorCode.VerificationRequired)
  setMobile(@Caller() caller: CallerContext, @Query() query: UserSetMobileDto) {
    return this.users.setMobile(caller, query.mobile, query.verification_code);
  }

  @Put('mobile')
  @ApiOperation({ summary: 'Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015) (same as POST)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.WrongVerificationCode, ErrorCode.AlreadyBound, ErrorCode.VerificationRequired)
  setMobileByPut(@Caller() caller: CallerContext, @Query() query: UserSetMobileDto) {
    return this.users.setMobile(caller, query.mobile, query.verification_code);
  }

  @Get('bind_openid')
  @ApiOperation({ summary: 'Bind a third-party open id of a type to the user (10011 when another user holds it)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.AlreadyBound)
  bindOpenId(@Caller() caller: CallerContext, @Query() query: UserBindOpenIdDto) {
    return this.users.bindOpenId(caller, query);
  }
}
