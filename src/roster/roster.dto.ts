import { applyDecorators, PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiError } from '../common/errors/error-codes';
import { IsId, MAX_ID } from '../common/validation';
import { AUTH_TEXT_MAX_LENGTH } from '../user/user-settings.dto';
import { AuthMode } from '../user/user-settings.entity';
import { MOBILE_PATTERN } from '../user/user.dto';
import { RosterApplicationEntity, RosterItemStatus, StoredApplicationStatus } from './roster.entity';
import { RosterProfileRow, RosterRelationship } from './roster.repository';
import { NumberFromText } from '../common/number-text';
import { WithoutNullFields } from '../common/openapi/without-null-fields';
import { IsCursor, IsLimit } from '../common/pagination/page-query';

/** `relation` of RosterItemDto. */
export enum RosterRelation {
  Friend = 0,
  DeletedFriend = 1,
  Stranger = 2,
  Blocked = 3,
}

/** `status` of RosterApplicationDto: MaxIM's 0-2, and 3 for a pending request past its expiry (ours). */
export enum ApplicationStatus {
  Pending = 0,
  Accepted = 1,
  Declined = 2,
  Expired = 3,
}

/** Limits (ours; MaxIM publishes none), in characters or items. README of this module lists them. */
export const ALIAS_MAX = 64;
export const REASON_MAX = 256;
export const EXT_MAX = 1024;
export const APPLY_BATCH_MAX = 100;
export const DETAILS_MAX = 500;
export const ROSTER_LIST_LIMIT = { default: 1000, max: 1000 };
export const APPLICATION_LIST_LIMIT = { default: 100, max: 100 };

// Query strings arrive as text and the global pipe converts nothing implicitly: integers (NumberFromText) and
// exactly "true"/"false" become values, anything else stays as sent so the validators name it.
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

function IsText(maxLength: number, description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: 'string', maxLength, description, nullable: true }),
    IsOptional(),
    IsString({ message: '$property: must be a string' }),
    MaxLength(maxLength, { message: `$property: must be at most ${maxLength} characters` }),
  );
}

/** Query `user_id` of accept, block, unblock, delete and /roster/id: the other user. */
export class RosterUserQueryDto {
  @NumberFromText()
  @IsId({ description: 'the other user' })
  user_id!: number;
}

/** Body of /roster/apply (MaxIM RosterApplicationRequest). */
export class RosterApplyDto {
  @IsId({ description: 'the user asked to become a friend' })
  user_id!: number;

  @IsText(ALIAS_MAX, "the applicant's name for the target, kept on the applicant's side once friends")
  alias?: string | null;

  @IsText(REASON_MAX, 'shown to the target with the request')
  reason?: string | null;

  @IsText(AUTH_TEXT_MAX_LENGTH, "the answer to the target's auth_question (auth_mode 2)")
  auth_answer?: string | null;
}

/** One item of the /roster/apply/batch array (MaxIM RosterApplication); checked item by item. */
export class RosterApplyBatchItemDto {
  @IsId({ description: 'the user asked to become a friend' })
  user_id!: number;

  @IsText(ALIAS_MAX, "the applicant's name for the target")
  alias?: string | null;

  @IsText(REASON_MAX, 'shown to the target with the request')
  reason?: string | null;
}

/**
 * The /roster/apply/batch body is a bare JSON array (as MaxIM's swagger has it). The array itself
 * must be readable; each item is then validated on its own so one bad item fails alone.
 */
export class RosterApplyBatchPipe implements PipeTransform<unknown, unknown[]> {
  transform(value: unknown): unknown[] {
    if (value === undefined || value === null) {
      throw ApiError.badParameter('body: is required; send a JSON array of {user_id, alias, reason}');
    }
    if (!Array.isArray(value)) throw ApiError.badParameter('body: must be a JSON array of {user_id, alias, reason}');
    if (value.length === 0) throw ApiError.badParameter('body: must hold at least one application');
    if (value.length > APPLY_BATCH_MAX) throw ApiError.badParameter(`body: must hold at most ${APPLY_BATCH_MAX} applications`);
    return value;
  }
}

export class RosterApplyFailDto {
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'null when the item named no valid user id' }) user_id!: number | null;
  @ApiProperty() reason!: string;
}

/** MaxIM BatchApplyDto. */
export class RosterApplyBatchResultDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, description: 'user ids whose item succeeded (friends, or request stored)' }) success!: number[];
  @ApiProperty({ type: [RosterApplyFailDto] }) fails!: RosterApplyFailDto[];
}

/** Body of /roster/decline (MaxIM DeclineRequest). */
export class RosterDeclineDto {
  @IsId({ description: 'the applicant whose request is declined' })
  user_id!: number;

  @IsText(REASON_MAX, 'told to the applicant')
  reason?: string | null;
}

/** Body of /roster/ext (MaxIM RosterExtRequest): only the fields sent change; "" or null clears alias and ext. */
export class RosterExtDto {
  @IsId({ description: 'the friend' })
  user_id!: number;

  @IsText(ALIAS_MAX, "the caller's private name for the friend")
  alias?: string | null;

  @IsText(EXT_MAX, "the caller's private data about the friend")
  ext?: string | null;

  @ApiPropertyOptional({ type: 'boolean', description: 'true: no notifications for messages from this friend' })
  @IsOptional()
  @IsBoolean({ message: '$property: must be true or false' })
  mute_notification?: boolean | null;
}

/** Query of GET /roster/list. */
export class RosterListQueryDto {
  @IsCursor()
  cursor?: string;

