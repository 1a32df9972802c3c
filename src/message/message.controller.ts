import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller, GroupAdminMayAct } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApiData } from '../common/openapi/envelope.decorator';
import {
  AiReplyListDto,
  BroadcastResultDto,
  MessageAckQueryDto,
  MessageHistoryDto,
  MessageBroadcastDto,
  MessageConversationQueryDto,
  MessageHistoryQueryDto,
  MessageRecallDto,
  MessageSendDto,
  UnreadConversationDto,
} from './message.dto';
import { MessageRestService } from './message-rest.service';

/** What a send can be refused with beyond bad input: a missing or disabled receiver, a blocklist, a group the sender is not in. */
const SEND_ERRORS = [ErrorCode.UserNotFound, ErrorCode.UserDisabled, ErrorCode.UserBlocked, ErrorCode.GroupNotFound, ErrorCode.NotGroupMember];

/** `/message/send` and `/message/notify` with exactly one receiver carry its stored message id beside `data`. */
const SENT_IDS = { msg_ids: { type: 'array', items: { type: 'integer', format: 'int64' }, description: 'the stored message id, when the send had one receiver' } } as const;

@ApiTags('message')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT each has a handler.
@Controller()
export class MessageController {
  constructor(private readonly messages: MessageRestService) {}

  @Post('message/send')
  @ApiOperation({ summary: 'Send to users or groups (admin tokens name the sender with from_user_id); msg_ids at the top level when one receiver' })
  @ApiData({ type: 'boolean' }, 'true once stored, or a business error in `code`', SENT_IDS)
  @ApiErrors(...SEND_ERRORS)
  send(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.send(caller, body);
  }

  @Put('message/send')
  @ApiOperation({ summary: 'Same as POST /message/send' })
  @ApiData({ type: 'boolean' }, 'true once stored, or a business error in `code`', SENT_IDS)
  @ApiErrors(...SEND_ERRORS)
  sendByPut(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.send(caller, body);
  }

  @Post('message/notify')
  @AdminOnly()
  @ApiOperation({ summary: 'Send a system notice (admin token; from from_user_id, else the system sender 0)' })
  @ApiData({ type: 'boolean' }, 'true once stored, or a business error in `code`', SENT_IDS)
  @ApiErrors(...SEND_ERRORS)
  notify(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.notify(caller, body);
  }

  @Put('message/notify')
  @AdminOnly()
  @ApiOperation({ summary: 'Same as POST /message/notify' })
  @ApiData({ type: 'boolean' }, 'true once stored, or a business error in `code`', SENT_IDS)
  @ApiErrors(...SEND_ERRORS)
  notifyByPut(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.notify(caller, body);
  }

  @Post('message/broadcast')
  @AdminOnly()
  @ApiOperation({ summary: 'Send a system message to every user of the app (admin token); sent by a background job' })
  @ApiData(BroadcastResultDto)
  broadcast(@Caller() caller: CallerContext, @Body() body: MessageBroadcastDto) {
    return this.messages.broadcast(caller, body);
  }

  @Post('message/recall')
  @ApiOperation({ summary: 'Recall a message: its sender within the recall window, or the group admins' })
  @GroupAdminMayAct()
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.NotGroupMember)
  recall(@Caller() caller: CallerContext, @Body() body: MessageRecallDto) {
    return this.messages.recall(caller, body);
  }

  @Put('message/recall')
  @ApiOperation({ summary: 'Same as POST /message/recall' })
  @GroupAdminMayAct()
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.NotGroupMember)
  recallByPut(@Caller() caller: CallerContext, @Body() body: MessageRecallDto) {
    return this.messages.recall(caller, body);
  }

  @Get('message/conversation')
  @ApiOperation({ summary: "A conversation's history, newest first (msg_id_start 0 = from the newest)" })
  @ApiData(MessageHistoryDto)
  @ApiErrors(ErrorCode.GroupNotFound, ErrorCode.NotGroupMember)
  conversation(@Caller() caller: CallerContext, @Query() query: MessageHistoryQueryDto) {
    return this.messages.conversation(caller, query);
  }

  @Delete('message/conversation')
  @ApiOperation({ summary: "Delete a conversation's messages so far, for the caller only" })
  @ApiData({ type: 'boolean' })
  deleteConversation(@Caller() caller: CallerContext, @Query() query: MessageConversationQueryDto) {
    return this.messages.deleteConversation(caller, query);
  }

  @Get('message/ack')
  @ApiOperation({ summary: 'Mark a conversation read up to msg_id (a read receipt to the sender)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.GroupNotFound, ErrorCode.NotGroupMember)
  ack(@Caller() caller: CallerContext, @Query() query: MessageAckQueryDto) {
    return this.messages.ack(caller, query);
  }

  @Get('message/unread')
  @ApiOperation({ summary: 'Unread message counts per conversation: [{conversation_id: {uid}, num}]' })
  @ApiData([UnreadConversationDto])
  unread(@Caller() caller: CallerContext) {
    return this.messages.unread(caller);
  }

  @Post('ai/message/send')
  @ApiOperation({ summary: 'Send to an AI bot user: stored and delivered like /message/send; the bot replies and grows its reply with APPEND/REPLACE' })
  @ApiData(AiReplyListDto)
  @ApiErrors(...SEND_ERRORS)
  aiSend(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.aiSend(caller, body);
  }

  @Put('ai/message/send')
  @ApiOperation({ summary: 'Same as POST /ai/message/send' })
  @ApiData(AiReplyListDto)
  @ApiErrors(...SEND_ERRORS)
  aiSendByPut(@Caller() caller: CallerContext, @Body() body: MessageSendDto) {
    return this.messages.aiSend(caller, body);
  }
}
