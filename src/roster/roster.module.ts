import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { RosterApplicationService } from './roster-application.service';
import { RosterGroupController } from './roster-group.controller';
import { RosterGroupRepository } from './roster-group.repository';
import { RosterGroupService } from './roster-group.service';
import { RosterController } from './roster.controller';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

/** The friend graph. RosterService is exported for the message module (mayMessage) and the user module (profile notices). */
@Module({
  imports: [UserModule],
  controllers: [RosterController, RosterGroupController],
  providers: [RosterRepository, RosterService, RosterApplicationService, RosterGroupRepository, RosterGroupService],
  exports: [RosterService],
})
export class RosterModule {}
