import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsId, MAX_ID } from '../common/validation';
import { GROUP_INFO_MAX_LENGTH, GroupInfoResponseDto } from './group-info.dto';
import { GroupMemberEntity, MsgMuteMode, MsgPushMode } from './group-member.entity';
import { GROUP_BATCH_MAX, GroupBatchResultDto, GroupIdQueryDto } from './group.dto';
import { GroupType } from './group.entity';
import { NumberFromText } from '../common/number-text';
import { WithoutNullFields } from '../common/openapi/without-null-fields';

/** Paging of GET /group/member_list: MaxIM's default, and ours as the most one page holds. */
export const MEMBER_LIST_LIMIT = { default: 1000, max: 1000 };

/** Longest group display name (a member's card in one group), in characters (ours; MaxIM publishes none). */
export const DISPLAY_NAME_MAX_LENGTH = 64;

const GROUP_TYPES = [GroupType.Private, GroupType.Public, GroupType.Chatroom];
const MUTE_MODES = [MsgMuteMode.None, MsgMuteMode.MuteNotification, MsgMuteMode.DoNotReceive];

/** Body of POST /group/create (MaxIM GroupInfoRequest). */
export class GroupCreateDto {
  @ApiProperty({ maxLength: GROUP_INFO_MAX_LENGTH.name })
  @IsString({ message: '$property: must be a string' })
  @MaxLength(GROUP_INFO_MAX_LENGTH.name, { message: `$property: must be at most ${GROUP_INFO_MAX_LENGTH.name} characters` })
  @Matches(/\S/, { message: '$property: must not be blank' })
  name!: string;

  @ApiPropertyOptional({ type: 'integer', enum: GROUP_TYPES, default: GroupType.Private, description: '0 private, 1 public, 2 chatroom' })
  @IsOptional()
  @IsInt({ message: '$property: must be 0 (private), 1 (public) or 2 (chatroom)' })
  @IsIn(GROUP_TYPES, { message: '$property: must be 0 (private), 1 (public) or 2 (chatroom)' })
  type?: GroupType;

  @ApiPropertyOptional({ type: 'string', maxLength: GROUP_INFO_MAX_LENGTH.avatar })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(GROUP_INFO_MAX_LENGTH.avatar, { message: `$property: must be at most ${GROUP_INFO_MAX_LENGTH.avatar} characters` })
  avatar?: string | null;

  @ApiPropertyOptional({ type: 'string', maxLength: GROUP_INFO_MAX_LENGTH.description })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(GROUP_INFO_MAX_LENGTH.description, { message: `$property: must be at most ${GROUP_INFO_MAX_LENGTH.description} characters` })
  description?: string | null;

  @ApiPropertyOptional({
    type: 'integer', format: 'int64', isArray: true,
    maxItems: GROUP_BATCH_MAX,
    description: 'users to add, or to invite when their group_confirm setting is on',
  })
  @IsOptional()
  @IsArray({ message: 'user_list: must be an array of user ids' })
  @ArrayMaxSize(GROUP_BATCH_MAX, { message: `user_list: must hold at most ${GROUP_BATCH_MAX} user ids` })
  @IsInt({ each: true, message: 'user_list: every item must be an integer user id' })
  @Min(1, { each: true, message: 'user_list: every item must be a positive user id' })
  @Max(MAX_ID, { each: true, message: `user_list: every item must be at most ${MAX_ID}` })
  user_list?: number[] | null;
}

/** Answer of POST /group/create: the group as GET /group/info shows it, and what became of each user of `user_list`. */
export class GroupCreateResponseDto extends GroupInfoResponseDto {
  @ApiProperty({
    type: [GroupBatchResultDto],
    description: "one item per distinct user of the request's user_list: success with reason null (added), success with a reason (invited), or fail",
  })
  user_list_results!: GroupBatchResultDto[];
}

/** Body of POST/PUT /group/transfer (MaxIM GroupTransferRequest). */
export class GroupTransferDto {
  @IsId()
  group_id!: number;

  @IsId({ description: 'the member who becomes the owner' })
  new_owner!: number;
}

/** Query of GET /group/member_list. */
export class GroupMemberListQueryDto extends GroupIdQueryDto {
  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MEMBER_LIST_LIMIT.max, default: MEMBER_LIST_LIMIT.default })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(1, { message: '$property: must be at least 1' })
  @Max(MEMBER_LIST_LIMIT.max, { message: `$property: must be at most ${MEMBER_LIST_LIMIT.max}` })
  limit: number = MEMBER_LIST_LIMIT.default;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int64',
    description: "ours (MaxIM reserves it): a `version` of an earlier answer lists only members who joined or changed role or display name since; 0 or none lists all. Members who left come through GET /user/sync",
  })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(0, { message: '$property: must be at least 0' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  version?: number;
}

/** Body of POST/PUT /group/display_name: the caller's own display name in the group; "" clears it. */
export class GroupDisplayNameDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH, description: '"" clears the display name' })
  @IsString({ message: '$property: must be a string' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH, { message: `$property: must be at most ${DISPLAY_NAME_MAX_LENGTH} characters` })
  value!: string;
}

/** Body of POST/PUT /group/msg/mute_mode (MaxIM GroupMsgMuteModeRequest). */
export class GroupMuteModeDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', enum: MUTE_MODES, description: '0 receive and notify, 1 receive without local notification, 2 do not receive' })
  @IsInt({ message: '$property: must be 0, 1 or 2' })
  @IsIn(MUTE_MODES, { message: '$property: must be 0, 1 or 2' })
  msg_mute_mode!: MsgMuteMode;
}

/** Body of POST /group/msg/not_disturb (our extension: MaxIM's web SDK asyncUpdateMsgNotDisturb sends it). */
export class GroupNotDisturbDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ description: 'true: mute mode 1 (receive without local notification); false: mute mode 0' })
  @IsBoolean({ message: '$property: must be true or false' })
  value!: boolean;
}

/** Body of POST/PUT /group/msg/push_mode (MaxIM GroupMsgPushModeRequest); a value outside 0–4 is MaxIM's 20003, checked by the service. */
export class GroupPushModeDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3, 4], description: '0 all, 1 none, 2 admin and @ messages, 3 admin messages only, 4 @ messages only' })
  @IsInt({ message: '$property: must be an integer from 0 to 4' })
  msg_push_mode!: number;
}

/** An item of GET /group/member_list, GET /group/admin_list and POST /group/members/display_name (MaxIM 群成员格式). */
export class GroupMemberDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ type: 'string', nullable: true, description: "the member's display name in this group; null when none is set" }) display_name!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) join_time!: number;
}

/** GET /group/member_list leaves unset fields out (@OmitNullFields). */
export const GroupMemberWithoutNullsDto = WithoutNullFields(GroupMemberDto);

/** The member fields the member lists show. */
export type MemberListing = Pick<GroupMemberEntity, 'userId' | 'displayName' | 'joinTime'>;

export function mapGroupMember(member: MemberListing): GroupMemberDto {
  return { user_id: member.userId, display_name: member.displayName, join_time: member.joinTime.getTime() };
}

/** How one member takes a group's messages: what the message and push modules read. */
export interface DeliveryModes {
  msgMuteMode: MsgMuteMode;
  msgPushMode: MsgPushMode;
}
