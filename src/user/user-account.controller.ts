import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { UserAccountService } from './user-account.service';
import { UserMobileDto, UserResetPasswordDto, UserSetEmailDto } from './user.dto';
import { UserService } from './user.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
@OurExtension()
export class UserAccountController {
  constructor(
    private readonly accounts: UserAccountService,
    private readonly users: UserService,
  ) {}

  @Post('email')
  @ApiOperation({ summary: 'Bind an email (unique in the app: 10011); verification_code as the app requires (10015)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.WrongVerificationCode, ErrorCode.AlreadyBound, ErrorCode.VerificationRequired)
  setEmail(@Caller() caller: CallerContext, @Body() body: UserSetEmailDto) {
    return this.users.setEmail(caller, body.email, body.verification_code);
  }

  @Post('reset_password')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Set a new password with a verification_token of purpose reset_password; every session of the user ends' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.WrongVerificationCode)
  resetPassword(@Caller() caller: CallerContext, @Body() body: UserResetPasswordDto) {
    return this.accounts.resetPassword(caller, body.verification_token, body.password);
  }

  @Post('check_phone_available')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Whether no user of the app has this mobile yet (limited per address like logins: it necessarily tells)' })
  @ApiData({ type: 'boolean', description: 'true when no user of the app has this mobile' })
  checkPhoneAvailable(@Caller() caller: CallerContext, @Body() body: UserMobileDto) {
    return this.accounts.isMobileAvailable(caller, body.mobile);
  }

  @Post('logout')
  @ApiOperation({ summary: 'Revoke the calling user token only and close its sockets' })
  @ApiData({ type: 'boolean' })
  logout(@Caller() caller: CallerContext) {
    return this.accounts.logout(caller);
  }
}
