import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCursor, IsLimit } from '../common/pagination/page-query';
import { MAX_ID } from '../common/validation';
import type { PushChannelName } from './channels/push-channel';

export const DISTRIBUTION_STRATEGIES = ['combined', 'mxpush_only', 'ospush_only'] as const;
export type DistributionStrategy = (typeof DISTRIBUTION_STRATEGIES)[number];
export const OSPUSH_NAMES = ['ups', 'fcm', 'huawei', 'xiaomi', 'oppo', 'vivo', 'meizu'] as const;
export type OspushName = (typeof OSPUSH_NAMES)[number];
export const MESSAGE_TYPES = ['text', 'image', 'cmd'] as const;
const CLICK_ACTIONS = ['intent', 'open_app'];

/** Most entries one audience list may hold (MaxIM: 500, else 12005). */
export const MAX_AUDIENCE_LIST = 500;

export class PushSettingDto {
  @ApiPropertyOptional({ maxLength: 128, description: 'dedupe key: a repeated id answers the first task and sends nothing' })
  @IsOptional()
  @IsString({ message: 'setting.request_id: must be a string' })
  @MinLength(1, { message: 'setting.request_id: must be 1 to 128 characters' })
  @MaxLength(128, { message: 'setting.request_id: must be 1 to 128 characters' })
  request_id?: string;

  @ApiPropertyOptional({ enum: DISTRIBUTION_STRATEGIES, default: 'combined' })
  @IsOptional()
  @IsIn(DISTRIBUTION_STRATEGIES, { message: 'setting.distribution_strategy: must be combined, mxpush_only or ospush_only' })
  distribution_strategy?: DistributionStrategy;

  @ApiPropertyOptional({ enum: OSPUSH_NAMES, isArray: true, default: ['ups', 'fcm'] })
  @IsOptional()
  @IsArray({ message: 'setting.ospush_sequence: must be an array of ups, fcm, huawei, xiaomi, oppo, vivo, meizu' })
  @ArrayMaxSize(7, { message: 'setting.ospush_sequence: must hold at most 7 entries' })
  @IsIn(OSPUSH_NAMES, { each: true, message: 'setting.ospush_sequence: every entry must be one of ups, fcm, huawei, xiaomi, oppo, vivo, meizu' })
  ospush_sequence?: OspushName[];
}

class AndroidOptionsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  sound?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  channel_id?: string;

  @ApiPropertyOptional({ enum: CLICK_ACTIONS })
  @IsOptional()
  @IsIn(CLICK_ACTIONS, { message: '$property: must be intent or open_app' })
  click_action?: 'intent' | 'open_app';

  @ApiPropertyOptional({ description: 'required when click_action is intent' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(1024, { message: '$property: must be at most 1024 characters' })
  intent?: string;
}

class HuaweiOptionsDto extends AndroidOptionsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  badge_class?: string;
}

class VivoOptionsDto extends AndroidOptionsDto {
  @ApiPropertyOptional({ enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1], { message: '$property: must be 0 (production) or 1 (test)' })
  push_mode?: number;

  @ApiPropertyOptional({ enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1], { message: '$property: must be 0 (operation) or 1 (system)' })
  classification?: number;
}

class IosOptionsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  sound?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: '$property: must be true or false' })
  content_available?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: '$property: must be true or false' })
  mutable_content?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  category?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  thread_id?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(256, { message: '$property: must be at most 256 characters' })
  subtitle?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'at most 64 bytes (APNs)' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  @MaxLength(64, { message: '$property: must be at most 64 characters' })
  apns_collapse_id?: string;
}

export class PushMessageDto {
  @ApiPropertyOptional({ enum: MESSAGE_TYPES, default: 'text' })
  @IsOptional()
  @IsIn(MESSAGE_TYPES, { message: 'message.type: must be text, image or cmd' })
  type?: (typeof MESSAGE_TYPES)[number];

  @ApiPropertyOptional({ maxLength: 256 })
  @IsOptional()
  @IsString({ message: 'message.title: must be a string' })
  @MaxLength(256, { message: 'message.title: must be at most 256 characters' })
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString({ message: 'message.body: must be a string' })
  @MaxLength(4000, { message: 'message.body: must be at most 4000 characters' })
  body?: string;

  @ApiPropertyOptional({ description: 'http(s) URL; for type image it ends with .jpg, .jpeg or .png' })
  @IsOptional()
  @IsString({ message: 'message.attachment_url: must be a string' })
  @MaxLength(2048, { message: 'message.attachment_url: must be at most 2048 characters' })
  @Matches(/^https?:\/\/\S+$/i, { message: 'message.attachment_url: must be an http(s) URL' })
  attachment_url?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString({ message: 'message.big_text: must be a string' })
  @MaxLength(4000, { message: 'message.big_text: must be at most 4000 characters' })
  big_text?: string;

