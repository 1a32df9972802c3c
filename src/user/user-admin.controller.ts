import { Body, Controller, Delete, Get, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { UserAdminService } from './user-admin.service';
import {
  UserBatchResultDto,
  UserChangePasswordAdminDto,
  UserChangePasswordDto,
  UserDeleteDto,
  UserIdListDto,
  UserAdminSearchDto,
  UserAdminSearchItemDto,
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
  @ApiOperation({ summary: "Change the password (old one checked); the user's other sessions end" })
  @ApiData({ type: 'boolean' })
  changePassword(@Caller() caller: CallerContext, @Body() body: UserChangePasswordDto) {
    return this.accounts.changePassword(caller, body);
  }

  @Post('change_password_admin')
  @AdminOnly()
  @ApiOperation({ summary: 'Set the password of the user named by the user_id header; all its sessions end (admin token)' })
  @ApiData({ type: 'boolean' })
  changePasswordAdmin(@Caller() caller: CallerContext, @Body() body: UserChangePasswordAdminDto) {
    return this.accounts.changePasswordAdmin(caller, body);
  }

  @Post('delete')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Delete the user (password needed with a user token, not with an admin token acting as it)' })
  @ApiData({ type: 'boolean' })
  delete(@Caller() caller: CallerContext, @Body() body: UserDeleteDto) {
    return this.accounts.delete(caller, body);
  }

  @Delete('delete')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Delete the user (password needed with a user token, not with an admin token acting as it) (same as POST)' })
  @ApiData({ type: 'boolean' })
  deleteByDelete(@Caller() caller: CallerContext, @Body() body: UserDeleteDto) {
    return this.accounts.delete(caller, body);
  }

  @Put('disable')
  @AdminOnly()
  @ApiOperation({ summary: 'Disable users: their tokens stop working and their sockets close (admin token)' })
  @ApiData({ type: 'boolean' })
  disable(@Caller() caller: CallerContext, @Body() body: UserIdListDto) {
    return this.accounts.disable(caller, body.list);
  }

  @Put('enable')
  @AdminOnly()
  @ApiOperation({ summary: 'Enable disabled users again; their unexpired tokens work again (admin token)' })
  @ApiData({ type: 'boolean' })
  enable(@Caller() caller: CallerContext, @Body() body: UserIdListDto) {
    return this.accounts.enable(caller, body.list);
  }

  @Get('list')
  @AdminOnly()
  @ApiOperation({ summary: "The app's users by id, a page at a time, with the total (admin token)" })
  @ApiPage(UserListItemDto, 'A page by page_num and page_size; `total` counts every user of the app. On failure, a business error in `code`.')
  list(@Caller() caller: CallerContext, @Query() query: UserListDto) {
    return this.accounts.list(caller, query);
  }

  @Get('search')
  @AdminOnly()
  @OurExtension()
  @ApiOperation({ summary: "Our extension (admin token): the app's users whose username or nick name contains the keyword, or whose id or email it is, whatever their search privacy; ascending id" })
  @ApiPage(UserAdminSearchItemDto, 'A cursor page (no total). On failure, a business error in `code`.')
  search(@Caller() caller: CallerContext, @Query() query: UserAdminSearchDto) {
    return this.accounts.search(caller, query);
  }

  @Post('profile/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Update up to 100 profiles; each item succeeds or fails on its own (admin token)' })
  @ApiData([UserBatchResultDto], 'One result per item, in order; a failed item carries its reason. On failure, a business error in `code`.')
  updateProfileBatch(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileBatchDto) {
    return this.accounts.updateProfileBatch(caller, body.list);
  }

  @Put('profile/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Update up to 100 profiles; each item succeeds or fails on its own (admin token) (same as POST)' })
  @ApiData([UserBatchResultDto], 'One result per item, in order; a failed item carries its reason. On failure, a business error in `code`.')
  updateProfileBatchByPut(@Caller() caller: CallerContext, @Body() body: UserUpdateProfileBatchDto) {
    return this.accounts.updateProfileBatch(caller, body.list);
  }

  @Post('avatar/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Set up to 100 avatars; each item succeeds or fails on its own (admin token)' })
  @ApiData([UserBatchResultDto], 'One result per item, in order; a failed item carries its reason. On failure, a business error in `code`.')
  setAvatarBatch(@Caller() caller: CallerContext, @Body() body: UserSetAvatarBatchDto) {
    return this.accounts.setAvatarBatch(caller, body.list);
  }

  @Put('avatar/batch')
  @AdminOnly()
  @ApiOperation({ summary: 'Set up to 100 avatars; each item succeeds or fails on its own (admin token) (same as POST)' })
  @ApiData([UserBatchResultDto], 'One result per item, in order; a failed item carries its reason. On failure, a business error in `code`.')
  setAvatarBatchByPut(@Caller() caller: CallerContext, @Body() body: UserSetAvatarBatchDto) {
    return this.accounts.setAvatarBatch(caller, body.list);
  }
}
