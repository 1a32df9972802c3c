import { Body, Controller, Delete, Get, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { UserAdminService } from './user-admin.service';
import {
  UserBatchResultDto,
  UserChangePasswordAdminDto,
  UserChangePasswordDto,
  UserDeleteDto,
  UserIdListDto,
  UserListDto,
  UserListItemDto,
  UserSetAvatarBatchDto,
  UserUpdateProfileBatchDto,
} from './user.dto';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT (or DELETE) each has a handler.
@Controller('user')
export class UserAdminController {
  constructor(private readonly accounts: UserAdminService) {}

  @Post('change_password')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: "Change the password (old one checked); the user's other sessions end", description: 'Business errors: 10002 bad input or wrong old_password; 10000 user gone; 10010 admin token without user_id.' })
  @ApiData({ type: 'boolean' })
  changePassword(@Caller() caller: CallerContext, @Body() body: UserChangePasswordDto) {
    return this.accounts.changePassword(caller, body);
  }

  @Post('change_password_admin')
  @AdminOnly()
  @ApiOperation({ summary: 'Set the password of the user named by the user_id header; all its sessions end (admin token)', description: 'Business errors: 10002 bad input; 10000 user gone; 10010 not an admin token, or no user_id header.' })
  @ApiData({ type: 'boolean' })
  changePasswordAdmin(@Caller() caller: CallerContext, @Body() body: UserChangePasswordAdminDto) {
    return this.accounts.changePasswordAdmin(caller, body);
  }

  @Post('delete')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Delete the user (password needed with a user token, not with an admin token acting as it)', description: 'Business errors: 10002 bad input, or password missing or wrong with a user token; 10000 user gone; 10010 admin token without user_id, or the user still owns groups.' })
  @ApiData({ type: 'boolean' })
  delete(@Caller() caller: CallerContext, @Body() body: UserDeleteDto) {
    return this.accounts.delete(caller, body);
  }

  @Delete('delete')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Delete the user (password needed with a user token, not with an admin token acting as it) (same as POST)', description: 'Business errors: 10002 bad input, or password missing or wrong with a user token; 10000 user gone; 10010 admin token without user_id, or the user still owns groups.' })
  @ApiData({ type: 'boolean' })
  deleteByDelete(@Caller() caller: CallerContext, @Body() body: UserDeleteDto) {
    return this.accounts.delete(caller, body);
  }

  @Put('disable')
  @AdminOnly()
  @ApiOperation({ summary: 'Disable users: their tokens stop working and their sockets close (admin token)', description: 'Business errors: 10002 bad list; 10000 a listed user does not exist (nothing changed); 10010 not an admin token.' })
  @ApiData({ type: 'boolean' })
  disable(@Caller() caller: CallerContext, @Body() body: UserIdListDto) {
    return this.accounts.disable(caller, body.list);
  }

  @Put('enable')
  @AdminOnly()
  @ApiOperation({ summary: 'Enable disabled users again; their unexpired tokens work again (admin token)', description: 'Business errors: 10002 bad list; 10000 a listed user does not exist (nothing changed); 10010 not an admin token.' })
  @ApiData({ type: 'boolean' })
  enable(@Caller() caller: CallerContext, @Body() body: UserIdListDto) {
    return this.accounts.enable(caller, body.list);
  }

  @Get('list')
  @AdminOnly()
  @ApiOperation({ summary: "The app's users by id, a page at a time, with the total (admin token)", description: 'A page by page_num and page_size; `total` counts every user of the app. Business errors: 10002 bad paging; 10010 not an admin token.' })
  @ApiPage(UserListItemDto)
  list(@Caller() caller: CallerContext, @Query() query: UserListDto) {
    return this.accounts.list(caller, query);
  }

  @Post('profile/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Update up to 100 profiles; each item succeeds or fails on its own (admin token)', description: 'One result per item, in order; a failed item carries its reason. Business errors: 10002 bad list; 10010 not an admin token.' })
  @ApiData([UserBatchResultDto])
  updateProfileBatch(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileBatchDto) {
    return this.accounts.updateProfileBatch(caller, body.list);
  }

  @Put('profile/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Update up to 100 profiles; each item succeeds or fails on its own (admin token) (same as POST)', description: 'One result per item, in order; a failed item carries its reason. Business errors: 10002 bad list; 10010 not an admin token.' })
  @ApiData([UserBatchResultDto])
  updateProfileBatchByPut(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileBatchDto) {
    return this.accounts.updateProfileBatch(caller, body.list);
  }

  @Post('avatar/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Set up to 100 avatars; each item succeeds or fails on its own (admin token)', description: 'One result per item, in order; a failed item carries its reason. Business errors: 10002 bad list; 10010 not an admin token.' })
  @ApiData([UserBatchResultDto])
  setAvatarBatch(@Caller() caller: CallerContext, @Body() body: UserSetAvatarBatchDto) {
    return this.accounts.setAvatarBatch(caller, body.list);
  }

  @Put('avatar/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Set up to 100 avatars; each item succeeds or fails on its own (admin token) (same as POST)', description: 'One result per item, in order; a failed item carries its reason. Business errors: 10002 bad list; 10010 not an admin token.' })
  @ApiData([UserBatchResultDto])
  setAvatarBatchByPut(@Caller() caller: CallerContext, @Body() body: UserSetAvatarBatchDto) {
    return this.accounts.setAvatarBatch(caller, body.list);
  }
}
