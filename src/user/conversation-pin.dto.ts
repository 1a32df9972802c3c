import { ApiProperty } from '@nestjs/swagger';
import { IsId } from '../common/validation';

/** Body of /user/conversation/pin. */
export class ConversationPinDto {
  @IsId({ description: "the peer's user id for a 1:1 chat, or the group id" })
  conversation_id!: number;
}

/** Body of /user/conversation/unpin. */
export class ConversationUnpinDto {
  @IsId({ description: 'a conversation the user pinned' })
  conversation_id!: number;
}

export class ConversationPinListResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, description: 'most recently pinned first' })
  conversation_ids!: number[];
}
