import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCoordinate } from '../common/location';
import { IsId, MAX_ID } from '../common/validation';
import { GroupMemberEntity } from './group-member.entity';
import { ApplyApproval, GroupEntity } from './group.entity';
import { WithoutNullFields } from '../common/openapi/without-null-fields';

/** Most groups one POST /group/info/batch reads (ours; MaxIM publishes none). */
export const GROUP_INFO_BATCH_MAX = 100;

/** Longest value of each info field, in characters (ours; MaxIM publishes none). */
export const GROUP_INFO_MAX_LENGTH = { name: 64, avatar: 1024, description: 1024, ext: 4096 } as const;

/** The group info fields a setter changes; each has its own route. */
export type GroupInfoField = keyof typeof GROUP_INFO_MAX_LENGTH;

/** The boolean settings a setter changes, by their name in the info answer (and the notice content). */
export type GroupBooleanSetting = 'member_invite' | 'member_modify' | 'read_ack' | 'history_visible' | 'hide_member_info';

/** Body of POST /group/info/batch (MaxIM GroupIdListRequest). */
export class GroupInfoBatchDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: GROUP_INFO_BATCH_MAX, description: 'group ids' })
  @IsArray({ message: 'group_list: must be an array of group ids' })
  @ArrayMinSize(1, { message: 'group_list: must hold at least one group id' })
  @ArrayMaxSize(GROUP_INFO_BATCH_MAX, { message: `group_list: must hold at most ${GROUP_INFO_BATCH_MAX} group ids` })
  @IsInt({ each: true, message: 'group_list: every item must be an integer group id' })
  @Min(1, { each: true, message: 'group_list: every item must be a positive group id' })
  @Max(MAX_ID, { each: true, message: `group_list: every item must be at most ${MAX_ID}` })
  group_list!: number[];
}

/** `value` of an info setter: a string of at most `max` characters. */
function IsInfoValue(max: number) {
  return applyDecorators(
    ApiProperty({ maxLength: max }),
    IsString({ message: '$property: must be a string' }),
    MaxLength(max, { message: `$property: must be at most ${max} characters` }),
  );
}

/** Body of POST/PUT /group/info/name (MaxIM GroupInfoUpdateRequest). */
export class GroupSetNameDto {
  @IsId()
  group_id!: number;

  @IsInfoValue(GROUP_INFO_MAX_LENGTH.name)
  @Matches(/\S/, { message: '$property: must not be blank' })
  value!: string;
}

/** Body of POST/PUT /group/info/avatar; "" clears the avatar. */
export class GroupSetAvatarDto {
  @IsId()
  group_id!: number;

  @IsInfoValue(GROUP_INFO_MAX_LENGTH.avatar)
  value!: string;
}

/** Body of POST/PUT /group/info/description; "" clears the description. */
export class GroupSetDescriptionDto {
  @IsId()
  group_id!: number;

  @IsInfoValue(GROUP_INFO_MAX_LENGTH.description)
  value!: string;
}

export const GROUP_ADDRESS_MAX_LENGTH = 256;

/** Body of POST/PUT /group/location (our extension): where the group meets, shown in its info and found by /group/nearby. */
export class GroupSetLocationDto {
  @IsId()
  group_id!: number;

  @IsCoordinate('latitude')
  latitude!: number;

  @IsCoordinate('longitude')
  longitude!: number;

