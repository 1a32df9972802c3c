import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { WebhookModule } from '../webhook/webhook.module';
import { RosterApplicationService } from './roster-application.service';
import { RosterController } from './roster.controller';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

/** The friend graph. RosterService is exported for the message module (mayMessage) and the user module (profile notices). */
@Module({
  imports: [UserModule, WebhookModule],
  controllers: [RosterController],
  providers: [RosterRepository, RosterService, RosterApplicationService],
  exports: [RosterService],
})
export class RosterModule {}
