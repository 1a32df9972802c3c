import { Module } from '@nestjs/common';
import { FileStorageModule } from '../file/file-storage.module';
import { UserModule } from '../user/user.module';
import { GroupAccessService } from './group-access.service';
import { GroupAnnouncementController } from './group-announcement.controller';
import { GroupAnnouncementRepository } from './group-announcement.repository';
import { GroupAnnouncementService } from './group-announcement.service';
import { GroupFileController } from './group-file.controller';
import { GroupFileRepository } from './group-file.repository';
import { GroupFileService } from './group-file.service';
import { GroupInfoController } from './group-info.controller';
import { GroupInfoRepository } from './group-info.repository';
import { GroupInfoService } from './group-info.service';
import { GroupJoinController } from './group-join.controller';
import { GroupJoinRepository } from './group-join.repository';
import { GroupJoinService } from './group-join.service';
import { GroupMemberController } from './group-member.controller';
import { GroupMemberRepository } from './group-member.repository';
import { GroupMemberService } from './group-member.service';
import { GroupMembershipService } from './group-membership.service';
import { GroupModerationController } from './group-moderation.controller';
import { GroupModerationRepository } from './group-moderation.repository';
import { GroupModerationService } from './group-moderation.service';
import { GroupQrCodeService } from './group-qrcode.service';
import { GroupController } from './group.controller';
import { GroupReceivers } from './group-receivers';
import { GroupRepository } from './group.repository';
import { GroupService } from './group.service';
import { WebhookModule } from '../webhook/webhook.module';

@Module({
  imports: [UserModule, FileStorageModule, WebhookModule],
  controllers: [
    GroupController,
    GroupMemberController,
    GroupInfoController,
    GroupAnnouncementController,
    GroupFileController,
    GroupJoinController,
    GroupModerationController,
  ],
  providers: [
    GroupRepository,
    GroupMemberRepository,
    GroupInfoRepository,
    GroupAnnouncementRepository,
    GroupFileRepository,
    GroupJoinRepository,
    GroupModerationRepository,
    GroupAccessService,
    GroupMembershipService,
    GroupService,
    GroupMemberService,
    GroupInfoService,
    GroupAnnouncementService,
    GroupFileService,
    GroupJoinService,
    GroupQrCodeService,
    GroupModerationService,
    GroupReceivers,
  ],
  exports: [GroupAccessService, GroupRepository, GroupModerationService, GroupMemberService, GroupMembershipService, GroupReceivers],
})
export class GroupModule {}
