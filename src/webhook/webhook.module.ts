import '../push/push-queue.backend';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PushPoliciesModule } from '../push/push-policies.module';
import { BeforeSendService } from './before-send.service';
import { WebhookAdminService } from './webhook-admin.service';
import { WebhookController } from './webhook.controller';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEvents } from './webhook-events.service';
import { WebhookProcessor } from './webhook.processor';
import { WebhookProducer } from './webhook.producer';
import { WebhookRepository } from './webhook.repository';
import { WebhookSettingsCache } from './webhook-settings.cache';
import { WEBHOOK_QUEUE } from './webhook.types';

/**
 * Webhooks to the app's backend (src/webhook/README.md). Modules where events happen import it for
 * `WebhookEvents` (and the message module for `BeforeSendService`); it imports none of them, and
 * its queue rides on the BullMQ connection the push module sets up.
 */
@Module({
  imports: [BullModule.registerQueue({ name: WEBHOOK_QUEUE }), PushPoliciesModule],
  controllers: [WebhookController],
  providers: [
    WebhookRepository,
    WebhookSettingsCache,
    WebhookEvents,
    WebhookProducer,
    WebhookDeliveryService,
    WebhookProcessor,
    WebhookAdminService,
    BeforeSendService,
  ],
  exports: [WebhookEvents, BeforeSendService],
})
export class WebhookModule {}
