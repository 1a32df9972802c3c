import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiData } from '../common/openapi/envelope.decorator';
import { ConversationPinDto, ConversationPinListResponseDto, ConversationUnpinDto } from './conversation-pin.dto';
import { ConversationPinService } from './conversation-pin.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user/conversation')
export class ConversationPinController {
  constructor(private readonly pins: ConversationPinService) {}

  @Post('pin')
  @ApiOperation({ summary: 'Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.GroupNotFound, ErrorCode.NotGroupMember)
  pin(@Caller() caller: CallerContext, @Body() body: ConversationPinDto) {
    return this.pins.pin(caller, body.conversation_id);
  }

  @Put('pin')
  @ApiOperation({ summary: 'Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up (same as POST)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.GroupNotFound, ErrorCode.NotGroupMember)
  pinByPut(@Caller() caller: CallerContext, @Body() body: ConversationPinDto) {
    return this.pins.pin(caller, body.conversation_id);
  }

  @Post('unpin')
  @ApiOperation({ summary: 'Unpin a pinned conversation' })
  @ApiData({ type: 'boolean' })
  unpin(@Caller() caller: CallerContext, @Body() body: ConversationUnpinDto) {
    return this.pins.unpin(caller, body.conversation_id);
  }

  @Put('unpin')
  @ApiOperation({ summary: 'Unpin a pinned conversation (same as POST)' })
  @ApiData({ type: 'boolean' })
  unpinByPut(@Caller() caller: CallerContext, @Body() body: ConversationUnpinDto) {
    return this.pins.unpin(caller, body.conversation_id);
  }

  @Get('pin_list')
  @ApiOperation({ summary: 'The pinned conversation ids, most recently pinned first' })
  @ApiData(ConversationPinListResponseDto)
  list(@Caller() caller: CallerContext) {
    return this.pins.list(caller);
  }
}
