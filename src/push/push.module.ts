import './push-queue.backend';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { GroupModule } from '../group/group.module';
import { UserModule } from '../user/user.module';
import { PushChannelRegistry } from './channels/push-channel.registry';
import { VENDOR_CHANNEL_PROVIDERS } from './channels/vendor-channels';
import { LivePushPort } from './live-push.port';
import { PushCertificateRepository } from './push-certificate.repository';
import { PushCertificateService } from './push-certificate.service';
import { PushController } from './push.controller';
import { PushFanoutService } from './push-fanout.service';
import { PushPoliciesModule } from './push-policies.module';
import { PushQueue } from './push.jobs';
import { PushJobHandlersCheck, PushFanoutProcessor, PushSendProcessor } from './push.processor';
import { PushProducer } from './push.producer';
import { PushRetentionService } from './push-retention.service';
import { PUSH_QUEUE_CONNECTION, PushQueueConnectionModule, PushQueueShutdown } from './push-queue.connection';
import { PushSenderService } from './push-sender.service';
import { PushService } from './push.service';
import { PushTaskRepository } from './push-task.repository';
import { PushTaskFinisher } from './push-task-finisher.service';
import { WebhookModule } from '../webhook/webhook.module';

@Module({
  imports: [
    PushQueueConnectionModule,
    BullModule.forRootAsync({
      imports: [PushQueueConnectionModule],
      inject: [PUSH_QUEUE_CONNECTION],
      useFactory: (connection: object) => ({ connection: connection as never }),
    }),
    BullModule.registerQueue({ name: PushQueue.Fanout }, { name: PushQueue.Send }),
    PushPoliciesModule,
    UserModule,
    GroupModule,
    WebhookModule,
  ],
  controllers: [PushController],
  providers: [
    PushCertificateRepository,
    PushCertificateService,
    PushTaskRepository,
    PushService,
    PushProducer,
    PushFanoutService,
    PushSenderService,
    PushTaskFinisher,
    PushRetentionService,
    PushFanoutProcessor,
    PushSendProcessor,
    PushJobHandlersCheck,
    PushQueueShutdown,
    PushChannelRegistry,
    LivePushPort,
    ...VENDOR_CHANNEL_PROVIDERS,
  ],
  exports: [PushProducer, LivePushPort, PushChannelRegistry, PushCertificateService],
})
export class PushModule {}
