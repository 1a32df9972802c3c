import { Injectable } from '@nestjs/common';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GroupRepository } from '../group/group.repository';
import { mapMessage, MessageHistoryDto } from './message.dto';
import { MessageRepository, MessageRow } from './message.repository';
import { pairOf, SYSTEM_SENDER_ID, toStored } from './message.service';
import { ChatType, conversationIdFor, StoredMessage } from './message.types';

/** Read state of a listed message as its viewer sees it. */
export type HistoryStatus = 'UNREAD' | 'DELIVERED' | 'READ';

/** One page of a conversation's history, newest first: REST maps it to DTOs, the socket to metas. */
export interface HistoryPage {
  messages: { message: StoredMessage; status: HistoryStatus }[];
  /** The msg_id to page on from (older), 0 on the last page. */
  nextMsgId: number;
  isLast: boolean;
}

/**
 * History as one user sees it (GET and DELETE /message/conversation). A user sees a conversation's
 * messages after its `cleared_seq` (DELETE /message/conversation) and, in a group whose
 * `history_visible` is off, after its `joined_seq` (later joiners do not see what came before).
 * Recalled messages and messages the user deleted are left out; operations are never listed.
 */
@Injectable()
export class MessageHistoryService {
  constructor(
    private readonly repository: MessageRepository,
    private readonly groups: GroupRepository,
  ) {}

  /** GET /message/conversation: `page` as DTOs. */
  async page(appId: string, userId: number, chatType: ChatType, conversationId: number, beforeMsgId: number, limit: number): Promise<MessageHistoryDto> {
    const page = await this.read(appId, userId, chatType, conversationId, beforeMsgId, limit);
    return { messages: page.messages.map(({ message, status }) => mapMessage(message, status)), next_msg_id: page.nextMsgId, is_last: page.isLast };
  }

  /** Newest first, `limit` at a time, older than `beforeMsgId` (0: from the newest). */
  async read(appId: string, userId: number, chatType: ChatType, conversationId: number, beforeMsgId: number, limit: number): Promise<HistoryPage> {
    let historyVisible = true;
    if (chatType === 2) {
      const group = await this.groups.findGroup(appId, conversationId);
      if (!group) throw ApiError.groupNotFound(conversationId);
      if (!(await this.groups.findMember(appId, conversationId, userId))) {
        throw new ApiError(ErrorCode.NotGroupMember, `user ${userId} is not a member of group ${conversationId}`);
      }
      historyVisible = group.historyVisible;
    } else if (conversationId !== SYSTEM_SENDER_ID) {
      await this.requireUser(appId, conversationId);
    }
    const conversation = await this.repository.findConversation(appId, pairOf(chatType, userId, conversationId));
    if (!conversation) return { messages: [], nextMsgId: 0, isLast: true };
    const state = await this.repository.findState(appId, userId, conversation.id);
    const floor = Math.max(state?.clearedSeq ?? 0, historyVisible ? 0 : (state?.joinedSeq ?? 0));
    const rows = await this.repository.history(appId, userId, conversation.id, floor, beforeMsgId, limit + 1);
    const isLast = rows.length <= limit;
    const page = rows.slice(0, limit);
    const peerReadSeq = chatType === 1 && conversationId !== userId ? ((await this.repository.findState(appId, conversationId, conversation.id))?.readSeq ?? 0) : 0;
    const readSeq = state?.readSeq ?? 0;
    const statusOf = (row: MessageRow): HistoryStatus => {
      if (row.fromUserId !== userId) return row.seq <= readSeq ? 'READ' : 'UNREAD';
      if (chatType === 2) return 'DELIVERED';
      return row.seq <= peerReadSeq ? 'READ' : 'UNREAD';
    };
    return {
      messages: page.map((row) => ({ message: toStored(row, conversationIdFor(row, userId)), status: statusOf(row) })),
      nextMsgId: isLast ? 0 : page[page.length - 1].msgId,
      isLast,
    };
  }

  /** Hides every message so far from this user only; the peer and other members keep theirs. */
  async clear(appId: string, userId: number, chatType: ChatType, conversationId: number): Promise<void> {
    if (chatType === 2) {
      if (!(await this.groups.findGroup(appId, conversationId))) throw ApiError.groupNotFound(conversationId);
    } else {
      await this.requireUser(appId, conversationId);
    }
    const conversation = await this.repository.findConversation(appId, pairOf(chatType, userId, conversationId));
    if (!conversation) return;
    await this.repository.clearConversation(appId, userId, conversation.id, chatType, conversationId, conversation.lastSeq);
  }

  private async requireUser(appId: string, userId: number): Promise<void> {
    if (!(await this.repository.userStatuses(appId, [userId])).has(userId)) throw ApiError.userNotFound(userId);
  }
}
