import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { TextBody } from '../common/content-type';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import {
  IMPORT_ROWS_MAX,
  OrgDepartmentCreateDto,
  OrgDepartmentDto,
  OrgDepartmentMoveDto,
  OrgDepartmentQueryDto,
  OrgDepartmentRenameDto,
  OrgImportResultDto,
  OrgImportRowDto,
  OrgMemberDto,
  OrgMemberListQueryDto,
  OrgMembersRemoveDto,
  OrgMembershipDto,
  OrgMembersSetDto,
  OrgUserQueryDto,
} from './org.dto';
import { OrgService } from './org.service';

const ADMIN_ONLY = "the app's admin token, without user_id or group_id";

/**
 * Organisation departments (all ours). Changes need the app's admin token acting as no one;
 * reads are open to every caller of the app. Where a change has two methods, each has a handler.
 */
@ApiTags('org')
@ApiHeader({ name: 'app_id', required: true })
@Controller('org')
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Post('department')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: `Our extension: create a department, at the top level or under parent_id (${ADMIN_ONLY})` })
  create(@Caller() caller: CallerContext, @Body() body: OrgDepartmentCreateDto) {
    return this.org.create(caller, body);
  }

  @Get('department')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: 'Our extension: one department (any caller of the app)' })
  department(@Caller() caller: CallerContext, @Query() query: OrgDepartmentQueryDto) {
    return this.org.department(caller, query.department_id);
  }

  @Delete('department')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: `Our extension: delete a department without sub-departments, with its memberships (${ADMIN_ONLY})` })
  remove(@Caller() caller: CallerContext, @Query() query: OrgDepartmentQueryDto) {
    return this.org.remove(caller, query.department_id);
  }

  @Post('department/name')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: `Our extension: rename a department (${ADMIN_ONLY})` })
  rename(@Caller() caller: CallerContext, @Body() body: OrgDepartmentRenameDto) {
    return this.org.rename(caller, body);
  }

  @Put('department/name')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: `Our extension: rename a department (${ADMIN_ONLY}; same as POST)` })
  renameByPut(@Caller() caller: CallerContext, @Body() body: OrgDepartmentRenameDto) {
    return this.org.rename(caller, body);
  }

  @Post('department/move')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: `Our extension: move a department with its subtree under parent_id, or to the top level with null (${ADMIN_ONLY})` })
  move(@Caller() caller: CallerContext, @Body() body: OrgDepartmentMoveDto) {
    return this.org.move(caller, body);
  }

  @Put('department/move')
  @OurExtension()
  @ApiData(OrgDepartmentDto)
  @ApiOperation({ summary: `Our extension: move a department (${ADMIN_ONLY}; same as POST)` })
  moveByPut(@Caller() caller: CallerContext, @Body() body: OrgDepartmentMoveDto) {
    return this.org.move(caller, body);
  }

  @Get('department/list')
  @OurExtension()
  @ApiData([OrgDepartmentDto])
  @ApiOperation({ summary: 'Our extension: every department of the app, by parent, sort and id (SealTalk /dept/all; any caller of the app)' })
  listDepartments(@Caller() caller: CallerContext) {
    return this.org.listDepartments(caller);
  }

  @Get('department/members')
  @OurExtension()
  @ApiPage(OrgMemberDto)
  @ApiOperation({ summary: "Our extension: a department's members with title and manager, in user id order (cursor paginated; any caller of the app)" })
  listMembers(@Caller() caller: CallerContext, @Query() query: OrgMemberListQueryDto) {
    return this.org.listMembers(caller, query);
  }

  @Post('department/members')
  @OurExtension()
  @ApiData(OrgImportResultDto)
  @ApiOperation({ summary: `Our extension: add up to 500 members to a department, or change their title and manager (${ADMIN_ONLY})` })
  setMembers(@Caller() caller: CallerContext, @Body() body: OrgMembersSetDto) {
    return this.org.setMembers(caller, body);
  }

  @Post('department/members/remove')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: `Our extension: remove users from a department (${ADMIN_ONLY})` })
  removeMembers(@Caller() caller: CallerContext, @Body() body: OrgMembersRemoveDto) {
    return this.org.removeMembers(caller, body);
  }

  @Get('user/departments')
  @OurExtension()
  @ApiData([OrgMembershipDto])
  @ApiOperation({ summary: "Our extension: the departments a user is in, with the user's title and manager in each (any caller of the app)" })
  memberships(@Caller() caller: CallerContext, @Query() query: OrgUserQueryDto) {
    return this.org.memberships(caller, query.user_id);
  }

  @Post('import')
  @OurExtension()
  @TextBody()
  @ApiBody({
    description: `Up to ${IMPORT_ROWS_MAX} members: a JSON array of rows, or CSV as text/plain with the header department_id,user_id,title,manager_id`,
    type: [OrgImportRowDto],
  })
  @ApiData(OrgImportResultDto)
  @ApiOperation({ summary: `Our extension: batch import of up to ${IMPORT_ROWS_MAX} members (JSON or CSV), all or nothing (${ADMIN_ONLY})` })
  import(@Caller() caller: CallerContext, @Body() body: unknown) {
    return this.org.import(caller, body);
  }
}
