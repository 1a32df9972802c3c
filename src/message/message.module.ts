import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { FileStorageModule } from '../file/file-storage.module';
import { GroupModule } from '../group/group.module';
import { NoticeModule } from '../notice/notice.module';
import { PushModule } from '../push/push.module';
import { RosterModule } from '../roster/roster.module';
import { UserModule } from '../user/user.module';
import { WebhookModule } from '../webhook/webhook.module';
import { MessageBroadcastProcessor, MessageBroadcastProducer, MessageBroadcastRunner, MESSAGE_BROADCAST_QUEUE } from './message-broadcast.queue';
import { MessageFiles } from './message-files.service';
import { MessageHistoryService } from './message-history.service';
import { MessageRetentionService } from './message-retention.service';
import { MessageRestService } from './message-rest.service';
import { MessageController } from './message.controller';
import { MessageRepository } from './message.repository';
import { MessageService } from './message.service';
import { OfflinePushHandOff } from './offline-push.hand-off';

/** Messages: storage, sync, the /message and /ai operations, and the hand-off to push (src/message/README.md). */
@Module({
  // PushModule sets up BullMQ's connection (Redis or PostgreSQL); the broadcast queue rides on it.
  imports: [UserModule, RosterModule, GroupModule, NoticeModule, PushModule, FileStorageModule, WebhookModule, BullModule.registerQueue({ name: MESSAGE_BROADCAST_QUEUE })],
  controllers: [MessageController],
  providers: [
    MessageRepository,
    MessageService,
    MessageHistoryService,
    MessageRestService,
    OfflinePushHandOff,
    MessageFiles,
    MessageBroadcastProducer,
    MessageBroadcastRunner,
    MessageBroadcastProcessor,
    MessageRetentionService,
  ],
  exports: [MessageService, MessageHistoryService],
})
export class MessageModule {}
