import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/errors/error-codes';
import { FileObjectService } from '../file/file-object.service';
import { RosterService } from '../roster/roster.service';
import { APP_SETTINGS_FIELDS, AppSettingsDto, AppSettingsUpdateDto } from './app-settings.dto';
import { AppsService } from './apps.service';

/**
 * The operator's settings of an app through the API (the console), by the same service methods as
 * the operator CLI, so the rules and their hot-state cache invalidations are written once: a
 * change holds on the very next request of any process.
 */
@Injectable()
export class AppSettingsService {
  constructor(
    private readonly apps: AppsService,
    private readonly roster: RosterService,
    private readonly files: FileObjectService,
  ) {}

  async settings(appId: string): Promise<AppSettingsDto> {
    const [app, storage] = await Promise.all([this.apps.settings(appId), this.files.appStorage(appId)]);
    return {
      registration_open: app.registrationOpen,
      stranger_messages: app.strangerMessages,
      max_groups: app.maxGroups,
      file_quota_bytes: storage.quotaBytes,
      file_quota_default_bytes: storage.defaultQuotaBytes,
      file_used_bytes: storage.usedBytes,
    };
  }

  /** Applies the settings sent, one after another (each its own statement); answers all of them after the change. */
  async change(appId: string, body: AppSettingsUpdateDto): Promise<AppSettingsDto> {
    if (APP_SETTINGS_FIELDS.every((field) => body[field] === undefined)) {
      throw ApiError.badParameter(`body: send at least one of ${APP_SETTINGS_FIELDS.join(', ')}`);
    }
    if (body.registration_open !== undefined) await this.apps.setRegistrationOpen(appId, body.registration_open);
    if (body.stranger_messages !== undefined) await this.roster.setStrangerMessages(appId, body.stranger_messages);
    if (body.max_groups !== undefined) await this.apps.setMaxGroups(appId, body.max_groups);
    if (body.file_quota_bytes !== undefined) await this.files.setAppQuota(appId, body.file_quota_bytes);
    return this.settings(appId);
  }
}
