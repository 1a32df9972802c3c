import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsCursor, IsLimit } from '../common/pagination/page-query';
import { IsId } from '../common/validation';
import { OrgDepartmentRow, OrgMemberRow, OrgMembershipRow } from './org.repository';

export const DEPARTMENT_NAME_MAX = 64;
export const TITLE_MAX = 64;
export const MEMBERS_PER_CALL_MAX = 500;
export const IMPORT_ROWS_MAX = 10_000;
export const MEMBER_LIST_LIMIT = { default: 100, max: 1000 };
const SORT_LIMIT = 1_000_000;

function IsDepartmentName() {
  return applyDecorators(
    ApiProperty({ minLength: 1, maxLength: DEPARTMENT_NAME_MAX }),
    IsString({ message: '$property: must be a string' }),
    Matches(/\S/, { message: '$property: must not be blank' }),
    MaxLength(DEPARTMENT_NAME_MAX, { message: `$property: must be at most ${DEPARTMENT_NAME_MAX} characters` }),
  );
}

function IsSort() {
  return applyDecorators(
    ApiPropertyOptional({ minimum: -SORT_LIMIT, maximum: SORT_LIMIT, default: 0, description: 'order among siblings, ascending (then by id)' }),
    IsOptional(),
    IsInt({ message: '$property: must be an integer' }),
    Min(-SORT_LIMIT, { message: `$property: must be at least -${SORT_LIMIT}` }),
    Max(SORT_LIMIT, { message: `$property: must be at most ${SORT_LIMIT}` }),
  );
}

/** Body of POST /org/department: a new department, at the root when parent_id is absent or null. */
export class OrgDepartmentCreateDto {
  @IsDepartmentName()
  name!: string;

  @IsId({ optional: true, description: 'the parent department; absent or null for a top-level department' })
  parent_id?: number | null;

  @IsSort()
  sort?: number;
}

/** Body of POST/PUT /org/department/name. */
export class OrgDepartmentRenameDto {
  @IsId()
  department_id!: number;

  @IsDepartmentName()
  name!: string;
}

/** Body of POST/PUT /org/department/move: a new parent (null: the root), and optionally a new place among siblings. */
export class OrgDepartmentMoveDto {
  @IsId()
  department_id!: number;

  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'the new parent; null moves the department to the top level' })
  @IsOptional()
  @IsInt({ message: '$property: must be an integer id or null' })
  @Min(1, { message: '$property: must be an integer id or null' })
  parent_id!: number | null;

  @IsSort()
  sort?: number;
}

/** Query naming one department. */
export class OrgDepartmentQueryDto {
  @NumberFromText()
  @IsId()
  department_id!: number;
}

/** Query of GET /org/department/members. */
export class OrgMemberListQueryDto extends OrgDepartmentQueryDto {
  @IsCursor()
  cursor?: string;

  @IsLimit(MEMBER_LIST_LIMIT)
  limit: number = MEMBER_LIST_LIMIT.default;
}

/** Query of GET /org/user/departments. */
export class OrgUserQueryDto {
  @NumberFromText()
  @IsId({ description: 'the user whose departments to list' })
  user_id!: number;
}

/** One member of a department: its title and manager (any user of the app but the member). */
export class OrgMemberInputDto {
  @IsId()
  user_id!: number;

  @ApiPropertyOptional({ type: 'string', maxLength: TITLE_MAX, nullable: true, description: 'job title; absent, null or "" for none' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(TITLE_MAX, { message: `$property: must be at most ${TITLE_MAX} characters` })
  title?: string | null;

  @IsId({ optional: true, description: "the member's manager; absent or null for none" })
  manager_id?: number | null;
}

/** Body of POST /org/department/members: add members, or change the title and manager of existing ones. */
export class OrgMembersSetDto {
  @IsId()
  department_id!: number;

  @ApiProperty({ type: [OrgMemberInputDto], minItems: 1, maxItems: MEMBERS_PER_CALL_MAX })
  @IsArray({ message: '$property: must be an array of {user_id, title, manager_id}' })
  @ArrayMinSize(1, { message: '$property: must hold at least one member' })
  @ArrayMaxSize(MEMBERS_PER_CALL_MAX, { message: `$property: must hold at most ${MEMBERS_PER_CALL_MAX} members; use /org/import for more` })
  @ValidateNested({ each: true })
  @Type(() => OrgMemberInputDto)
  members!: OrgMemberInputDto[];
}

/** Body of POST /org/department/members/remove. */
export class OrgMembersRemoveDto {
  @IsId()
  department_id!: number;

  @ApiProperty({ type: [Number], minItems: 1, maxItems: MEMBERS_PER_CALL_MAX })
  @IsArray({ message: '$property: must be an array of user ids' })
  @ArrayMinSize(1, { message: '$property: must hold at least one user id' })
  @ArrayMaxSize(MEMBERS_PER_CALL_MAX, { message: `$property: must hold at most ${MEMBERS_PER_CALL_MAX} user ids` })
  @IsInt({ each: true, message: '$property: must hold integer user ids' })
  @Min(1, { each: true, message: '$property: must hold integer user ids' })
  user_list!: number[];
}

/** One row of POST /org/import (a JSON array item, or a CSV line `department_id,user_id,title,manager_id`). */
export class OrgImportRowDto extends OrgMemberInputDto {
  @IsId()
  department_id!: number;
}

export class OrgDepartmentDto {
  @ApiProperty({ format: 'int64' }) department_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'null for a top-level department' }) parent_id!: number | null;
  @ApiProperty() sort!: number;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) updated_at!: number;
}

export class OrgMemberDto {
  @ApiProperty({ format: 'int64' }) department_id!: number;
  @ApiProperty({ format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: 'string', nullable: true }) nick_name!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) title!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true }) manager_id!: number | null;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) updated_at!: number;
}

/** A department a user belongs to, with the user's title and manager there. */
export class OrgMembershipDto {
  @ApiProperty({ format: 'int64' }) department_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) title!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true }) manager_id!: number | null;
}

export class OrgImportResultDto {
  @ApiProperty({ description: 'rows stored: members added or updated' }) imported!: number;
}

export function mapDepartment(row: OrgDepartmentRow): OrgDepartmentDto {
  return { department_id: row.id, name: row.name, parent_id: row.parentId, sort: row.sort, created_at: row.createdAt.getTime(), updated_at: row.updatedAt.getTime() };
}

export function mapMember(row: OrgMemberRow): OrgMemberDto {
  return {
    department_id: row.departmentId,
    user_id: row.userId,
    username: row.username,
    nick_name: row.nickName,
    avatar: row.avatar,
    title: row.title,
    manager_id: row.managerId,
    updated_at: row.updatedAt.getTime(),
  };
}

export function mapMembership(row: OrgMembershipRow): OrgMembershipDto {
  return { department_id: row.departmentId, name: row.name, title: row.title, manager_id: row.managerId };
}
