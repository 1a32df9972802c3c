import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId, MAX_ID } from '../common/validation';
import { ChatType, HISTORY_CONTENT_TYPE_MAX, MessageStatus, StoredMessage } from './message.types';
import { NumberFromText } from '../common/number-text';

/** Field limits, in characters (ours; MaxIM publishes none). */
export const CONTENT_MAX = 65_536;
export const EXTRA_FIELD_MAX = 16_384;
/** Most targets one REST send may name. */
export const TARGETS_MAX = 500;
/** Largest history page. */
export const HISTORY_LIMIT_MAX = 100;

function TextField(max: number, required = false) {
  return (target: object, property: string) => {
    (required ? ApiProperty({ type: String, maxLength: max }) : ApiPropertyOptional({ type: String, maxLength: max, nullable: true }))(target, property);
    if (!required) IsOptional()(target, property);
    IsString({ message: '$property: must be a string' })(target, property);
    MaxLength(max, { message: `$property: must be at most ${max} characters` })(target, property);
  };
}

/** Body of POST/PUT /message/send, /message/notify and /ai/message/send (MaxIM MessageRequest). */
export class MessageSendDto {
  @ApiProperty({ enum: [1, 2], description: '1: targets are users; 2: targets are groups' })
  @IsInt({ message: '$property: must be 1 (users) or 2 (groups)' })
  @IsIn([1, 2], { message: '$property: must be 1 (users) or 2 (groups)' })
  type!: ChatType;

  @ApiProperty({ type: [Number], description: `receiving user ids or group ids, 1-${TARGETS_MAX}`, maxItems: TARGETS_MAX })
  @IsArray({ message: '$property: must be an array of ids' })
  @ArrayMinSize(1, { message: '$property: name at least one receiver' })
  @ArrayMaxSize(TARGETS_MAX, { message: `$property: at most ${TARGETS_MAX} receivers per request` })
  @IsInt({ each: true, message: '$property: must hold integer ids' })
  @Min(1, { each: true, message: '$property: must hold positive ids' })
  @Max(MAX_ID, { each: true, message: `$property: ids must be at most ${MAX_ID}` })
  targets!: number[];

  @ApiProperty({ minimum: 0, maximum: 12, description: '0 TEXT … 7 FORWARD, 8 RTC; 9 READ_ACK, 10 RECALL, 11 APPEND, 12 REPLACE act on related_mid' })
  @IsInt({ message: '$property: must be an integer from 0 to 12' })
  @Min(0, { message: '$property: must be an integer from 0 to 12' })
  @Max(12, { message: '$property: must be an integer from 0 to 12' })
  content_type!: number;

  @TextField(CONTENT_MAX, true)
  content!: string;

  @TextField(EXTRA_FIELD_MAX)
  attachment?: string | null;

  @TextField(EXTRA_FIELD_MAX)
  config?: string | null;

  @TextField(EXTRA_FIELD_MAX)
  ext?: string | null;

  @IsId({ optional: true, description: 'the sender; admin tokens only (a user token may name only itself)' })
  from_user_id?: number;

  @ApiPropertyOptional({ description: 'deliver only to receivers online now; nothing is stored' })
  @IsOptional()
  @IsBoolean({ message: '$property: must be true or false' })
  online_only?: boolean;

  @IsId({ optional: true, description: 'the message a READ_ACK, RECALL, APPEND or REPLACE acts on' })
  related_mid?: number;

  @ApiPropertyOptional({ type: 'integer', format: 'int64', description: 'a resend with the same id (same sender, same receiver) returns the first result' })
  @IsOptional()
  @IsInt({ message: '$property: must be an integer' })
  @Min(-MAX_ID, { message: `$property: must be at least ${-MAX_ID}` })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  transaction_id?: number;
}

/** Body of POST /message/broadcast (MaxIM BroadcastMessageRequest): to every user of the app. */
export class MessageBroadcastDto {
  @ApiProperty({ enum: [1], description: '1: users (the only target type of a broadcast)' })
  @IsInt({ message: '$property: must be 1 (users)' })
  @IsIn([1], { message: '$property: must be 1 (users)' })
  type!: 1;

  @ApiProperty({ minimum: 0, maximum: 6, description: '0 TEXT … 6 COMMAND' })
  @IsInt({ message: '$property: must be an integer from 0 to 6' })
  @Min(0, { message: '$property: must be an integer from 0 to 6' })
  @Max(6, { message: '$property: must be an integer from 0 to 6' })
  content_type!: number;

  @TextField(CONTENT_MAX)
  content?: string | null;

  @TextField(EXTRA_FIELD_MAX)
  attachment?: string | null;

  @TextField(EXTRA_FIELD_MAX)
  config?: string | null;

  @TextField(EXTRA_FIELD_MAX)
  ext?: string | null;
}

/** Body of POST/PUT /message/recall (MaxIM RecallMessageRequest). */
export class MessageRecallDto {
  @IsId({ description: 'the peer user id or the group id' })
  conversation_id!: number;

  @IsId()
  msg_id!: number;
}

