import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { WithTopLevelFields } from '../common/envelope/envelope';
import { ApiError } from '../common/errors/error-codes';
import { MessageBroadcastProducer } from './message-broadcast.queue';
import {
  AiReplyListDto,
  BroadcastResultDto,
  mapMessage,
  mapUnread,
  MessageAckQueryDto,
  MessageBroadcastDto,
  MessageConversationQueryDto,
  MessageHistoryDto,
  MessageHistoryQueryDto,
  MessageRecallDto,
  MessageSendDto,
  UnreadConversationDto,
} from './message.dto';
import { MessageHistoryService } from './message-history.service';
import { MessageService, SYSTEM_SENDER_ID } from './message.service';
import { ChatType, MessageSender, SentMessage } from './message.types';

/** Group ids start here (user ids start at 10,000,000): a conversation id names a group when it is at least this. */
export const FIRST_GROUP_ID = 1_000_000_000;

/** The chat type a conversation id names: MaxIM's REST conversation ids are the peer's user id or the group id. */
export function chatTypeOf(conversationId: number): ChatType {
  return conversationId >= FIRST_GROUP_ID ? 2 : 1;
}

/** The REST face of the message module: resolves who acts from the caller, then calls MessageService. */
@Injectable()
export class MessageRestService {
  constructor(
    private readonly messages: MessageService,
    private readonly history: MessageHistoryService,
    private readonly broadcasts: MessageBroadcastProducer,
  ) {}

  /** POST/PUT /message/send: every target is checked first, so a refused target sends nothing to the others. */
  async send(caller: CallerContext, body: MessageSendDto): Promise<WithTopLevelFields<boolean>> {
    const sent = await this.sendToTargets(caller, body, false);
    return new WithTopLevelFields(true, sent.length === 1 && sent[0].msgId !== 0 ? { msg_ids: [sent[0].msgId] } : {});
  }

  /** POST/PUT /message/notify: a system notice (admin tokens only), from `from_user_id` or else the system sender 0. */
  async notify(caller: CallerContext, body: MessageSendDto): Promise<WithTopLevelFields<boolean>> {
    if (body.content_type > 8) throw ApiError.badParameter('content_type: a system notice is a message (0-8), not an operation');
    const sent = await this.sendToTargets(caller, body, true);
    return new WithTopLevelFields(true, sent.length === 1 ? { msg_ids: [sent[0].msgId] } : {});
  }

  /**
   * POST/PUT /ai/message/send: stored and delivered exactly like /message/send (same rules, same
   * dedupe). This server runs no model: the answer lists the stored messages and a quota use of 0;
   * the bot user the app drives answers through /message/send and grows its reply with APPEND
   * (content_type 11) and REPLACE (12) naming it in related_mid.
   */
  async aiSend(caller: CallerContext, body: MessageSendDto): Promise<AiReplyListDto> {
    const sent = await this.sendToTargets(caller, body, false);
    return { messages: sent.filter((one) => one.msgId !== 0).map((one) => mapMessage(one.message)), message_quota_usage: 0 };
  }

  /** POST /message/broadcast (admin): answers at once; a job sends to every user of the app. */
  async broadcast(caller: CallerContext, body: MessageBroadcastDto): Promise<BroadcastResultDto> {
    const sendNum = await this.broadcasts.enqueue(caller.appId, {
      contentType: body.content_type,
      content: body.content ?? '',
      attachment: body.attachment ?? null,
      config: body.config ?? null,
      ext: body.ext ?? null,
    });
    return { send_num: sendNum, success: true };
  }

  /** POST/PUT /message/recall: the sender within the recall window, or a group's admins (also an admin token with group_id). */
  async recall(caller: CallerContext, body: MessageRecallDto): Promise<boolean> {
    const chatType = chatTypeOf(body.conversation_id);
    let sender: MessageSender;
    if (caller.userId === null && caller.groupId !== null) {
      if (caller.groupId !== body.conversation_id) {
        throw ApiError.noPermission(`the group_id header names group ${caller.groupId}, but this request is about conversation ${body.conversation_id}`);
      }
      sender = { appId: caller.appId, userId: SYSTEM_SENDER_ID, deviceSn: null };
      await this.messages.recallAsGroupAdmin(sender, body.conversation_id, body.msg_id);
      return true;
    }
    sender = this.actingUser(caller);
    await this.messages.operate(sender, { type: 'recall', chatType, conversationId: body.conversation_id, msgId: body.msg_id });
    return true;
  }

