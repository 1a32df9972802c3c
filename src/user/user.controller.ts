import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { UserRegisterBatchDto, UserRegisterDto, UserRegisterV2Dto } from './user.dto';
import { UserService } from './user.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Post('register')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a user (username, password, optional mobile and email)' })
  register(@Caller() caller: CallerContext, @Body() body: UserRegisterDto) {
    return this.users.register(caller, body);
  }

  @Post('register/v2')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Register a user (username, password)' })
  registerV2(@Caller() caller: CallerContext, @Body() body: UserRegisterV2Dto) {
    return this.users.register(caller, body);
  }

  @Post('register/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Register up to 100 users; each item succeeds or fails on its own (admin token)' })
  registerBatch(@Caller() caller: CallerContext, @Body() body: UserRegisterBatchDto) {
    return this.users.registerBatch(caller, body.list);
  }

  @Get('profile')
  @ApiOperation({ summary: "The calling user's own profile" })
  profile(@Caller() caller: CallerContext) {
    return this.users.profile(caller);
  }
}