/** Query of GET /message/conversation. */
export class MessageHistoryQueryDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'the peer user id or the group id; 0 for the system notices of /message/notify and /message/broadcast' })
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer id' })
  @Min(0, { message: '$property: must be a user id, a group id, or 0 (system notices)' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  opposite_id!: number;

  @ApiProperty({ type: 'integer', format: 'int64', description: '0: from the newest; otherwise older than this message' })
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer (0 for the newest)' })
  @Min(0, { message: '$property: must be 0 or a message id' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  msg_id_start!: number;

  @ApiProperty({ minimum: 1, maximum: HISTORY_LIMIT_MAX })
  @NumberFromText()
  @IsInt({ message: `$property: must be an integer from 1 to ${HISTORY_LIMIT_MAX}` })
  @Min(1, { message: `$property: must be an integer from 1 to ${HISTORY_LIMIT_MAX}` })
  @Max(HISTORY_LIMIT_MAX, { message: `$property: must be an integer from 1 to ${HISTORY_LIMIT_MAX}` })
  limit!: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: HISTORY_CONTENT_TYPE_MAX,
    description: 'our extension: only messages of this content_type (0 TEXT … 8 RTC); pages by msg_id as without it',
  })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: `$property: must be an integer from 0 to ${HISTORY_CONTENT_TYPE_MAX}` })
  @Min(0, { message: `$property: must be an integer from 0 to ${HISTORY_CONTENT_TYPE_MAX}` })
  @Max(HISTORY_CONTENT_TYPE_MAX, { message: `$property: must be an integer from 0 to ${HISTORY_CONTENT_TYPE_MAX}` })
  content_type?: number;
}

/** Query of DELETE /message/conversation. */
export class MessageConversationQueryDto {
  @IsId({ description: 'the peer user id or the group id' })
  @NumberFromText()
  conversation_id!: number;
}

/** Query of GET /message/ack. */
export class MessageAckQueryDto {
  @IsId({ description: 'the peer user id or the group id' })
  @NumberFromText()
  conversation_id!: number;

  @IsId({ description: 'read up to and including this message' })
  @NumberFromText()
  msg_id!: number;

  @ApiPropertyOptional({ description: "the acknowledging device's number (accepted; reading is per user)" })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(0, { message: '$property: must be 0 or more' })
  @Max(2_147_483_647, { message: '$property: must be at most 2147483647' })
  device_sn?: number;
}

export class XidDto {
  @ApiProperty({ format: 'int64' }) uid!: number;
  @ApiProperty() device_sn!: number;
}

/** A message of GET /message/conversation (MaxIM 会话消息) and of /ai/message/send (AI回复消息). */
export class MessageDto {
  @ApiProperty({ format: 'int64' }) msg_id!: number;
  @ApiProperty() from_xid!: XidDto;
  @ApiProperty() to_xid!: XidDto;
  @ApiProperty({ description: 'TEXT, IMAGE, AUDIO, VIDEO, FILE, LOCATION, COMMAND, FORWARD, RTC' }) ctype!: string;
  @ApiProperty() content!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) attachment!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) config!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ext!: string | null;
  @ApiPropertyOptional({ description: 'UNREAD, DELIVERED or READ' }) status?: string;
  @ApiPropertyOptional({ description: 'CHAT or GROUPCHAT' }) type?: string;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) timestamp!: number;
}

export class MessageHistoryDto {
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty({ format: 'int64', description: 'pass as msg_id_start for the next (older) page; 0 on the last page' }) next_msg_id!: number;
  @ApiProperty({ description: 'true when no older message is left' }) is_last!: boolean;
}

export class ConversationUidDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'the peer user id or the group id' }) uid!: number;
}

export class UnreadConversationDto {
  @ApiProperty({ type: ConversationUidDto }) conversation_id!: ConversationUidDto;
  @ApiProperty() num!: number;
}

export class BroadcastResultDto {
  @ApiProperty({ format: 'int64', description: 'users the broadcast is being sent to' }) send_num!: number;
  @ApiProperty() success!: boolean;
}

export class AiReplyListDto {
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty() message_quota_usage!: number;
}

const CTYPE_NAMES = ['TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'FILE', 'LOCATION', 'COMMAND', 'FORWARD', 'RTC', 'READ_ACK', 'RECALL', 'APPEND', 'REPLACE'];

export function ctypeName(contentType: number): string {
  return CTYPE_NAMES[contentType] ?? 'TEXT';
}

/** A stored message as the REST answers show it; `status` is the viewer's read state when given. */
export function mapMessage(message: StoredMessage, status?: 'UNREAD' | 'DELIVERED' | 'READ'): MessageDto {
  const dto: MessageDto = {
    msg_id: message.msgId,
    from_xid: { uid: message.fromUserId, device_sn: message.fromDeviceSn ?? 0 },
    to_xid: { uid: message.toId, device_sn: 0 },
    ctype: ctypeName(message.contentType),
    content: message.status === MessageStatus.Recalled ? '' : message.content,
    attachment: message.attachment,
    config: message.config,
    ext: message.ext,
    timestamp: message.timestamp,
  };
  if (status) dto.status = status;
  else dto.type = message.chatType === 2 ? 'GROUPCHAT' : 'CHAT';
  return dto;
}

export function mapUnread(conversationId: number, count: number): UnreadConversationDto {
  return { conversation_id: { uid: conversationId }, num: count };
}