  conversation(caller: CallerContext, query: MessageHistoryQueryDto): Promise<MessageHistoryDto> {
    return this.history.page(caller.appId, caller.requireUserId(), chatTypeOf(query.opposite_id), query.opposite_id, query.msg_id_start, query.limit, query.content_type ?? null);
  }

  /** DELETE /message/conversation: hides the conversation's messages so far from the caller only. */
  async deleteConversation(caller: CallerContext, query: MessageConversationQueryDto): Promise<boolean> {
    await this.history.clear(caller.appId, caller.requireUserId(), chatTypeOf(query.conversation_id), query.conversation_id);
    return true;
  }

  /** GET /message/ack: the caller has read the conversation up to and including msg_id. */
  async ack(caller: CallerContext, query: MessageAckQueryDto): Promise<boolean> {
    const sender = this.actingUser(caller);
    await this.messages.operate(sender, { type: 'read_ack', chatType: chatTypeOf(query.conversation_id), conversationId: query.conversation_id, msgId: query.msg_id });
    return true;
  }

  async unread(caller: CallerContext): Promise<UnreadConversationDto[]> {
    const rows = await this.messages.unreadMessages(caller.appId, caller.requireUserId());
    return rows.map((row) => mapUnread(row.conversationId, row.count));
  }

  private async sendToTargets(caller: CallerContext, body: MessageSendDto, system: boolean): Promise<SentMessage[]> {
    const sender = this.sender(caller, body, system);
    const targets = [...new Set(body.targets)];
    const operation = body.content_type > 8;
    if (operation && targets.length !== 1) throw ApiError.badParameter('targets: an operation (content_type 9-12) names exactly one conversation');
    // With one target send() judges the rules itself (after its resend check); with several, all are judged first.
    if (!operation && targets.length > 1) {
      for (const toId of targets) await this.messages.checkSendRules(sender, { chatType: body.type, toId, isSystem: system });
    }
    const sent: SentMessage[] = [];
    for (const toId of targets) {
      sent.push(
        await this.messages.send(sender, {
          chatType: body.type,
          toId,
          contentType: body.content_type,
          content: body.content,
          attachment: body.attachment ?? null,
          config: body.config ?? null,
          ext: body.ext ?? null,
          transactionId: body.transaction_id ?? null,
          transient: body.online_only === true,
          relatedMid: body.related_mid ?? null,
          isSystem: system,
          asAdmin: caller.isAdmin,
        }),
      );
    }
    return sent;
  }

  /**
   * Who sends: a user token sends as its user (from_user_id may only repeat it); an admin token
   * names the sender with from_user_id or the user_id header; notices without either come from
   * the system sender 0.
   */
  private sender(caller: CallerContext, body: MessageSendDto, system: boolean): MessageSender {
    if (!caller.isAdmin) {
      const userId = caller.requireUserId();
      if (body.from_user_id !== undefined && body.from_user_id !== userId) {
        throw ApiError.noPermission(`from_user_id: a user token sends only as its own user (${userId}); naming another sender needs the admin token`);
      }
      return { appId: caller.appId, userId, deviceSn: caller.deviceSn };
    }
    const userId = body.from_user_id ?? caller.userId;
    if (userId === null || userId === undefined) {
      if (system) return { appId: caller.appId, userId: SYSTEM_SENDER_ID, deviceSn: null };
      throw ApiError.badParameter('from_user_id: required with an admin token (or send the user_id header): it names the sender');
    }
    return { appId: caller.appId, userId, deviceSn: null };
  }

  private actingUser(caller: CallerContext): MessageSender {
    const userId = caller.requireUserId();
    return { appId: caller.appId, userId, deviceSn: caller.isAdmin ? null : caller.deviceSn };
  }
}
