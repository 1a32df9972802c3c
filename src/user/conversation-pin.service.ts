import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { ConversationPinListResponseDto } from './conversation-pin.dto';
import { ConversationPinRepository } from './conversation-pin.repository';

/** Ours: MaxIM publishes no limit; 100 pins is far more than a conversation list can show on top. */
export const PINNED_CONVERSATIONS_MAX = 100;

// Group ids come from groups_id_seq, which starts here (InitialSchema); user ids start far below.
// The range says which kind of conversation an unknown id was meant to be, and so which error fits.
const FIRST_GROUP_ID = 1_000_000_000;

@Injectable()
export class ConversationPinService {
  constructor(private readonly repository: ConversationPinRepository) {}

  /** Pins a 1:1 chat (the peer's user id) or a group the user is in; pinning it again moves it to the top. */
  async pin(caller: CallerContext, conversationId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    if (conversationId === userId) throw ApiError.badParameter('conversation_id: is your own user id; pin a peer user or a group');
    const pinnable = await this.repository.pinnable(caller.appId, userId, conversationId);
    if (pinnable === 'missing') {
      throw conversationId >= FIRST_GROUP_ID
        ? new ApiError(ErrorCode.GroupNotFound, `conversation_id: group ${conversationId} does not exist in this app`)
        : new ApiError(ErrorCode.UserNotFound, `conversation_id: user ${conversationId} does not exist in this app`);
    }
    if (pinnable === 'not_member') throw new ApiError(ErrorCode.NotGroupMember, `conversation_id: you are not a member of group ${conversationId}`);
    const outcome = await this.repository.pin(caller.appId, userId, conversationId, PINNED_CONVERSATIONS_MAX);
    if (outcome === 'limit_reached') {
      throw ApiError.badParameter(`conversation_id: at most ${PINNED_CONVERSATIONS_MAX} conversations can be pinned; unpin one first`);
    }
    return true;
  }

  /** Unpinning works for any pinned id, even of a user or group that is gone since. */
  async unpin(caller: CallerContext, conversationId: number): Promise<boolean> {
    const userId = caller.requireUserId();
    if (!(await this.repository.unpin(caller.appId, userId, conversationId))) {
      throw ApiError.badParameter(`conversation_id: conversation ${conversationId} is not pinned`);
    }
    return true;
  }

  async list(caller: CallerContext): Promise<ConversationPinListResponseDto> {
    const userId = caller.requireUserId();
    return { conversation_ids: await this.repository.findConversationIds(caller.appId, userId) };
  }
}
