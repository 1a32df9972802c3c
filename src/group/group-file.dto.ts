import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsId, MAX_ID } from '../common/validation';
import { GroupFileEntity } from './group-record.entity';
import { GroupIdQueryDto } from './group.dto';
import { NumberFromText } from '../common/number-text';

/** Limits of a shared-file record (ours; MaxIM publishes none). */
export const GROUP_FILE_LIMITS = {
  nameLength: 255,
  typeLength: 128,
  urlLength: 2048,
  /** 10 GiB, in bytes. */
  size: 10 * 1024 ** 3,
  /** Most files one POST/DELETE /group/file/delete takes. */
  deleteBatch: 100,
} as const;

/** Not blank, not "." or "..", no path separator (/ or \) and no control character: a name, never a path. */
const FILE_NAME_PATTERN = /^(?!\.{1,2}$)(?=.*\S)[^/\\\x00-\x1f\x7f]+$/;

function IsFileName() {
  return applyDecorators(
    ApiProperty({ maxLength: GROUP_FILE_LIMITS.nameLength, pattern: FILE_NAME_PATTERN.source }),
    IsString({ message: '$property: must be a string' }),
    MaxLength(GROUP_FILE_LIMITS.nameLength, { message: `$property: must be at most ${GROUP_FILE_LIMITS.nameLength} characters` }),
    Matches(FILE_NAME_PATTERN, { message: '$property: must be a file name: not blank, not "." or "..", without / \\ or control characters' }),
  );
}

/** Body of POST /group/file/upload (MaxIM GroupSharedFileRequest): records a file whose bytes are already stored. */
export class GroupFileUploadDto {
  @IsId()
  group_id!: number;

  @IsFileName()
  name!: string;

  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0, maximum: GROUP_FILE_LIMITS.size, description: 'bytes' })
  @IsInt({ message: '$property: must be an integer number of bytes' })
  @Min(0, { message: '$property: must be at least 0' })
  @Max(GROUP_FILE_LIMITS.size, { message: `$property: must be at most ${GROUP_FILE_LIMITS.size} bytes (10 GiB)` })
  size!: number;

  @ApiPropertyOptional({ type: 'string', maxLength: GROUP_FILE_LIMITS.typeLength, description: 'free text, for example a MIME type' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(GROUP_FILE_LIMITS.typeLength, { message: `$property: must be at most ${GROUP_FILE_LIMITS.typeLength} characters` })
  type?: string | null;

  @ApiProperty({ maxLength: GROUP_FILE_LIMITS.urlLength })
  @IsString({ message: '$property: must be a string' })
  @Matches(/\S/, { message: '$property: must not be blank' })
  @MaxLength(GROUP_FILE_LIMITS.urlLength, { message: `$property: must be at most ${GROUP_FILE_LIMITS.urlLength} characters` })
  url!: string;
}

/** Query `?group_id=&file_id=` of GET /group/file. */
export class GroupFileQueryDto extends GroupIdQueryDto {
  @IsId()
  @NumberFromText()
  file_id!: number;
}

/** Body of POST/PUT /group/file/update_name (MaxIM GroupSharedFileUpdateRequest). */
export class GroupFileRenameDto {
  @IsId()
  group_id!: number;

  @IsId()
  file_id!: number;

  @IsFileName()
  name!: string;
}

/** Body of POST/DELETE /group/file/delete (MaxIM GroupSharedFileDeleteRequest). */
export class GroupFileDeleteDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: GROUP_FILE_LIMITS.deleteBatch, description: 'file ids' })
  @IsArray({ message: 'file_list: must be an array of file ids' })
  @ArrayMinSize(1, { message: 'file_list: must hold at least one file id' })
  @ArrayMaxSize(GROUP_FILE_LIMITS.deleteBatch, { message: `file_list: must hold at most ${GROUP_FILE_LIMITS.deleteBatch} file ids` })
  @IsInt({ each: true, message: 'file_list: every item must be an integer file id' })
  @Min(1, { each: true, message: 'file_list: every item must be a positive file id' })
  @Max(MAX_ID, { each: true, message: `file_list: every item must be at most ${MAX_ID}` })
  file_list!: number[];
}

/** A shared-file record (MaxIM GroupSharedFileDto). */
export class GroupFileDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) file_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'bytes' }) size!: number;
  @ApiProperty({ type: 'string', nullable: true }) type!: string | null;
  @ApiProperty() url!: string;
  @ApiProperty({ type: 'integer', nullable: true, format: 'int64', description: "the uploader's user id; null when the app recorded it as the group's admin" })
  uploader!: number | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) updated_at!: number;
}

/** One file's outcome in POST/DELETE /group/file/delete (MaxIM GroupSharedFileResponse). */
export class GroupFileDeleteResultDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) file_id!: number;
  @ApiProperty({ type: 'string', enum: ['success', 'fail'] }) result!: 'success' | 'fail';
  @ApiProperty({ type: 'string', nullable: true }) reason!: string | null;
}

export function mapGroupFile(row: GroupFileEntity): GroupFileDto {
  return {
    file_id: row.id,
    group_id: row.groupId,
    name: row.name,
    size: row.size,
    type: row.type,
    url: row.url,
    uploader: row.uploaderId,
    created_at: row.createdAt.getTime(),
    updated_at: row.updatedAt.getTime(),
  };
}