  @ApiPropertyOptional({ description: 'a number sets the badge; "+N" adds N to each device\'s stored badge; default "+1"' })
  @IsOptional()
  @IsString({ message: 'message.badge: must be a string such as "3" or "+1"' })
  @Matches(/^\+?\d{1,5}$/, { message: 'message.badge: must be a whole number such as "3", or "+N" such as "+1"' })
  badge?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject({ message: 'message.ext: must be a JSON object' })
  ext?: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'integer', format: 'int64', description: 'seconds; deliver from then on' })
  @IsOptional()
  @IsInt({ message: 'message.show_begin_time: must be a whole number of seconds' })
  @Min(0, { message: 'message.show_begin_time: must not be negative' })
  @Max(32503680000, { message: 'message.show_begin_time: must be seconds, not milliseconds' })
  show_begin_time?: number;

  @ApiPropertyOptional({ type: 'integer', format: 'int64', description: 'seconds; nothing is delivered after it' })
  @IsOptional()
  @IsInt({ message: 'message.show_end_time: must be a whole number of seconds' })
  @Min(0, { message: 'message.show_end_time: must not be negative' })
  @Max(32503680000, { message: 'message.show_end_time: must be seconds, not milliseconds' })
  show_end_time?: number;

  @ApiPropertyOptional({ type: IosOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.ios: must be an object' })
  @ValidateNested()
  @Type(() => IosOptionsDto)
  ios?: IosOptionsDto;

  @ApiPropertyOptional({ type: AndroidOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.android: must be an object' })
  @ValidateNested()
  @Type(() => AndroidOptionsDto)
  android?: AndroidOptionsDto;

  @ApiPropertyOptional({ type: HuaweiOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.huawei: must be an object' })
  @ValidateNested()
  @Type(() => HuaweiOptionsDto)
  huawei?: HuaweiOptionsDto;

  @ApiPropertyOptional({ type: AndroidOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.xiaomi: must be an object' })
  @ValidateNested()
  @Type(() => AndroidOptionsDto)
  xiaomi?: AndroidOptionsDto;

  @ApiPropertyOptional({ type: AndroidOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.oppo: must be an object' })
  @ValidateNested()
  @Type(() => AndroidOptionsDto)
  oppo?: AndroidOptionsDto;

  @ApiPropertyOptional({ type: VivoOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.vivo: must be an object' })
  @ValidateNested()
  @Type(() => VivoOptionsDto)
  vivo?: VivoOptionsDto;

  @ApiPropertyOptional({ type: AndroidOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.flyme: must be an object' })
  @ValidateNested()
  @Type(() => AndroidOptionsDto)
  flyme?: AndroidOptionsDto;

  @ApiPropertyOptional({ type: AndroidOptionsDto })
  @IsOptional()
  @IsObject({ message: 'message.fcm: must be an object' })
  @ValidateNested()
  @Type(() => AndroidOptionsDto)
  fcm?: AndroidOptionsDto;
}

/** Body of POST /push/notify (MaxIM PushNotifyRequest). */
export class PushNotifyDto {
  @ApiProperty({
    description: '"all", or one of {tag:[…]}, {alias:[…]}, {user_id:[…]}, {push_token:[…]} (each list 1 to 500 entries, else 12005)',
    oneOf: [
      { type: 'string', enum: ['all'] },
      {
        type: 'object',
        properties: {
          tag: { type: 'array', items: { type: 'string' } },
          alias: { type: 'array', items: { type: 'string' } },
          user_id: { type: 'array', items: { type: 'integer', format: 'int64' } },
          push_token: { type: 'array', items: { type: 'string' } },
        },
      },
    ],
  })
  @IsDefined({ message: 'audience: is required' })
  audience!: unknown;

  @ApiPropertyOptional({ type: PushSettingDto })
  @IsOptional()
  @IsObject({ message: 'setting: must be an object' })
  @ValidateNested()
  @Type(() => PushSettingDto)
  setting?: PushSettingDto;

  @ApiProperty({ type: PushMessageDto })
  @IsDefined({ message: 'message: is required' })
  @IsObject({ message: 'message: must be an object' })
  @ValidateNested()
  @Type(() => PushMessageDto)
  message!: PushMessageDto;
}

/** Body of POST /push/task/detail (MaxIM ListRequest«long»). */
export class PushTaskDetailDto {
  @ApiProperty({ type: 'array', items: { type: 'integer', format: 'int64' }, maxItems: 100 })
  @IsArray({ message: 'list: must be an array of task ids' })
  @ArrayMaxSize(100, { message: 'list: must hold at most 100 task ids' })
  @IsInt({ each: true, message: 'list: every entry must be a task id' })
  @Min(1, { each: true, message: 'list: every entry must be a positive task id' })
  @Max(MAX_ID, { each: true, message: `list: every entry must be at most ${MAX_ID}` })
  list!: number[];
}

/** One row of /push/task/detail (MaxIM TaskDetail). */
export interface PushTaskDetailResponseDto {
  task_id: number;
  [counter: `${string}_${'target' | 'sent' | 'received'}`]: number;
}

/** The document's schema of PushTaskDetailResponseDto: its counters are named per channel. */
export const PUSH_TASK_DETAIL_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['task_id'],
  properties: { task_id: { type: 'integer', format: 'int64' } },
  additionalProperties: { type: 'integer', description: '<channel>_target, <channel>_sent, <channel>_received per channel (mxpush, apns, fcm, huawei, xiaomi, oppo, vivo, meizu)' },
};

export class PushNotifyResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'for /push/task/detail' }) task_id!: number;
}

export const PUSH_TASK_KINDS = ['notify', 'message'] as const;
export type PushTaskKindName = (typeof PUSH_TASK_KINDS)[number];
export const PUSH_TASK_STATUSES = ['queued', 'resolving', 'sending', 'done', 'expired'] as const;
/** The channels of /push/task/detail and /push/task/list, in their order. */
export const DETAIL_CHANNELS: PushChannelName[] = ['apns', 'fcm', 'huawei', 'xiaomi', 'oppo', 'vivo', 'flyme', 'mxpush'];
export const TASK_LIST_LIMIT = { default: 20, max: 100 };

/** Query of GET /push/task/list. */
export class PushTaskListQueryDto {
  @ApiPropertyOptional({ enum: PUSH_TASK_KINDS, default: 'notify', description: 'notify: /push/notify tasks; message: the offline-message pushes of the messaging module' })
  @IsOptional()
  @IsIn(PUSH_TASK_KINDS, { message: 'kind: must be notify or message' })
  kind: PushTaskKindName = 'notify';

  @IsCursor()
  cursor?: string;

  @IsLimit(TASK_LIST_LIMIT)
  limit: number = TASK_LIST_LIMIT.default;
}

/** Counts of one channel of a task (the counters of /push/task/detail, plus failures). */
export class PushChannelCountsDto {
  @ApiProperty({ enum: DETAIL_CHANNELS }) channel!: PushChannelName;
  @ApiProperty({ type: 'integer', description: 'deliveries routed to the channel' }) target!: number;
  @ApiProperty({ type: 'integer', description: 'accepted by the vendor, or reached on a live socket' }) sent!: number;
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer', description: 'refused or given up (skipped deliveries are neither sent nor failed)' }) failed!: number;
  @ApiProperty({ type: 'string', nullable: true, description: 'why the channel stopped for the task (a fatal configuration answer), else null' })
  failure!: string | null;
}

/** The task's counts summed over its channels. */
export class PushCountTotalsDto {
  @ApiProperty({ type: 'integer' }) target!: number;
  @ApiProperty({ type: 'integer' }) sent!: number;
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer' }) failed!: number;
}

/** Who a task was addressed to, as stored: the audience kind and the length of its list. */
export class PushAudienceSummaryDto {
  @ApiProperty({ enum: ['all', 'tag', 'alias', 'user_id', 'push_token', 'recipients'], description: 'recipients: an offline-message push\'s users' })
  kind!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'entries of the list (tags, aliases, users, tokens, recipients); null for all' })
  size!: number | null;
}

/** One task of GET /push/task/list. */
export class PushTaskSummaryDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) task_id!: number;
  @ApiProperty({ enum: PUSH_TASK_KINDS }) kind!: PushTaskKindName;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch ms' }) created_at!: number;
  @ApiProperty({
    enum: PUSH_TASK_STATUSES,
    description: 'queued (waiting, e.g. for show_begin_time), resolving (audience being read), sending (every batch queued), done (every delivery settled), expired (show_end_time passed before the fan-out)',
  })
  status!: (typeof PUSH_TASK_STATUSES)[number];
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'epoch ms when the last delivery settled (status done), else null' })
  finished_at!: number | null;
  @ApiProperty({ type: PushAudienceSummaryDto }) audience!: PushAudienceSummaryDto;
  @ApiProperty({ type: 'string', nullable: true, description: 'message.type of a notify task; null for an offline-message push' })
  message_type!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'message.title of a notify task; null when none' }) title!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'the first 200 characters of the body (notify) or the message text (offline-message push)' })
  summary!: string | null;
  @ApiProperty({ type: [PushChannelCountsDto], description: 'the channels the task used, in /push/task/detail order' }) channels!: PushChannelCountsDto[];
  @ApiProperty({ type: PushCountTotalsDto }) totals!: PushCountTotalsDto;
}

export type { IosOptionsDto, AndroidOptionsDto, HuaweiOptionsDto, VivoOptionsDto };