  @IsLimit(ROSTER_LIST_LIMIT)
  limit: number = ROSTER_LIST_LIMIT.default;
}

/** Query of GET /roster/apply/list. */
export class RosterApplicationListQueryDto {
  @IsCursor()
  cursor?: string;

  @IsLimit(APPLICATION_LIST_LIMIT)
  limit: number = APPLICATION_LIST_LIMIT.default;
}

/** Body of POST /roster/list (MaxIM ListRequest«long»). */
export class RosterDetailsDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: DETAILS_MAX, description: 'user ids (int64)' })
  @IsArray({ message: 'list: must be an array of user ids' })
  @ArrayMinSize(1, { message: 'list: must hold at least one user id' })
  @ArrayMaxSize(DETAILS_MAX, { message: `list: must hold at most ${DETAILS_MAX} user ids` })
  @IsInt({ each: true, message: 'list: every item must be an integer user id' })
  @Min(1, { each: true, message: 'list: every item must be a positive user id' })
  @Max(MAX_ID, { each: true, message: `list: every item must be at most ${MAX_ID}` })
  list!: number[];
}

/** Query of GET /roster/may_message. */
export class RosterMayMessageQueryDto {
  @NumberFromText()
  @IsId({ description: 'the sender' })
  user_id!: number;

  @NumberFromText()
  @IsId({ description: 'the receiver' })
  roster_id!: number;
}

/** Query of GET /roster/name. */
export class RosterSearchNameDto {
  @ApiProperty({ minLength: 1, maxLength: 64 })
  @IsString({ message: 'username: must be a string' })
  @MinLength(1, { message: 'username: must not be empty' })
  @MaxLength(64, { message: 'username: must be at most 64 characters' })
  username!: string;
}

/** Query of GET /roster/mobile. */
export class RosterSearchMobileDto {
  @ApiProperty({ pattern: MOBILE_PATTERN.source })
  @IsString({ message: 'mobile: must be a string' })
  @Matches(MOBILE_PATTERN, { message: 'mobile: must be a mainland China mobile number or +<country code><number>' })
  mobile!: string;
}

/** Query of POST/PUT /roster/mobile_search (our extension). */
export class RosterMobileSearchDto {
  @ApiProperty({ description: 'true (default): others may find the caller by mobile number' })
  @Transform(toBoolean)
  @IsBoolean({ message: 'value: must be true or false' })
  value!: boolean;
}

/** MaxIM RosterItemDto: a user's public profile seen by the caller, with the caller's private fields about them. */
export class RosterItemDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: 'string', nullable: true }) nick_name!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) public_info!: string | null;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3], description: '0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all' }) auth_mode!: number;
  @ApiProperty({ type: 'string', nullable: true, description: 'only when auth_mode is 2' }) auth_question!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the caller's private name for this user" }) alias!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the caller's private data about this user" }) ext!: string | null;
  @ApiProperty() mute_notification!: boolean;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3], description: '0 friend; 1 deleted friend; 2 stranger; 3 blocked by the caller' }) relation!: number;
}

/** POST /roster/list leaves unset fields out (@OmitNullFields). */
export const RosterItemWithoutNullsDto = WithoutNullFields(RosterItemDto);

/** Answer of GET /roster/relation (our extension): how the caller and user_id stand. */
export class RosterRelationshipDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ description: 'each has the other as a friend (friendship is always mutual here)' }) friends!: boolean;
  @ApiProperty({ description: 'the caller blocks user_id' }) blocking!: boolean;
  @ApiProperty({ description: 'user_id blocks the caller' }) blocked_by!: boolean;
}

export function mapRosterRelationship(userId: number, relationship: RosterRelationship): RosterRelationshipDto {
  return { user_id: userId, friends: relationship.friends, blocking: relationship.blocking, blocked_by: relationship.blockedBy };
}

/** MaxIM RosterApplicationDto: a friend request the caller received. */
export class RosterApplicationDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'the applicant' }) user_id!: number;
  @ApiProperty({ type: 'string', nullable: true }) reason!: string | null;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3], description: '0 pending; 1 accepted; 2 declined; 3 expired (ours)' }) status!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'when a pending request expires, epoch milliseconds' }) expired_time!: number;
}

export function mapRosterItem(row: RosterProfileRow): RosterItemDto {
  return {
    user_id: row.userId,
    username: row.username,
    nick_name: row.nickName,
    avatar: row.avatar,
    description: row.description,
    public_info: row.publicInfo,
    auth_mode: row.authMode,
    auth_question: row.authMode === AuthMode.Answer ? row.authQuestion : null,
    alias: row.alias,
    ext: row.ext,
    mute_notification: row.muteNotification ?? false,
    relation: relationOf(row),
  };
}

/** The block wins over friendship: a blocked friend is still a friend, but the caller must see the block. */
function relationOf(row: RosterProfileRow): RosterRelation {
  if (row.blocked) return RosterRelation.Blocked;
  if (row.rosterStatus === RosterItemStatus.Friend) return RosterRelation.Friend;
  if (row.rosterStatus === RosterItemStatus.Deleted) return RosterRelation.DeletedFriend;
  return RosterRelation.Stranger;
}

export function mapRosterApplication(application: RosterApplicationEntity, now: Date): RosterApplicationDto {
  const expired = application.status === StoredApplicationStatus.Pending && application.expiresAt.getTime() <= now.getTime();
  return {
    user_id: application.applicantId,
    reason: application.reason,
    status: expired ? ApplicationStatus.Expired : (application.status as number),
    expired_time: application.expiresAt.getTime(),
  };
}
