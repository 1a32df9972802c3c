import { Body, Controller, Headers, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller, Public } from '../common/auth/auth.decorators';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { TokenByCodeDto, TokenByLoginNameDto, TokenByUserIdDto, TokenByUsernameDto, TokenIssueDto, TokenResponseDto } from './token.dto';
import { LoginService } from './login.service';

/** A password login is refused alike for unknown users and wrong passwords; disabled users hear it after a right one; failed logins bring a captcha. */
const PASSWORD_LOGIN_ERRORS = [ErrorCode.LoginFailed, ErrorCode.UserDisabled, ErrorCode.CaptchaRequired];

@ApiTags('token')
@ApiHeader({ name: 'app_id', required: true })
@Controller('token')
@Public()
@UseGuards(AuthRateLimitGuard)
export class TokenController {
  constructor(private readonly login: LoginService) {}

  @Post('user')
  @ApiOperation({ summary: 'User token by username and password' })
  @ApiData(TokenResponseDto)
  @ApiErrors(...PASSWORD_LOGIN_ERRORS)
  byUsername(@Caller() caller: CallerContext, @Body() body: TokenByUsernameDto, @Headers('user-agent') userAgent?: string) {
    return this.login.login(caller, { username: body.name }, body.password, body.device_guid, userAgent ?? null, body);
  }

  @Post('id')
  @ApiOperation({ summary: 'User token by user id and password' })
  @ApiData(TokenResponseDto)
  @ApiErrors(...PASSWORD_LOGIN_ERRORS)
  byUserId(@Caller() caller: CallerContext, @Body() body: TokenByUserIdDto, @Headers('user-agent') userAgent?: string) {
    return this.login.login(caller, { userId: body.user_id }, body.password, body.device_guid, userAgent ?? null, body);
  }

  @Post('login')
  @ApiOperation({ summary: 'User token by username, mobile or email, and password' })
  @ApiData(TokenResponseDto)
  @ApiErrors(...PASSWORD_LOGIN_ERRORS)
  byLoginName(@Caller() caller: CallerContext, @Body() body: TokenByLoginNameDto, @Headers('user-agent') userAgent?: string) {
    return this.login.login(caller, { loginName: body.login_name }, body.password, body.device_guid, userAgent ?? null, body);
  }

  @Post('code')
  @OurExtension()
  @ApiOperation({ summary: 'User token by a login code sent to a mobile or email (answers like /token/user; signs up when the app allows)' })
  @ApiData(TokenResponseDto)
  @ApiErrors(ErrorCode.WrongVerificationCode, ErrorCode.UserDisabled, ErrorCode.NoPermission)
  byCode(@Caller() caller: CallerContext, @Body() body: TokenByCodeDto, @Headers('user-agent') userAgent?: string) {
    return this.login.loginByCode(caller, body, userAgent ?? null);
  }

  @Post('issue')
  @AdminOnly()
  @OurExtension()
  @ApiOperation({ summary: "A user token for one of the app's users, without its password (admin token; GoBelieve's server-issued token)" })
  @ApiData(TokenResponseDto)
  @ApiErrors(ErrorCode.UserNotFound, ErrorCode.UserDisabled)
  issue(@Caller() caller: CallerContext, @Body() body: TokenIssueDto, @Headers('user-agent') userAgent?: string) {
    return this.login.issueForUser(caller, body, userAgent ?? null);
  }
}
