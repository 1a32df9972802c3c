import { Module } from '@nestjs/common';
import { ConversationPinController } from './conversation-pin.controller';
import { ConversationPinRepository } from './conversation-pin.repository';
import { ConversationPinService } from './conversation-pin.service';
import { DeviceController } from './device.controller';
import { DeviceLogins } from './device-logins.service';
import { FavouriteGroupController } from './favourite-group.controller';
import { FavouriteGroupRepository } from './favourite-group.repository';
import { FavouriteGroupService } from './favourite-group.service';
import { DeviceRepository } from './device.repository';
import { DeviceService } from './device.service';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { PresenceRepository } from './presence.repository';
import { PresenceService } from './presence.service';
import { PushIdentityController } from './push-identity.controller';
import { PushIdentityRepository } from './push-identity.repository';
import { PushIdentityService } from './push-identity.service';
import { VerificationModule } from '../verification/verification.module';
import { UserAccountController } from './user-account.controller';
import { UserAccountService } from './user-account.service';
import { UserAdminController } from './user-admin.controller';
import { UserAdminService } from './user-admin.service';
import { UserEvents } from './user-events.service';
import { UserSessionsService } from './user-sessions.service';
import { UserSettingsController } from './user-settings.controller';
import { UserSettingsRepository } from './user-settings.repository';
import { UserSettingsService } from './user-settings.service';
import { UserSyncController } from './user-sync.controller';
import { UserSyncRepository } from './user-sync.repository';
import { UserSyncService } from './user-sync.service';
import { UserController } from './user.controller';
import { UserRepository } from './user.repository';
import { UserService } from './user.service';
import { WebhookModule } from '../webhook/webhook.module';

@Module({
  imports: [VerificationModule, WebhookModule],
  controllers: [
    UserController,
    UserAccountController,
    UserAdminController,
    UserSettingsController,
    ConversationPinController,
    DeviceController,
    PushIdentityController,
    UserSyncController,
    FavouriteGroupController,
  ],
  providers: [
    UserRepository,
    DeviceRepository,
    DeviceLogins,
    UserSettingsRepository,
    ConversationPinRepository,
    PushIdentityRepository,
    PresenceRepository,
    PasswordService,
    LoginLockoutService,
    UserSessionsService,
    UserEvents,
    UserService,
    UserAdminService,
    UserAccountService,
    UserSettingsService,
    ConversationPinService,
    DeviceService,
    PushIdentityService,
    PresenceService,
    UserSyncRepository,
    UserSyncService,
    FavouriteGroupRepository,
    FavouriteGroupService,
  ],
  exports: [DeviceLogins, UserService, UserAccountService, UserSettingsService, UserSessionsService, UserEvents, PresenceService, PushIdentityService],
})
export class UserModule {}