  @ApiPropertyOptional({ type: 'string', maxLength: GROUP_ADDRESS_MAX_LENGTH, nullable: true, description: 'a postal address or place name; absent, null or "" for none' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(GROUP_ADDRESS_MAX_LENGTH, { message: `$property: must be at most ${GROUP_ADDRESS_MAX_LENGTH} characters` })
  address?: string | null;
}

/** A group's location (our extension), kept to 4 decimals (≈ 11 m). */
export class GroupLocationDto {
  @ApiProperty() latitude!: number;
  @ApiProperty() longitude!: number;
  @ApiProperty({ type: 'string', nullable: true }) address!: string | null;
}

/** Body of POST/PUT /group/info/ext; "" clears the extension. */
export class GroupSetExtDto {
  @IsId()
  group_id!: number;

  @IsInfoValue(GROUP_INFO_MAX_LENGTH.ext)
  value!: string;
}

/** Body of the boolean settings setters (MaxIM GroupSettingUpdateRequest). */
export class GroupSetSettingDto {
  @IsId()
  group_id!: number;

  @ApiProperty()
  @IsBoolean({ message: '$property: must be true or false' })
  value!: boolean;
}

const APPLY_APPROVALS = [ApplyApproval.AcceptAll, ApplyApproval.AdminApproval, ApplyApproval.RefuseAll];

/** Body of POST/PUT /group/settings/require_admin_approval (MaxIM GroupSettingsApplyApprovalRequest). */
export class GroupSetApplyApprovalDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', enum: APPLY_APPROVALS, description: '0 accept every application, 1 admins approve, 2 refuse every application' })
  @IsInt({ message: '$property: must be 0, 1 or 2' })
  @IsIn(APPLY_APPROVALS, { message: '$property: must be 0, 1 or 2' })
  apply_approval!: ApplyApproval;
}

/** Answer of GET /group/info and GET /group/settings (MaxIM GroupInfoAndSettingsDto). */
export class GroupInfoResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) ext!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64' }) owner_id!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2], description: '0 private, 1 public, 2 chatroom' }) type!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1], description: '0 normal, 1 destroyed' }) status!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'most members the group holds' }) capacity!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'members now' }) count!: number;
  @ApiProperty({ type: 'integer', enum: APPLY_APPROVALS }) apply_approval!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'end of the ban-all in epoch seconds: 0 or past none, -1 forever' }) ban_expire_time!: number;
  @ApiProperty() member_invite!: boolean;
  @ApiProperty() member_modify!: boolean;
  @ApiProperty() read_ack!: boolean;
  @ApiProperty() history_visible!: boolean;
  @ApiProperty() hide_member_info!: boolean;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2], description: "the caller's own mute mode; 0 when the caller is not a member" }) msg_mute_mode!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3, 4], description: "the caller's own push mode; 0 when the caller is not a member" }) msg_push_mode!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) updated_at!: number;
  @ApiPropertyOptional({ type: GroupLocationDto, description: 'ours: where the group meets; left out when none is set, so MaxIM clients see their usual object' }) location?: GroupLocationDto;
}

/** GET /group/info leaves unset fields out (@OmitNullFields). */
export const GroupInfoResponseWithoutNullsDto = WithoutNullFields(GroupInfoResponseDto);

/** An item of POST /group/info/batch (MaxIM 群简要信息及用户设置). */
export class GroupBriefDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: "the owner's user id" }) owner!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2] }) type!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1] }) status!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) capacity!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'members now' }) count!: number;
  @ApiProperty({ type: 'integer', enum: APPLY_APPROVALS }) apply_approval!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2] }) msg_mute_mode!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2, 3, 4] }) msg_push_mode!: number;
}

/** POST /group/info/batch leaves unset fields out (@OmitNullFields). */
export const GroupBriefWithoutNullsDto = WithoutNullFields(GroupBriefDto);

/** The group as `member` sees it (null: the caller is not a member, or is the app acting as the group's admin). */
export function mapGroupInfo(group: GroupEntity, member: GroupMemberEntity | null): GroupInfoResponseDto {
  return {
    group_id: group.id,
    name: group.name,
    avatar: group.avatar,
    description: group.description,
    ext: group.ext,
    owner_id: group.ownerId,
    type: group.type,
    status: group.status,
    capacity: group.capacity,
    count: group.memberCount,
    apply_approval: group.applyApproval,
    ban_expire_time: group.banExpireTime,
    member_invite: group.memberInvite,
    member_modify: group.memberModify,
    read_ack: group.readAck,
    history_visible: group.historyVisible,
    hide_member_info: group.hideMemberInfo,
    msg_mute_mode: member?.msgMuteMode ?? 0,
    msg_push_mode: member?.msgPushMode ?? 0,
    created_at: group.createdAt.getTime(),
    updated_at: group.updatedAt.getTime(),
    location: mapGroupLocation(group) ?? undefined,
  };
}

export function mapGroupLocation(group: GroupEntity): GroupLocationDto | null {
  if (group.latitude === null || group.longitude === null) return null;
  return { latitude: group.latitude, longitude: group.longitude, address: group.address };
}

export function mapGroupBrief(group: GroupEntity, member: GroupMemberEntity | null): GroupBriefDto {
  return {
    group_id: group.id,
    name: group.name,
    avatar: group.avatar,
    owner: group.ownerId,
    type: group.type,
    status: group.status,
    capacity: group.capacity,
    count: group.memberCount,
    apply_approval: group.applyApproval,
    msg_mute_mode: member?.msgMuteMode ?? 0,
    msg_push_mode: member?.msgPushMode ?? 0,
  };
}
