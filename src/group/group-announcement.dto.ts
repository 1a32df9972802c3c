import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsId } from '../common/validation';
import { GroupAnnouncementEntity } from './group-record.entity';
import { GroupIdQueryDto } from './group.dto';
import { NumberFromText } from '../common/number-text';

/** Longest announcement title and content, in characters (ours; MaxIM publishes none). */
export const ANNOUNCEMENT_TITLE_MAX = 128;
export const ANNOUNCEMENT_CONTENT_MAX = 4096;

/** Body of POST /group/announcement/edit (MaxIM GroupAnnouncementRequest): publishes a new announcement. */
export class GroupAnnouncementEditDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ maxLength: ANNOUNCEMENT_TITLE_MAX, description: 'may be empty' })
  @IsString({ message: '$property: must be a string' })
  @MaxLength(ANNOUNCEMENT_TITLE_MAX, { message: `$property: must be at most ${ANNOUNCEMENT_TITLE_MAX} characters` })
  title!: string;

  @ApiProperty({ minLength: 1, maxLength: ANNOUNCEMENT_CONTENT_MAX })
  @IsString({ message: '$property: must be a string' })
  @Matches(/\S/, { message: '$property: must not be blank' })
  @MaxLength(ANNOUNCEMENT_CONTENT_MAX, { message: `$property: must be at most ${ANNOUNCEMENT_CONTENT_MAX} characters` })
  content!: string;
}

/** Query `?group_id=&announcement_id=` of GET /group/announcement and /group/announcement/delete. */
export class GroupAnnouncementQueryDto extends GroupIdQueryDto {
  @IsId()
  @NumberFromText()
  announcement_id!: number;
}

/** An announcement (MaxIM 获取群公告返回内容). */
export class GroupAnnouncementDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty() title!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ type: 'integer', nullable: true, format: 'int64', description: "the author's user id; null when the app published it as the group's admin" })
  author!: number | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
}

export function mapAnnouncement(row: GroupAnnouncementEntity): GroupAnnouncementDto {
  return { id: row.id, group_id: row.groupId, title: row.title, content: row.content, author: row.authorId, created_at: row.createdAt.getTime() };
}
